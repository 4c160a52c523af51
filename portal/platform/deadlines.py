"""The statutory time limits of the SEND Regulations 2014, in one place.

- 6 weeks from a request to decide whether to assess (regulation 5);
- 16 weeks to tell the family if the council decides not to issue a plan (regulation 10);
- 20 weeks from the request to the final plan (regulation 13);
- at least 15 days for the family to comment on a draft plan (regulation 13);
- an annual review within 12 months of the plan, then of the last review (regulation 18).

The regulations lift a time limit where it is impractical to meet because of a school
closure of 4 weeks or more, exceptional personal circumstances, or the family being
away for 4 weeks or more (regulations 5(4), 10(4), 13(3)). A recorded exception moves a
due date on by the days it covers, and says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

DECIDE_WHETHER_TO_ASSESS = dt.timedelta(weeks=6)
DECIDE_NOT_TO_ISSUE = dt.timedelta(weeks=16)
FINAL_PLAN = dt.timedelta(weeks=20)
DRAFT_COMMENTS = dt.timedelta(days=15)
ANNUAL_REVIEW_MONTHS = 12
LONG_ABSENCE = dt.timedelta(weeks=4)


class ExceptionKind(StrEnum):
    SCHOOL_CLOSURE = "school_closure"
    PERSONAL_CIRCUMSTANCES = "personal_circumstances"
    FAMILY_AWAY = "family_away"

    @property
    def needs_four_weeks(self) -> bool:
        return self is not ExceptionKind.PERSONAL_CIRCUMSTANCES


@dataclass(frozen=True)
class Exemption:
    kind: ExceptionKind
    days: int
    reason: str

    def __post_init__(self) -> None:
        if self.days < 1:
            raise ValueError("an exception covers at least one day")
        if self.kind.needs_four_weeks and self.days < LONG_ABSENCE.days:
            raise ValueError(f"{self.kind} applies only to 4 weeks or more")


def _moved(due: dt.date, exemptions: Iterable[Exemption]) -> dt.date:
    return due + dt.timedelta(days=sum(e.days for e in exemptions))


def decision_due(received: dt.date, exemptions: Iterable[Exemption] = ()) -> dt.date:
    return _moved(received + DECIDE_WHETHER_TO_ASSESS, exemptions)


def not_to_issue_due(received: dt.date, exemptions: Iterable[Exemption] = ()) -> dt.date:
    return _moved(received + DECIDE_NOT_TO_ISSUE, exemptions)


def final_plan_due(received: dt.date, exemptions: Iterable[Exemption] = ()) -> dt.date:
    return _moved(received + FINAL_PLAN, exemptions)


def draft_comments_close(draft_sent: dt.date) -> dt.date:
    return draft_sent + DRAFT_COMMENTS


def annual_review_due(issued_or_reviewed: dt.date) -> dt.date:
    """12 months on; a plan issued on 29 February is reviewed by 28 February."""
    year = issued_or_reviewed.year + (issued_or_reviewed.month - 1 + ANNUAL_REVIEW_MONTHS) // 12
    month = (issued_or_reviewed.month - 1 + ANNUAL_REVIEW_MONTHS) % 12 + 1
    day = min(issued_or_reviewed.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def days_left(due: dt.date, today: dt.date) -> int:
    """Negative when overdue."""
    return (due - today).days
