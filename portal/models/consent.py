"""Consent, kept as events: nothing is ever changed, a withdrawal is a new event."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow


class ConsentWording(Base):
    """The exact text a person read before choosing, in the language they read it in."""

    __tablename__ = "consent_wordings"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    first_shown_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ConsentEvent(Base):
    """One choice given or withdrawn, by one person, for one case."""

    __tablename__ = "consent_events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    case_reference: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    given_by: Mapped[str] = mapped_column(String(20))  # "parent_carer" or "young_person"
    choice: Mapped[str] = mapped_column(String(64))
    given: Mapped[bool]
    detail: Mapped[str | None] = mapped_column(EncryptedJSON)
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    wording_version: Mapped[str] = mapped_column(String(32))
    wording_sha256: Mapped[str] = mapped_column(ForeignKey("consent_wordings.sha256"))
    language: Mapped[str] = mapped_column(String(10))
    method: Mapped[str] = mapped_column(String(10), default="online")

    __table_args__ = (Index("ix_consent_events_case", "case_reference", "occurred_at"),)


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_consent(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, ConsentEvent):
            raise PermissionError("consent events are append-only")
