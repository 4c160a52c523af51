"""The annual review as the case system last said, with the dates that follow from it; and
the plain columns kept beside each stored answer of the case system (CaseCache), so the
caseworkers' list of reviews is ordered, counted and paged by the database without
decrypting every case's answers.

The columns are set whenever a CaseCache row is written with its body, however it is
written (portal.case_api.reads keeps the case system's answers; tests add rows): a
change to how a review's dates follow from its answer needs a migration that sets them
again (`backfill`, as migration 0027 does)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, event, inspect, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper

from portal.case_api import bodies, reads
from portal.models import CaseCache
from portal.platform import deadlines
from portal.platform.crypto import DataCipher
from portal.platform.deadlines import PhaseTransfer

OUTCOMES = ("keep", "amend", "stop")


@dataclass(frozen=True)
class Step:
    """A date the regulations set after the meeting: done on `done_on`, or due by `due`."""

    name: str
    due: dt.date
    done_on: dt.date | None

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and today > self.due


@dataclass(frozen=True)
class Decision:
    outcome: str
    decided_on: dt.date
    notice_on: dt.date | None
    amended_plan_on: dt.date | None
    transfer: PhaseTransfer | None
    transfer_year: int | None

    @property
    def transfer_due(self) -> dt.date | None:
        if self.transfer is None or self.transfer_year is None:
            return None
        return deadlines.phase_transfer_due(self.transfer, self.transfer_year)


@dataclass(frozen=True)
class Review:
    """A review as the case system last said, with the dates that follow from it."""

    reference: str
    due_on: dt.date
    meeting_on: dt.date | None
    decision: Decision | None
    fresh: bool
    fetched_at: dt.datetime | None

    def open_for_views(self, today: dt.date) -> bool:
        """Views are asked for until the meeting; with no meeting set, until a decision."""
        if self.decision is not None:
            return False
        return self.meeting_on is None or today <= self.meeting_on

    def steps(self) -> list[Step]:
        """The dates after the meeting: the decision, then for an amendment the 15 days
        to comment and the amended plan (by the phase transfer date, if sooner)."""
        if self.meeting_on is None:
            return []
        decision = self.decision
        found = [
            Step(
                "decision",
                deadlines.review_decision_due(self.meeting_on),
                decision.decided_on if decision else None,
            )
        ]
        if decision is None or decision.outcome != "amend" or decision.notice_on is None:
            return found
        notice = decision.notice_on
        found.append(Step("comments", deadlines.amendment_comments_close(notice), None))
        due = deadlines.amended_plan_due(notice, decision.transfer, decision.transfer_year)
        found.append(Step("amended_plan", due, decision.amended_plan_on))
        return found

    def council_steps(self) -> list[Step]:
        """What the council must do, in order: hold the review, decide, and for an
        amendment issue the changed plan (the 15 days are the family's)."""
        held = self.meeting_on or (self.decision.decided_on if self.decision else None)
        review = Step("review", self.due_on, held)
        return [review, *(s for s in self.steps() if s.name != "comments")]

    def next_step(self) -> Step | None:
        return next((s for s in self.council_steps() if s.done_on is None), None)

    def late_step(self, today: dt.date) -> Step | None:
        """The step the council has not done by its date, the review itself included: one
        at most, as each waits on the one before it."""
        return next((s for s in self.council_steps() if s.overdue(today)), None)

    def overdue(self, today: dt.date) -> bool:
        return self.late_step(today) is not None

    def late_after_meeting(self, today: dt.date) -> Step | None:
        """The decision, or the changed plan, when overdue (the review itself is the plan's
        next review date, which the case page says on its own)."""
        step = self.late_step(today)
        return step if step is not None and step.name != "review" else None


def _decision(body: Any) -> Decision | None:
    if not isinstance(body, dict) or body.get("outcome") not in OUTCOMES:
        return None
    decided_on = bodies.day_in(body.get("decided_on"))
    if decided_on is None:
        return None
    transfer = body.get("phase_transfer")
    year = body.get("transfer_year")
    return Decision(
        outcome=body["outcome"],
        decided_on=decided_on,
        notice_on=bodies.day_in(body.get("amendment_notice_on")),
        amended_plan_on=bodies.day_in(body.get("amended_plan_issued_on")),
        transfer=PhaseTransfer(transfer) if transfer in set(PhaseTransfer) else None,
        transfer_year=year if isinstance(year, int) else None,
    )


def review_from(reference: str, read: reads.Read) -> Review | None:
    body = read.body or {}
    due_on = bodies.day_in(body.get("due_on"))
    if due_on is None:
        return None
    return Review(
        reference=reference,
        due_on=due_on,
        meeting_on=bodies.day_in(body.get("meeting_on")),
        decision=_decision(body.get("decision")),
        fresh=read.fresh,
        fetched_at=read.fetched_at,
    )


@dataclass(frozen=True)
class NextReview:
    """The plan's next annual review date, as a family is told it."""

    due: dt.date
    held_on: dt.date | None  # the case system's review for that date was held (or decided)
    overdue: bool  # past its date, not held, and no meeting booked
    meeting_on: dt.date | None = None  # booked, still to come
    past_due: bool = False  # its date has passed, though a meeting is booked

    @property
    def still_due(self) -> bool:
        """Still to come: its date may be said as "due by", and views asked for it."""
        return self.held_on is None and not self.overdue and not self.past_due


def next_review(
    reference: str, plan: dict[str, Any] | None, review: reads.Read | None, today: dt.date
) -> NextReview | None:
    """The plan's `next_review_due`: held, when the case system's `review` is that one and
    its meeting (or decision) has happened, so neither late nor still due, even when the
    plan's date was not moved on after it; otherwise overdue once past its date (a
    family is never told a past date is still due), unless its meeting is booked."""
    due = bodies.day_in((plan or {}).get("next_review_due"))
    if due is None:
        return None
    found = review_from(reference, review) if review is not None else None
    if found is not None and found.due_on >= due:
        held = found.council_steps()[0].done_on
        if held is not None and held <= today:
            return NextReview(due, held, overdue=False)
        if found.meeting_on is not None:
            # Booked, if later than the date: the review is in hand, as the caseworkers'
            # list counts it, and the family is told when the meeting is.
            return NextReview(
                due, None, overdue=False, meeting_on=found.meeting_on, past_due=today > due
            )
    return NextReview(due, None, today > due)


def late_after_meeting(reference: str, review: reads.Read | None, today: dt.date) -> Step | None:
    found = review_from(reference, review) if review is not None else None
    return found.late_after_meeting(today) if found is not None else None


LISTED_KINDS = ("review", "plan", "case")


def listing_columns(reference: str, kind: str, body: Any) -> dict[str, Any]:
    """What the list needs of one answer, none of it special category data: whether it
    says the case has a final plan, or that the council stopped (ceased) the plan (the
    case's status; the plan itself may still say final); for a review, its due date, when
    the council's next step is due, and the day after which it is overdue
    (`Review.overdue(today)` is `today > overdue_after`, for any day)."""
    body = body if isinstance(body, dict) else {}
    columns: dict[str, Any] = {
        "final_plan": (kind, body.get("status")) in {("plan", "final"), ("case", "final_plan")},
        "plan_ceased": (kind, body.get("status")) == ("case", "plan_ceased"),
        "review_due_on": None,
        "next_step_due": None,
        "overdue_after": None,
    }
    review = review_from(reference, reads.Read(body, None, True)) if kind == "review" else None
    if review is not None:
        step = review.next_step()
        undone = [s.due for s in review.council_steps() if s.done_on is None]
        columns |= {
            "review_due_on": review.due_on,
            "next_step_due": step.due if step else None,
            "overdue_after": min(undone, default=None),
        }
    return columns


def _set_columns(row: CaseCache) -> None:
    if row.kind in LISTED_KINDS:
        for name, value in listing_columns(row.case_reference, row.kind, row.body).items():
            setattr(row, name, value)


@event.listens_for(CaseCache, "before_insert")
def _added(_mapper: Mapper[CaseCache], _connection: Connection, row: CaseCache) -> None:
    _set_columns(row)


@event.listens_for(CaseCache, "before_update")
def _changed(_mapper: Mapper[CaseCache], _connection: Connection, row: CaseCache) -> None:
    if inspect(row).attrs.body.history.has_changes():
        _set_columns(row)


def backfill(connection: Connection, cipher: DataCipher, columns: tuple[str, ...]) -> None:
    """Set `columns` (of `listing_columns`) of every stored answer from its body, decrypted
    with `cipher`: a migration names the columns it adds, so a later one's are not set
    before they exist."""
    rows = connection.execute(
        text("SELECT case_reference, kind, body FROM case_cache WHERE kind IN :kinds").bindparams(
            bindparam("kinds", LISTED_KINDS, expanding=True)
        )
    ).all()
    for reference, kind, stored in rows:
        body = json.loads(cipher.decrypt(stored.encode())) if stored is not None else None
        connection.execute(
            update(CaseCache)
            .where(CaseCache.case_reference == reference, CaseCache.kind == kind)
            .values({name: listing_columns(reference, kind, body)[name] for name in columns})
        )
