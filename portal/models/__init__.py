"""The portal's tables, one module per aggregate. Importing this registers them all."""

from portal.models.audit import AuditEvent

__all__ = ["AuditEvent"]
