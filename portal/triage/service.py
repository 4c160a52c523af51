"""Triage: the caseworkers' queue, and what they read about a request (its messages,
deadline exceptions, possible duplicates and deliveries). What they can do to a request
is in portal/triage/actions.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, or_, select

from forms import items
from portal.case_api import messages as case_messages
from portal.case_api.client import CaseApiError
from portal.case_api.setup import case_api_client
from portal.models import (
    Account,
    AssessmentRequest,
    DeadlineException,
    Document,
    FamilyMessage,
    OutboxMessage,
)
from portal.platform import db, deadlines

OPEN = ("received", "more_information", "accepted")
STATUSES = {
    "received": _l("New"),
    "more_information": _l("Waiting for the family"),
    "accepted": _l("Accepted for a decision"),
    "decided_assess": _l("Decided: assess"),
    "decided_not_assess": _l("Decided: not to assess"),
    "duplicate": _l("Duplicate"),
    "withdrawn": _l("Withdrawn by the family"),
}


def documents_by_message(request: AssessmentRequest) -> dict[str, list[Document]]:
    """The files the family attached to each of their replies."""
    found: dict[str, list[Document]] = {}
    for document in db.session().scalars(
        select(Document)
        .join(FamilyMessage, Document.message_id == FamilyMessage.id)
        .where(FamilyMessage.request_id == request.id)
        .order_by(Document.uploaded_at)
    ):
        found.setdefault(document.message_id or "", []).append(document)
    return found


def messages(request: AssessmentRequest) -> list[FamilyMessage]:
    return list(
        db.session().scalars(
            select(FamilyMessage)
            .where(FamilyMessage.request_id == request.id)
            .order_by(FamilyMessage.sent_at)
        )
    )


def exemptions(request: AssessmentRequest) -> list[deadlines.Exemption]:
    return [
        deadlines.Exemption(deadlines.ExceptionKind(e.kind), e.days, e.reason)
        for e in db.session().scalars(
            select(DeadlineException).where(DeadlineException.request_id == request.id)
        )
    ]


@dataclass(frozen=True)
class Filters:
    status: str = "open"
    mine: bool = False
    unassigned: bool = False
    overdue: bool = False
    due_this_week: bool = False
    search: str = ""


PAGE_SIZE = 50


def queue(
    filters: Filters,
    me: str,
    today: dt.date,
    after: tuple[dt.date, str] | None = None,
    limit: int = PAGE_SIZE,
) -> list[AssessmentRequest]:
    """A page of requests, soonest decision first, continuing after (due date, id): the
    (decision_due, id) index serves it however many requests there are."""
    query = select(AssessmentRequest)
    if filters.status == "all":
        pass
    elif filters.status == "open":
        query = query.where(AssessmentRequest.status.in_(OPEN))
    elif filters.status in STATUSES:
        query = query.where(AssessmentRequest.status == filters.status)
    else:
        query = query.where(AssessmentRequest.status.in_(OPEN))
    if filters.mine:
        query = query.where(AssessmentRequest.assigned_to == me)
    if filters.unassigned:
        query = query.where(AssessmentRequest.assigned_to.is_(None))
    if filters.overdue:
        query = query.where(AssessmentRequest.decision_due < today)
    if filters.due_this_week:
        query = query.where(
            AssessmentRequest.decision_due.between(today, today + dt.timedelta(days=7))
        )
    term = filters.search.strip()
    if term:
        query = query.where(
            or_(
                AssessmentRequest.reference == term.upper(),
                func.lower(AssessmentRequest.child_name).contains(term.lower(), autoescape=True),
            )
        )
    if after is not None:
        due, last_id = after
        query = query.where(
            or_(
                AssessmentRequest.decision_due > due,
                and_(AssessmentRequest.decision_due == due, AssessmentRequest.id > last_id),
            )
        )
    query = query.order_by(AssessmentRequest.decision_due, AssessmentRequest.id).limit(limit)
    return list(db.session().scalars(query))


def possible_duplicates(request: AssessmentRequest) -> list[AssessmentRequest]:
    """Other requests for the same child: the same UPN, or the same name and birthday."""
    same_child = []
    if request.upn:
        same_child.append(AssessmentRequest.upn == request.upn)
    if request.child_name and request.child_date_of_birth:
        same_child.append(
            and_(
                func.lower(AssessmentRequest.child_name) == request.child_name.lower(),
                AssessmentRequest.child_date_of_birth == request.child_date_of_birth,
            )
        )
    if not same_child:
        return []
    return list(
        db.session().scalars(
            select(AssessmentRequest)
            .where(AssessmentRequest.id != request.id, or_(*same_child))
            .order_by(AssessmentRequest.submitted_at.desc())
            .limit(20)
        )
    )


def known_cases(request: AssessmentRequest) -> tuple[list[dict[str, Any]], bool]:
    """Cases in the case system that may be for the same child, and whether it answered.

    This catches requests that did not come through the portal, such as paper ones."""

    answers = request.answers
    queries = []
    if request.upn:
        queries.append({"upn": request.upn})
    if (
        answers.get(items.CHILD_FIRST_NAME)
        and answers.get(items.CHILD_LAST_NAME)
        and request.child_date_of_birth
    ):
        queries.append(
            {
                "first_name": answers[items.CHILD_FIRST_NAME],
                "last_name": answers[items.CHILD_LAST_NAME],
                "date_of_birth": request.child_date_of_birth.isoformat(),
            }
        )
    found: dict[str, dict[str, Any]] = {}
    try:
        for query in queries:
            for case in case_api_client().find_cases(**query):
                if case["case_reference"] != request.reference:
                    found[case["case_reference"]] = case
    except CaseApiError:
        return [], False
    return list(found.values()), True


def caseworkers() -> list[Account]:
    """Staff who have signed in, to assign requests to."""
    return list(
        db.session().scalars(
            select(Account).where(Account.kind == "staff").order_by(Account.display_name)
        )
    )


def by_reference(reference: str) -> AssessmentRequest | None:
    return db.session().scalar(
        select(AssessmentRequest).where(AssessmentRequest.reference == reference)
    )


def deliveries(request: AssessmentRequest) -> list[OutboxMessage]:
    """Every message for the case system about this request, oldest first."""
    creating = case_messages.request_key(request.draft_id)
    return list(
        db.session().scalars(
            select(OutboxMessage)
            .where(
                or_(
                    OutboxMessage.idempotency_key == creating,
                    OutboxMessage.after_key == creating,
                )
            )
            .order_by(OutboxMessage.created_at)
        )
    )
