"""The portal's tables, one module per aggregate. Importing this registers them all."""

from portal.models.accounts import Account, SpentLogoutToken, WebSession
from portal.models.audit import AuditEvent
from portal.models.cases import CaseLink, LinkCode

__all__ = ["Account", "AuditEvent", "CaseLink", "LinkCode", "SpentLogoutToken", "WebSession"]
