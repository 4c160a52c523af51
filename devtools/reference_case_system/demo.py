"""Demonstration cases for the reference case system: one with a final plan, and two with
a draft plan sent a few days before the cases were added (so its 15 days are running when
`make run` starts): a young person's own, and a child's. Two more carry a decision the
family can challenge, made a few days before, so the time to appeal is running: not to
issue a plan after the assessment (a child's), and to stop a young person's plan; over
a month ago, so a mediation certificate dated today moves the appeal deadline later.
The final plan's last review decided to amend it before a move to secondary school (the
next is due within 12 months of it); another case (the same family's) has a final plan
whose review is coming up, its meeting already set; so has a young person's own (Priya's),
for her to give her views in her own words. The names and details are invented.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from devtools.reference_case_system import council_decisions
from devtools.reference_case_system.demo_plans import (
    SECTIONS_CEASED,
    SECTIONS_FINAL,
    SECTIONS_JORDAN,
    SECTIONS_LEO,
    SECTIONS_PRIYA,
)
from devtools.reference_case_system.models import Case, Plan, Review
from portal.platform import deadlines

FINAL = "BNT-2025-104733"
DRAFT = "BNT-2026-208451"
CHILD_DRAFT = "BNT-2026-213570"
NOT_ISSUING = "BNT-2026-219904"
CEASED = "BNT-2019-061288"
NOT_ISSUING_DAYS_AGO = 40
CEASED_DAYS_AGO = 45
REVIEW = "BNT-2024-187206"
AMARA_REVIEWED_ON = dt.date(2026, 7, 8)  # her first annual review's meeting
OWN_REVIEW = "BNT-2025-142518"
OWN_REVIEW_DUE_WEEKS = 6


def _about_tobi(text: str) -> str:
    """Amara's plan, told of her brother Tobi."""
    words = {"Amara": "Tobi", "She": "He", "she": "he", "her": "his"}
    return re.sub(r"\b(Amara|She|she|her)\b", lambda found: words[found[1]], text)


def seed(db: Session) -> None:
    """Add the demonstration cases once; running it again changes nothing."""
    if db.get(Case, FINAL) is None:
        _add_final(db)
    if db.get(Case, DRAFT) is None:
        _add_draft(db)
    if db.get(Case, CHILD_DRAFT) is None:
        _add_child_draft(db)
    if db.get(Case, NOT_ISSUING) is None:
        _add_not_issuing(db)
    if db.get(Case, CEASED) is None:
        _add_ceased(db)
    if db.get(Review, FINAL) is None:
        _add_past_review(db)
    if db.get(Case, REVIEW) is None:
        # Tobi's (Amara's brother's): the school has set the meeting.
        tobi = [(k, _about_tobi(v)) for k, v in SECTIONS_FINAL]
        _add_upcoming_review(db, REVIEW, ("Tobi", "Okafor", "2013-03-02"), "parent_carer", 5, tobi)
    if db.get(Case, OWN_REVIEW) is None:
        # Priya's, her own request at 16: the meeting is at her college.
        _add_upcoming_review(
            db,
            OWN_REVIEW,
            ("Priya", "Shah", "2009-03-17"),
            "young_person",
            OWN_REVIEW_DUE_WEEKS,
            SECTIONS_PRIYA,
        )
    db.commit()


def _add_past_review(db: Session) -> None:
    """Amara's first review, in July 2026: to amend her plan for secondary school, late."""
    db.add(
        Review(
            case_reference=FINAL,
            due_on=dt.date(2026, 7, 21),
            meeting_on=AMARA_REVIEWED_ON,
            outcome="amend",
            decided_on=dt.date(2026, 7, 30),
            amendment_notice_on=dt.date(2026, 7, 30),
            amended_plan_issued_on=None,
            phase_transfer="school",
            transfer_year=2027,
        )
    )


def review_meeting_on() -> dt.date:
    """Tobi's review meeting: 3 weeks from today, or the next weekday after it outside
    24 December to 1 January (a walker found the school meeting on Christmas Day)."""
    day = deadlines.council_today() + dt.timedelta(weeks=3)
    while day.weekday() >= 5 or (day.month, day.day) >= (12, 24) or (day.month, day.day) == (1, 1):
        day += dt.timedelta(days=1)
    return day


def _add_upcoming_review(
    db: Session,
    reference: str,
    child: tuple[str, str, str],
    role: str,
    due_in_weeks: int,
    sections: list[tuple[str, str]],
) -> None:
    """A case with a final plan issued almost a year ago, its review due in
    `due_in_weeks` and the meeting set for about 3 weeks from today. `child`: first and
    last name, and date of birth."""
    due = deadlines.council_today() + dt.timedelta(weeks=due_in_weeks)
    issued = due - dt.timedelta(days=365)
    received = issued - dt.timedelta(weeks=20)
    first, last, born = child
    db.add(
        Case(
            reference=reference,
            status="final_plan",
            requester_role=role,
            language="en",
            answers={
                "child.first_name": first,
                "child.last_name": last,
                "child.date_of_birth": born,
            },
            documents=[],
            received_on=received,
            decided_on=received + dt.timedelta(weeks=6),
        )
    )
    db.flush()
    db.add(
        Plan(
            case_reference=reference,
            status="final",
            issued_on=issued,
            last_review_on=None,
            next_review_due=due,
            sections=[{"letter": k, "content": v} for k, v in sections],
        )
    )
    db.add(
        Review(
            case_reference=reference,
            due_on=due,
            meeting_on=review_meeting_on(),
            outcome=None,
            decided_on=None,
            amendment_notice_on=None,
            amended_plan_issued_on=None,
            phase_transfer=None,
            transfer_year=None,
        )
    )


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
            last_review_on=AMARA_REVIEWED_ON,
            next_review_due=deadlines.annual_review_due(AMARA_REVIEWED_ON),
            sections=[{"letter": k, "content": v} for k, v in SECTIONS_FINAL],
        )
    )


def _add_draft(db: Session) -> None:
    """Jordan's case: a young person's own request, with a draft plan sent 4 days ago."""
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
    db.add(
        Plan(
            case_reference=DRAFT,
            status="draft",
            issued_on=deadlines.council_today() - dt.timedelta(days=4),
            last_review_on=None,
            next_review_due=None,
            sections=_draft_sections(SECTIONS_JORDAN),
        )
    )


# Jordan's draft, a young person's own plan: section A in his words.

# Leo's draft, a child's plan written after his assessment.


def _draft_sections(sections: list[tuple[str, str]]) -> list[dict[str, str]]:
    """A draft plan: the school or college (I) and personal budget (J) are yet to agree."""
    drafted = dict(sections)
    return [
        {"letter": k, "content": "To be agreed." if k in ("I", "J") else drafted.get(k, "None.")}
        for k, _final in SECTIONS_FINAL
    ]


def _add_child_draft(db: Session) -> None:
    """Leo's case: his parent's request, assessed, with a draft plan sent 2 days ago."""
    sent = deadlines.council_today() - dt.timedelta(days=2)
    received = sent - dt.timedelta(weeks=14)
    db.add(
        Case(
            reference=CHILD_DRAFT,
            status="draft_plan",
            requester_role="parent_carer",
            language="en",
            answers={
                "child.first_name": "Leo",
                "child.last_name": "Brennan",
                "child.date_of_birth": "2015-09-12",
            },
            documents=[],
            received_on=received,
            decided_on=received + dt.timedelta(weeks=6),
        )
    )
    db.add(
        Plan(
            case_reference=CHILD_DRAFT,
            status="draft",
            issued_on=sent,
            last_review_on=None,
            next_review_due=None,
            sections=_draft_sections(SECTIONS_LEO),
        )
    )


def _add_not_issuing(db: Session) -> None:
    """Kemi's case: her parent's request, assessed; the council decided not to issue a plan
    40 days ago (so a mediation certificate dated today gives the later deadline)."""
    decided = deadlines.council_today() - dt.timedelta(days=NOT_ISSUING_DAYS_AGO)
    received = decided - dt.timedelta(weeks=15)
    case = Case(
        reference=NOT_ISSUING,
        status="assessing",
        requester_role="parent_carer",
        language="en",
        answers={
            "child.first_name": "Kemi",
            "child.last_name": "Okafor",
            "child.date_of_birth": "2018-01-22",
        },
        documents=[],
        received_on=received,
        decided_on=received + dt.timedelta(weeks=6),
    )
    db.add(case)
    db.flush()
    council_decisions.record(db, case, "not_to_issue", decided)


def _add_ceased(db: Session) -> None:
    """Ella's case: her own plan since school; 45 days ago the council decided to stop it."""
    case = Case(
        reference=CEASED,
        status="final_plan",
        requester_role="young_person",
        language="en",
        answers={
            "child.first_name": "Ella",
            "child.last_name": "Morris",
            "child.date_of_birth": "2006-04-09",
        },
        documents=[],
        received_on=dt.date(2019, 9, 16),
        decided_on=dt.date(2019, 10, 21),
    )
    db.add(case)
    db.add(
        Plan(
            case_reference=CEASED,
            status="final",
            issued_on=dt.date(2020, 1, 27),
            last_review_on=dt.date(2026, 1, 19),
            next_review_due=None,
            sections=[{"letter": k, "content": v} for k, v in SECTIONS_CEASED],
        )
    )
    db.flush()
    ceased = deadlines.council_today() - dt.timedelta(days=CEASED_DAYS_AGO)
    council_decisions.record(db, case, "cease_plan", ceased)
