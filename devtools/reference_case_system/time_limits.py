"""When a case's decision whether to assess is due, as the portal's time limit
exceptions (triage decisions of `deadline_exception`) moved it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from devtools.reference_case_system.models import Case, Entry

DECISION_WEEKS = 6


def decision_due(session: Session, case: Case) -> dt.date:
    """6 weeks from the request, or the date the latest time limit exception gave."""
    moved = [
        body["decision_due"]
        for body in session.scalars(
            select(Entry.body)
            .where(Entry.case_reference == case.reference, Entry.kind == "triage_decision")
            .order_by(Entry.id)
        )
        if body.get("decision") == "deadline_exception" and body.get("decision_due")
    ]
    if moved:
        return dt.date.fromisoformat(moved[-1])
    return case.received_on + dt.timedelta(weeks=DECISION_WEEKS)
