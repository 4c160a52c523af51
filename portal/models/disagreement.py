"""What a family tells us about disagreeing with a decision: that they contacted the
mediation adviser, and the date of their mediation certificate."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, new_id, utcnow

DECISIONS = ("not_to_assess", "not_to_issue", "final_plan", "cease_plan")
STEPS = ("contacted_mediation", "mediation_certificate")


class MediationStep(Base):
    """One step, as the family recorded it; the latest of each step counts. The decision
    is named by its kind and date, so a new plan starts with none."""

    __tablename__ = "mediation_steps"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    step: Mapped[str] = mapped_column(String(30))
    happened_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
