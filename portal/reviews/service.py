"""The annual review the case system holds for a case, its dates, and a family's views
before the meeting: saved as they go, then sent once through the outbox."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import Any

from flask import Flask
from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy import case as case_when
from sqlalchemy.orm import aliased

from portal.case_api import bodies, messages, ordering, reads
from portal.case_api.annual_reviews import Review, review_from
from portal.contact_preferences import service as contact
from portal.documents import service as attachments
from portal.models import (
    Account,
    CaseCache,
    CaseLink,
    Contribution,
    Document,
    OutboxMessage,
    ReviewViews,
)
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines
from portal.platform.senders import sender_name

QUESTIONS = ("review.working", "review.not_working", "review.changed", "review.hopes")


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


def reviews_answered(account_id: str) -> set[tuple[str, dt.date]]:
    """The reviews (case and due date) the account has sent views for, in one statement."""
    return {
        (reference, due_on)
        for reference, due_on in db.session().execute(
            select(ReviewViews.case_reference, ReviewViews.review_due_on).where(
                ReviewViews.account_id == account_id, ReviewViews.submitted_at.is_not(None)
            )
        )
    }


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


def sent_for_case(reference: str) -> list[tuple[ReviewViews, str]]:
    """For caseworkers: every family member's views sent for the case's reviews, the
    latest review first, each with who sent it (in the same statement)."""
    rows = db.session().execute(
        select(ReviewViews, sender_name(ReviewViews.account_id, ReviewViews.case_reference))
        .where(ReviewViews.case_reference == reference, ReviewViews.submitted_at.is_not(None))
        .order_by(ReviewViews.review_due_on.desc(), ReviewViews.submitted_at, ReviewViews.id)
    )
    return [(views, name or views.account_id) for views, name in rows]


def files_of(sent: list[ReviewViews]) -> dict[str, list[Document]]:
    """The reports sent with each of `sent`, oldest first, in one query."""
    found: dict[str, list[Document]] = {views.id: [] for views in sent}
    for document in db.session().scalars(
        select(Document)
        .where(Document.review_views_id.in_(list(found)))
        .order_by(Document.uploaded_at)
    ):
        found[str(document.review_views_id)].append(document)
    return found


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
    contact.notify_family(
        session,
        views.account_id,
        "review_views_received",
        ("reviews.review", {"reference": views.case_reference}),
        event=f"review-views-received-{views.id}",
        language=views.language,
        case_reference=views.case_reference,
        reference=views.case_reference,
        sent_on=deadlines.council_day(now),
    )
    session.commit()


@dataclass(frozen=True)
class Listed:
    """A case on the caseworkers' list: its review, or None when the portal has not read
    it from the case system yet, or the case system said it has none (`read`)."""

    reference: str
    review: Review | None
    views_sent: int = 0
    read: bool = False


def _listed(today: dt.date) -> tuple[Select[Any], tuple[Any, ...]]:
    """Every linked case with a plan to review (not one the council stopped), from the plain
    columns kept beside what the portal holds of the case system's answers (however old;
    `read_reviews_not_known` has read what was missing or stale): the case system is not
    asked here, and no answer is decrypted. With the list's order: overdue first (by the day
    after which each is overdue), then the soonest next step, then those whose review is
    not known yet, each by reference as Python orders text (the "C" collation)."""
    review, plan, case = aliased(CaseCache), aliased(CaseCache), aliased(CaseCache)
    linked = select(CaseLink.case_reference.label("reference")).distinct().subquery()

    def kept(alias: Any, kind: str) -> Any:
        return and_(alias.case_reference == linked.c.reference, alias.kind == kind)

    known = review.review_due_on.is_not(None)
    listed = (
        select(linked.c.reference, review.body, review.fetched_at)
        .outerjoin(review, kept(review, "review"))
        .outerjoin(plan, kept(plan, "plan"))
        .outerjoin(case, kept(case, "case"))
        .where(
            or_(known, plan.final_plan.is_(True), case.final_plan.is_(True)),
            # A plan the council stopped has no annual review, whatever the plan still says.
            case.plan_ceased.is_not(True),
        )
    )
    reference: ColumnElement[str] = linked.c.reference
    if db.session().get_bind().dialect.name == "postgresql":
        reference = reference.collate("C")
    urgency = case_when((review.overdue_after < today, 0), (known, 1), else_=2)
    due = review.next_step_due
    return listed, (urgency, due.is_(None), due, reference)


def read_reviews_not_known() -> bool:
    """Before the caseworkers' list: ask the case system for the review of each linked
    case (not one the council stopped) whose review the portal has not kept, or kept too
    long ago, so an overdue review is listed, and first, before any family opens it.
    Skipped for a case whose kept case and plan, still fresh, say it has no final plan
    (so nothing to review). At most the linked cases, and none after the case system
    first fails to answer. Returns whether it answered (or was not asked)."""
    review, plan, case = aliased(CaseCache), aliased(CaseCache), aliased(CaseCache)
    linked = select(CaseLink.case_reference.label("reference")).distinct().subquery()

    def kept(alias: Any, kind: str) -> Any:
        return and_(alias.case_reference == linked.c.reference, alias.kind == kind)

    fresh_after = utcnow() - reads.cache_ttl()
    said = (plan, case)
    no_plan_to_review = and_(
        or_(*(and_(a.fetched_at.is_not(None), a.fetched_at > fresh_after) for a in said)),
        *(a.final_plan.is_not(True) for a in said),
    )
    wanted = db.session().execute(
        select(linked.c.reference, review)
        .outerjoin(review, kept(review, "review"))
        .outerjoin(plan, kept(plan, "plan"))
        .outerjoin(case, kept(case, "case"))
        .where(
            case.plan_ceased.is_not(True),
            or_(
                review.fetched_at <= fresh_after,
                and_(review.fetched_at.is_(None), ~no_plan_to_review),
            ),
        )
        .order_by(linked.c.reference)
    )
    for reference, row in wanted.all():
        read = reads.review(reference, {"review": row} if row is not None else {})
        if not read.fresh:
            return False
    return True


def for_caseworkers(today: dt.date, skip: int, size: int) -> tuple[list[Listed], int]:
    """`size` reviews of the cases families can see after the first `skip`, with how many
    sent their views: overdue first, then the soonest next step, then those whose review
    is not known yet; and how many there are. Ordered, counted and paged by the
    database: only the page's reviews are read and decrypted."""
    listed, order = _listed(today)
    session = db.session()
    total = select(func.count()).select_from(listed.subquery()).scalar_subquery()
    rows = session.execute(
        listed.add_columns(total).order_by(*order).offset(skip).limit(size)
    ).all()
    shown = [
        Listed(
            reference,
            review_from(reference, reads.Read(body, at, True)) if body else None,
            read=at is not None,
        )
        for reference, body, at, _total in rows
    ]
    if rows:
        counted = rows[0][-1]
    else:  # past the last page (or none at all): counted apart
        counted = session.scalar(select(func.count()).select_from(listed.subquery())) or 0
    views = session.execute(
        select(ReviewViews.case_reference, func.count())
        .where(
            ReviewViews.submitted_at.is_not(None),
            ReviewViews.case_reference.in_([listed.reference for listed in shown]),
        )
        .group_by(ReviewViews.case_reference)
    )
    sent = {reference: count for reference, count in views}
    return [replace(listed, views_sent=sent.get(listed.reference, 0)) for listed in shown], counted


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


def other_views_sent(references: list[str], since: dt.datetime) -> dict[str, int]:
    """How many sets of views were sent for each of `references` since `since` through
    "Share your views" (a child's own among them), counted in one query."""
    counted = db.session().execute(
        select(Contribution.case_reference, func.count())
        .where(
            Contribution.case_reference.in_(references),
            Contribution.submitted_at >= since,
        )
        .group_by(Contribution.case_reference)
    )
    return {str(reference): count for reference, count in counted}
