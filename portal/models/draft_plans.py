"""A family's response to a draft EHC plan: comments on its sections, the setting they ask
for, whether they want a meeting or a personal budget, and their evidence."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow


class DraftPlanResponse(Base):
    """One account's response to one draft (named by its case and the day it was sent):
    saved page by page, then sent once and never changed."""

    __tablename__ = "draft_plan_responses"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    responder_role: Mapped[str] = mapped_column(String(20))  # parent_carer or young_person
    draft_issued_on: Mapped[dt.date] = mapped_column(Date)
    case_received_on: Mapped[dt.date | None] = mapped_column(Date)
    # Set when the draft is proposed amendments after an annual review.
    amended_plan_due: Mapped[dt.date | None] = mapped_column(Date)
    answers: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)
    """Catalogue item id: answer; the comments are a letter: comment mapping."""
    language: Mapped[str] = mapped_column(String(10), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    late: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        UniqueConstraint(
            "account_id", "case_reference", "draft_issued_on", name="uq_draft_plan_responses_draft"
        ),
    )
