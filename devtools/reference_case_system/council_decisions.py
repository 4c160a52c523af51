"""Decisions the council makes in its own case system that a family can challenge: not to
issue a plan after the assessment, and to stop (cease) a plan. Each is kept as an entry;
`GET /v1/cases/<reference>` reports the latest one's date with the case's status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from devtools.reference_case_system.models import Case, Entry

KIND = "council_decision"
STATUSES = {"not_to_issue": "not_issuing", "cease_plan": "plan_ceased"}
FIELDS = {"not_to_issue": "not_issuing_on", "cease_plan": "ceased_on"}


def record(db: Session, case: Case, decision: str, decided_on: dt.date) -> None:
    case.status = STATUSES[decision]
    db.add(
        Entry(
            case_reference=case.reference,
            kind=KIND,
            body={"decision": decision, "decided_on": decided_on.isoformat()},
        )
    )


def dates(db: Session, reference: str) -> dict[str, str | None]:
    """Each decision's field, with the latest date recorded for it (or None)."""
    found: dict[str, str | None] = dict.fromkeys(FIELDS.values())
    for body in db.scalars(
        select(Entry.body)
        .where(Entry.case_reference == reference, Entry.kind == KIND)
        .order_by(Entry.id)
    ):
        found[FIELDS[body["decision"]]] = body["decided_on"]
    return found
