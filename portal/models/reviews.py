"""A family's or young person's views before an annual review of an EHC plan, and the
reports they add."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow


class ReviewViews(Base):
    """One account's views for one review (named by its case and the date it is due):
    saved as they go, then sent once and never changed."""

    __tablename__ = "review_views"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    author_role: Mapped[str] = mapped_column(String(20))  # parent_carer or young_person
    review_due_on: Mapped[dt.date] = mapped_column(Date)
    meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    answers: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)
    """Catalogue item id: answer."""
    language: Mapped[str] = mapped_column(String(10), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(index=True)

    __table_args__ = (
        UniqueConstraint("account_id", "case_reference", "review_due_on", name="uq_review_views"),
    )
