"""The append-only audit trail: who did what to which record, when and from where.

It never holds the data itself, only a reference to it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, String, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from portal.models.base import Base, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor_kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    object_kind: Mapped[str | None] = mapped_column(String(64))
    object_id: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(64))
    client_address: Mapped[str | None] = mapped_column(String(45))

    __table_args__ = (
        Index("ix_audit_events_object", "object_kind", "object_id"),
        # A request's history finds its events by id alone, whatever their kind.
        Index("ix_audit_events_object_id", "object_id"),
        Index("ix_audit_events_actor", "actor_kind", "actor_id"),
    )


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_audit(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, AuditEvent):
            raise PermissionError("audit events are append-only")


class AuditRetentionSwitch(Base):
    """Present only inside the retention job's own transaction (see migration 0009)."""

    __tablename__ = "audit_retention_switch"

    on: Mapped[bool] = mapped_column(primary_key=True)
