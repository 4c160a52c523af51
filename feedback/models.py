"""Feedback as it is kept: anonymous unless the person asked to be contacted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow


class Feedback(Base):
    """Linked to an account only when the person was signed in to a family's account and
    asked to be contacted: otherwise none is, even when they were signed in. Anonymising
    it unlinks it again (feedback/reports.py's `anonymise_old`)."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    service: Mapped[str] = mapped_column(String(40))
    satisfaction: Mapped[int] = mapped_column(Integer)  # 5 very satisfied ... 1 very dissatisfied
    worked_well: Mapped[str | None] = mapped_column(EncryptedJSON)
    could_be_better: Mapped[str | None] = mapped_column(EncryptedJSON)
    contact_wanted: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[dict | None] = mapped_column(EncryptedJSON)  # name, email, phone
    language: Mapped[str] = mapped_column(String(10))
    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    anonymised_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_feedback_service_received", "service", "received_at"),)
