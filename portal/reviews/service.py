"""The annual review the case system holds for a case, its dates, and a family's views
before the meeting: saved as they go, then sent once through the outbox."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import Any

from flask import Flask
from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from portal.case_api import bodies, messages, ordering, reads
from portal.contact_preferences import service as contact
from portal.documents import service as attachments
from portal.models import Account, CaseCache, CaseLink, Document, OutboxMessage, ReviewViews
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines
from portal.platform.deadlines import PhaseTransfer

QUESTIONS = ("review.working", "review.not_working", "review.changed", "review.hopes")
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

    def overdue(self, today: dt.date) -> bool:
        """Anything the council has not done by its date, the review itself included."""
        return any(s.overdue(today) for s in self.council_steps())


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


def current_review(reference: str) -> tuple[Review | None, bool]:
    """The review, and whether the case system (or a copy of what it said) could be read."""
    read = reads.review(reference)
    return review_from(reference, read), read.fresh or read.body is not None


def views_for(account_id: str, review: Review) -> ReviewViews | None:
    return db.session().scalar(
        select(ReviewViews).where(
            ReviewViews.account_id == account_id,
            ReviewViews.case_reference == review.reference,
            ReviewViews.review_due_on == review.due_on,
        )
    )


def start(account_id: str, link: CaseLink, review: Review, language: str) -> ReviewViews:
    """The account's views for this review, begun now if they were not before."""
    found = views_for(account_id, review)
    if found is not None:
        return found
    views, added = db.add_or_twin(
        ReviewViews(
            account_id=account_id,
            case_reference=review.reference,
            author_role=link.relationship,
            review_due_on=review.due_on,
            meeting_on=review.meeting_on,
            answers={},
            language=language,
        ),
        lambda: views_for(account_id, review),
    )
    if added:
        audit.add(db.session(), "review_views_started", "case", review.reference)
        db.session().commit()
    return views


def own(account_id: str, views_id: str) -> ReviewViews | None:
    return db.session().scalar(
        select(ReviewViews).where(ReviewViews.id == views_id, ReviewViews.account_id == account_id)
    )


def save(views: ReviewViews, answers: dict[str, Any], language: str) -> None:
    views.answers = {**views.answers, **answers}
    views.language = language
    views.updated_at = utcnow()
    db.session().commit()


def files(views: ReviewViews) -> list[Document]:
    return attachments.listed(review_views_id=views.id)


def send(views: ReviewViews) -> None:
    """Sent once: the views are locked and read again, so a second press (or a second
    tab) finds them sent."""
    session = db.session()
    db.lock(ReviewViews, ReviewViews.id == views.id)
    session.refresh(views)
    if views.submitted_at is not None:
        session.commit()
        return
    now = utcnow()
    views.submitted_at = now
    answers = views.answers
    reports = files(views)
    message = messages.AddReviewViews(
        key=messages.review_views_key(views.id),
        after_key=ordering.creating_message_key(views.case_reference),
        case_reference=views.case_reference,
        views=bodies.ReviewViewsBody(
            id=views.id,
            review_due_on=views.review_due_on,
            meeting_on=views.meeting_on,
            author_role=views.author_role,
            language=views.language,
            working=answers.get("review.working") or None,
            not_working=answers.get("review.not_working") or None,
            changed=answers.get("review.changed") or None,
            hopes=answers.get("review.hopes") or None,
            attachments=[attachments.reference(d) for d in reports],
            sent_by=views.account_id,
            sent_at=now,
        ),
    )
    session.add(messages.outbox_row(message))
    session.add_all(attachments.upload_messages(reports, views.case_reference, message.key))
    audit.add(session, "review_views_sent", "case", views.case_reference)
    session.commit()


@dataclass(frozen=True)
class Listed:
    """A case on the caseworkers' list: its review, or None when the portal has not read
    it from the case system yet."""

    reference: str
    review: Review | None
    views_sent: int = 0


def _held_reviews() -> list[Listed]:
    """Every linked case with a plan to review, from what the portal keeps of the case
    system's answers (however old), in one query: the case system is not asked."""
    review, plan, case = aliased(CaseCache), aliased(CaseCache), aliased(CaseCache)
    linked = select(CaseLink.case_reference.label("reference")).distinct().subquery()

    def kept(alias: Any, kind: str) -> Any:
        return and_(alias.case_reference == linked.c.reference, alias.kind == kind)

    rows = db.session().execute(
        select(linked.c.reference, review.body, review.fetched_at, plan.body, case.body)
        .outerjoin(review, kept(review, "review"))
        .outerjoin(plan, kept(plan, "plan"))
        .outerjoin(case, kept(case, "case"))
    )
    found = []
    for reference, body, fetched_at, plan_body, case_body in rows:
        known = review_from(reference, reads.Read(body, fetched_at, True)) if body else None
        planned = (plan_body or {}).get("status") == "final" or (case_body or {}).get(
            "status"
        ) == "final_plan"
        if known is not None or planned:
            found.append(Listed(reference, known))
    return found


def for_caseworkers(today: dt.date, skip: int, size: int) -> tuple[list[Listed], int]:
    """`size` reviews of the cases families can see after the first `skip`, with how many
    sent their views: overdue first, then the soonest next step, then those whose review
    is not known yet; and how many there are."""

    def order(listed: Listed) -> tuple[int, dt.date, str]:
        review = listed.review
        if review is None:
            return (2, dt.date.max, listed.reference)
        step = review.next_step()
        due = step.due if step else dt.date.max
        return (0 if review.overdue(today) else 1, due, listed.reference)

    held = sorted(_held_reviews(), key=order)
    shown = held[skip : skip + size]
    counted = db.session().execute(
        select(ReviewViews.case_reference, func.count())
        .where(
            ReviewViews.submitted_at.is_not(None),
            ReviewViews.case_reference.in_([listed.reference for listed in shown]),
        )
        .group_by(ReviewViews.case_reference)
    )
    sent = {reference: count for reference, count in counted}
    return [replace(listed, views_sent=sent.get(listed.reference, 0)) for listed in shown], len(
        held
    )


def delivered(views: ReviewViews) -> bool:
    status = db.session().scalar(
        select(OutboxMessage.status).where(
            OutboxMessage.idempotency_key == messages.review_views_key(views.id)
        )
    )
    return status == messages.Status.DELIVERED


def _meeting_key(account_id: str, review: Review) -> str:
    assert review.meeting_on is not None
    named = f"{account_id}|{review.reference}|{review.meeting_on.isoformat()}"
    return "review-meeting-" + hashlib.sha256(named.encode()).hexdigest()[:32]


def tell_of_meetings(app: Flask, today: dt.date) -> int:
    """Tell each family linked to a case whose review meeting is set, and still to come,
    by the channels they chose: once per meeting date (a moved meeting is told again),
    however often this runs (`flask reviews tell`, daily). Returns how many."""
    queued = 0
    with app.app_context():
        session = db.session()
        links = session.execute(
            select(CaseLink, Account).join(Account, Account.id == CaseLink.account_id)
        ).all()
        for link, account in links:
            review, _reachable = current_review(link.case_reference)
            if review is None or review.meeting_on is None or review.meeting_on < today:
                continue
            event = _meeting_key(account.id, review)
            keys = (messages.email_key(event), messages.sms_key(event))
            if session.scalar(
                select(OutboxMessage.id).where(OutboxMessage.idempotency_key.in_(keys))
            ):
                continue
            started = views_for(account.id, review)
            contact.notify_family(
                session,
                account.id,
                "review_meeting_set",
                ("reviews.review", {"reference": review.reference}),
                event=event,
                language=started.language if started is not None else "en",
                case_reference=link.case_reference,
                reference=review.reference,
                meeting_on=review.meeting_on,
            )
            session.commit()
            queued += 1
    return queued
