"""How the service is doing, for managers: the figures, and bar charts drawn from them."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from sqlalchemy import func, select

from portal.case_api import messages
from portal.models import AssessmentRequest, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.charts import Bar
from portal.triage.service import DECIDED, OPEN

WEEKS_SHOWN = 12
AGE_BANDS = ((0, 14), (14, 28), (28, 42), (42, None))  # days since the request


@dataclass(frozen=True)
class Figures:
    received_per_week: list[Bar]
    decided: int
    decided_in_time: int
    median_days_to_decision: float | None
    open_by_age: list[Bar]
    outbox_waiting: int
    outbox_dead: int
    oldest_waiting: dt.datetime | None

    @property
    def share_in_time(self) -> int | None:
        return round(100 * self.decided_in_time / self.decided) if self.decided else None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _received_by_week(first_week: dt.date) -> dict[dt.date, int]:
    """Requests received each week (by its Monday) from `first_week`, in UK time."""
    counts: dict[dt.date, int] = {}
    for (submitted,) in db.session().execute(
        select(AssessmentRequest.submitted_at).where(
            AssessmentRequest.submitted_at
            >= dt.datetime.combine(first_week, dt.time(), deadlines.LONDON)
        )
    ):
        week = _monday(deadlines.council_day(submitted))
        counts[week] = counts.get(week, 0) + 1
    return counts


def figures(today: dt.date, week_label: object = str, age_label: object = str) -> Figures:
    """`week_label` and `age_label` name the bars in the reader's language."""
    session = db.session()
    first_week = _monday(today) - dt.timedelta(weeks=WEEKS_SHOWN - 1)
    counts = _received_by_week(first_week)
    weeks = [first_week + dt.timedelta(weeks=n) for n in range(WEEKS_SHOWN)]
    received = [Bar(week_label(week), counts.get(week, 0)) for week in weeks]  # type: ignore[operator]

    year_ago = today - dt.timedelta(days=365)
    decided_rows = [
        (deadlines.council_day(submitted), decided)
        for submitted, decided in session.execute(
            select(AssessmentRequest.submitted_at, AssessmentRequest.decided_on).where(
                AssessmentRequest.decided_on >= year_ago, AssessmentRequest.status.in_(DECIDED)
            )
        )
        if decided is not None
    ]
    days_taken = [(decided - received).days for received, decided in decided_rows]
    in_time = sum(
        1 for received, decided in decided_rows if decided <= deadlines.decision_due(received)
    )

    ages = [
        (today - deadlines.council_day(submitted)).days
        for (submitted,) in session.execute(
            select(AssessmentRequest.submitted_at).where(AssessmentRequest.status.in_(OPEN))
        )
    ]
    by_age = [
        Bar(age_label(low, high), sum(1 for a in ages if a >= low and (high is None or a < high)))  # type: ignore[operator]
        for low, high in AGE_BANDS
    ]

    waiting = session.execute(
        select(func.count(), func.min(OutboxMessage.created_at)).where(
            OutboxMessage.status.in_(messages.UNSENT)
        )
    ).one()
    dead = session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.status == messages.Status.DEAD)
    )
    return Figures(
        received_per_week=received,
        decided=len(decided_rows),
        decided_in_time=in_time,
        median_days_to_decision=statistics.median(days_taken) if days_taken else None,
        open_by_age=by_age,
        outbox_waiting=waiting[0],
        outbox_dead=dead or 0,
        oldest_waiting=waiting[1],
    )
