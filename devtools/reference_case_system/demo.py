"""Demonstration cases for the reference case system: one with a final plan, one draft.

The names and details are invented.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from devtools.reference_case_system.models import Case, Plan

FINAL = "BNT-2025-104733"
DRAFT = "BNT-2026-208451"

SECTIONS_FINAL = [
    (
        "A",
        "Amara loves drawing, dinosaurs and swimming with her dad. She wants to be a vet. "
        'She says: "I like it when grown-ups show me, not just tell me."',
    ),
    (
        "B",
        "Amara has a language disorder that affects how she understands long instructions, "
        "and she finds reading and spelling much harder than most children her age.",
    ),
    ("C", "Amara has glue ear in her left ear, monitored by the audiology service."),
    ("D", "No social care needs have been identified."),
    (
        "E",
        "By the end of Year 5 Amara will follow three-step instructions in class without "
        "adult help, and read books at her level with 90% accuracy.",
    ),
    (
        "F",
        "Small-group speech and language sessions three times a week, delivered by a "
        "trained teaching assistant and planned with the speech and language therapist; "
        "a daily structured reading programme; visual timetables in every lesson.",
    ),
    ("G", "A speech and language therapy review each term; an audiology review each year."),
    ("H1", "None."),
    ("H2", "None."),
    ("I", "Oakfield Primary School (mainstream)."),
    ("J", "No personal budget has been requested."),
    (
        "K",
        "Advice from the educational psychologist, the speech and language therapist, the "
        "school, the audiology service and Amara's parents.",
    ),
]


def seed(db: Session) -> None:
    """Add the demonstration cases once; running it again changes nothing."""
    if db.get(Case, FINAL) is None:
        _add_final(db)
    if db.get(Case, DRAFT) is None:
        _add_draft(db)
    db.commit()


def _add_final(db: Session) -> None:
    """Amara's case: assessed, with a final plan."""
    received = dt.date(2025, 3, 10)
    db.add(
        Case(
            reference=FINAL,
            status="final_plan",
            requester_role="parent_carer",
            language="en",
            answers={
                "child.first_name": "Amara",
                "child.last_name": "Okafor",
                "child.date_of_birth": "2016-05-14",
            },
            documents=[],
            received_on=received,
            decided_on=received + dt.timedelta(weeks=5),
        )
    )
    db.add(
        Plan(
            case_reference=FINAL,
            status="final",
            issued_on=dt.date(2025, 7, 21),
            last_review_on=None,
            next_review_due=dt.date(2026, 7, 21),
            sections=[{"letter": k, "content": v} for k, v in SECTIONS_FINAL],
        )
    )


def _add_draft(db: Session) -> None:
    """Jordan's case: a young person's own request, with a draft plan."""
    received = dt.date(2026, 6, 1)
    db.add(
        Case(
            reference=DRAFT,
            status="draft_plan",
            requester_role="young_person",
            language="en",
            answers={
                "child.first_name": "Jordan",
                "child.last_name": "Hale",
                "child.date_of_birth": "2008-02-03",
            },
            documents=[],
            received_on=received,
            decided_on=received + dt.timedelta(weeks=6),
        )
    )
    draft = [
        {"letter": k, "content": "To be agreed." if k in ("I", "J") else v}
        for k, v in SECTIONS_FINAL
    ]
    db.add(
        Plan(
            case_reference=DRAFT,
            status="draft",
            issued_on=None,
            last_review_on=None,
            next_review_due=None,
            sections=draft,
        )
    )
