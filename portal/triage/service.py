"""Triage: the caseworkers' queue, and what they can do to a request.

Every action checks the version the caseworker saw (a request changed since they opened
it is refused, nothing overwritten), checks the move is allowed from the request's
status, is audited, and goes to the case system through the outbox after the request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, func, or_, select, update

from forms import items
from portal.assessment_request import service as requests
from portal.case_api import notify, ordering
from portal.case_api.setup import case_api_client
from portal.documents import service as attachments
from portal.models import (
    Account,
    AssessmentRequest,
    DeadlineException,
    Document,
    FamilyMessage,
    OutboxMessage,
)
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines

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
# action: (statuses it may start from, status it leads to; None keeps the status)
MOVES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "assign": (OPEN, None),
    "more_information": (("received", "accepted"), "more_information"),
    "family_replied": (("more_information",), "received"),
    "accept": (("received", "more_information"), "accepted"),
    "duplicate": (OPEN, "duplicate"),
    "assess": (("accepted",), "decided_assess"),
    # A decision not to assess can be changed later, after mediation or an appeal.
    "not_assess": (("accepted",), "decided_not_assess"),
    "change_to_assess": (("decided_not_assess",), "decided_assess"),
    "withdraw": (OPEN, "withdrawn"),
    "exception": (OPEN, None),
}
SENT_AS = {
    "assign": "assigned",
    "more_information": "more_information",
    "family_replied": "family_replied",
    "accept": "accepted",
    "duplicate": "duplicate",
    "assess": "assess",
    "not_assess": "not_assess",
    "change_to_assess": "assess",
    "withdraw": "withdrawn",
    "exception": "deadline_exception",
}


class Stale(Exception):
    """The request changed after the caseworker opened it."""


class NotAllowed(Exception):
    """The action cannot follow the request's current status."""


def allowed(request: AssessmentRequest, action: str) -> bool:
    starts, _to = MOVES[action]
    return request.status in starts


def act(
    request: AssessmentRequest,
    action: str,
    actor_id: str,
    seen_version: int | None,
    *,
    reason: str | None = None,
    decided_on: dt.date | None = None,
    documents: Sequence[Document] = (),
    email: tuple[str, dict[str, Any]] | None = None,
    **changes: Any,
) -> None:
    """Apply one action in one transaction with its outbox message, its audit event and
    the email (template, context) it sends the family, if any. The version check is a
    conditional UPDATE, so two caseworkers acting at once cannot both succeed."""
    if not allowed(request, action):
        raise NotAllowed(action)
    _starts, to = MOVES[action]
    values: dict[str, Any] = {"version": AssessmentRequest.version + 1, **changes}
    if to is not None:
        values["status"] = to
    if decided_on is not None:
        values["decided_on"] = decided_on
    session = db.session()
    taken = session.execute(
        update(AssessmentRequest)
        .where(
            AssessmentRequest.id == request.id,
            AssessmentRequest.version == (seen_version if seen_version is not None else -1),
            AssessmentRequest.status == request.status,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:
        session.rollback()
        raise Stale(action)
    now = utcnow()
    key = f"triage-{request.id}-{seen_version}"
    sent_with = {"documents": [attachments.reference(d) for d in documents]} if documents else {}
    session.add(
        OutboxMessage(
            kind="triage_decision.create",
            idempotency_key=key,
            after_key=ordering.creating_message_key(request.reference),
            payload={
                "case_reference": request.reference,
                "decision": {
                    "decision": SENT_AS[action],
                    "reason": reason,
                    "decided_by": actor_id,
                    "decided_at": now.isoformat(),
                    "decision_date": decided_on.isoformat() if decided_on else None,
                    "assigned_to": changes.get("assigned_to"),
                    "duplicate_of": changes.get("duplicate_of"),
                    **sent_with,
                },
            },
        )
    )
    session.add_all(attachments.upload_messages(list(documents), request.reference, key))
    audit.add(session, f"triage_{action}", "request", request.reference)
    if email is not None:
        template, context = email
        notify.queue_email(
            session,
            f"triage-{request.id}-{seen_version}",
            request.answers.get(items.CONTACT_EMAIL) or "",
            template,
            request.language,
            reference=request.reference,
            **context,
        )
    session.commit()
    session.refresh(request)


def ask_family(
    request: AssessmentRequest, actor_id: str, seen_version: int | None, message: str
) -> None:
    db.session().add(
        FamilyMessage(
            request_id=request.id,
            sender="council",
            account_id=actor_id,
            body=message,
            language=request.language,
        )
    )
    act(
        request,
        "more_information",
        actor_id,
        seen_version,
        reason=message,
        email=("more_information", {}),
    )


def family_reply(
    request: AssessmentRequest,
    account_id: str,
    message: str,
    language: str,
    documents: Sequence[Document] = (),
) -> FamilyMessage:
    """The family's answer and the files they attached, to the case system in one
    transaction: the reply first, then each file's bytes."""
    reply = FamilyMessage(
        request_id=request.id,
        sender="family",
        account_id=account_id,
        body=message,
        language=language,
    )
    db.session().add(reply)
    db.session().flush()
    for document in documents:
        document.message_id = reply.id
    act(request, "family_replied", account_id, request.version, reason=message, documents=documents)
    return reply


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


def record_exception(
    request: AssessmentRequest,
    actor_id: str,
    seen_version: int | None,
    exemption: deadlines.Exemption,
) -> None:
    """Move the decision date on by the days the exception covers, with its reason."""
    received = requests.received_on(request.submitted_at)
    moved = deadlines.decision_due(received, [*exemptions(request), exemption])
    db.session().add(
        DeadlineException(
            request_id=request.id,
            kind=exemption.kind.value,
            days=exemption.days,
            reason=exemption.reason,
            recorded_by=actor_id,
        )
    )
    act(request, "exception", actor_id, seen_version, reason=exemption.reason, decision_due=moved)


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

    from portal.case_api.client import CaseApiError

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
    creating = f"assessment-request-{request.draft_id}"
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
