"""Triage actions: what a caseworker can do to a request.

Every action checks the version the caseworker saw (a request changed since they opened
it is refused, nothing overwritten), checks the move is allowed from the request's
status, is audited, and goes to the case system through the outbox after the request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from flask_babel import force_locale
from sqlalchemy import update
from sqlalchemy.orm import Session

from forms import items
from forms.triage.actions import EXCEPTION_KINDS, EXCEPTION_KINDS_TO_A_YOUNG_PERSON
from portal.case_api import messages as case_messages
from portal.case_api import ordering
from portal.contact_preferences import service as contact
from portal.documents import service as attachments
from portal.models import (
    AssessmentRequest,
    DeadlineException,
    Document,
    FamilyMessage,
)
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines
from portal.triage.service import OPEN, exemptions

# action: (statuses it may start from, status it leads to; None keeps the status)
MOVES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "assign": (OPEN, None),
    "more_information": (("received", "accepted"), "more_information"),
    "family_replied": (("more_information",), "received"),
    "accept": (("received", "more_information"), "accepted"),
    "duplicate": (OPEN, "duplicate"),
    # A decision is recorded once, and is final here: changing one (after mediation or an
    # appeal, say) would be an action of its own, not a second decision.
    "assess": (("accepted",), "decided_assess"),
    "not_assess": (("accepted",), "decided_not_assess"),
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
    "withdraw": "withdrawn",
    "exception": "deadline_exception",
}


# The page where the family acts on each message a triage action sends them.
LINKS: dict[str, Callable[[str], contact.Link]] = {
    "more_information": lambda reference: (
        "account.request_messages",
        {"reference": reference},
    ),
    "decision": lambda reference: ("account.case", {"reference": reference}),
    "exception": lambda reference: ("account.case", {"reference": reference}),
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
    session = db.session()
    _move(session, request, action, seen_version, decided_on, changes)
    decision = case_messages.TriageDecisionBody(
        decision=SENT_AS[action],
        reason=reason,
        decided_by=actor_id,
        decided_at=utcnow(),
        decision_date=decided_on,
        assigned_to=changes.get("assigned_to"),
        duplicate_of=changes.get("duplicate_of"),
        documents=[attachments.reference(d) for d in documents] or None,
        late_reason=changes.get("late_reason"),
        decision_due=changes.get("decision_due"),
    )
    _send(session, request, seen_version, decision, documents)
    audit.add(session, f"triage_{action}", "request", request.reference)
    if email is not None:
        message, context = email
        contact.notify_family(
            session,
            request.account_id,
            message,
            LINKS[message](request.reference),
            event=case_messages.triage_key(request.id, seen_version),
            language=request.language,
            email=request.answers.get(items.CONTACT_EMAIL),
            case_reference=request.reference,
            reference=request.reference,
            **context,
        )
    session.commit()
    session.refresh(request)


def _move(
    session: Session,
    request: AssessmentRequest,
    action: str,
    seen_version: int | None,
    decided_on: dt.date | None,
    changes: dict[str, Any],
) -> None:
    """Change the request, only if it is still at the version and status the caseworker
    saw: otherwise roll back and raise Stale."""
    _starts, to = MOVES[action]
    values: dict[str, Any] = {"version": AssessmentRequest.version + 1, **changes}
    if to is not None:
        values["status"] = to
    if decided_on is not None:
        values["decided_on"] = decided_on
    taken = db.rows_changed(
        session,
        update(AssessmentRequest)
        .where(
            AssessmentRequest.id == request.id,
            AssessmentRequest.version == (seen_version if seen_version is not None else -1),
            AssessmentRequest.status == request.status,
        )
        .values(**values)
        .execution_options(synchronize_session=False),
    )
    if taken != 1:
        session.rollback()
        raise Stale(action)


def _send(
    session: Session,
    request: AssessmentRequest,
    seen_version: int | None,
    decision: case_messages.TriageDecisionBody,
    documents: Sequence[Document],
) -> None:
    """The decision, then each file sent with it, to the case system through the outbox,
    behind the decision before it. Every action raises the version by one (`_move`), so
    that decision was sent under the version before this one."""
    key = case_messages.triage_key(request.id, seen_version)
    before = (
        case_messages.triage_key(request.id, seen_version - 1)
        if seen_version is not None and seen_version > 1
        else None
    )
    message = case_messages.RecordTriageDecision(
        key=key,
        after_key=ordering.behind(before, request.reference),
        case_reference=request.reference,
        decision=decision,
    )
    session.add(case_messages.outbox_row(message))
    session.add_all(attachments.upload_messages(list(documents), request.reference, key))


def ask_family(
    request: AssessmentRequest,
    actor_id: str,
    seen_version: int | None,
    message: str,
    written_in: str,
) -> None:
    """`written_in`: the language the caseworker said they wrote the message in."""
    db.session().add(
        FamilyMessage(
            request_id=request.id,
            sender="council",
            account_id=actor_id,
            body=message,
            language=written_in,
        )
    )
    act(
        request,
        "more_information",
        actor_id,
        seen_version,
        reason=message,
        email=("more_information", {}),
        replied_at=None,
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
    act(
        request,
        "family_replied",
        account_id,
        request.version,
        reason=message,
        documents=documents,
        replied_at=utcnow(),
    )
    return reply


def record_exception(
    request: AssessmentRequest,
    actor_id: str,
    seen_version: int | None,
    exemption: deadlines.Exemption,
) -> None:
    """Move the decision date on by the days the exception covers, with its reason."""
    received = deadlines.council_day(request.submitted_at)
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
    # The case system is told the kind in English, a line before the details, as it is
    # told a decision's standard reasons; a request's History shows it translated.
    with force_locale("en"):
        kind = str(EXCEPTION_KINDS[exemption.kind.value])
    told = "\n".join([kind, exemption.reason]).strip()
    # The family are told the new date, and the law's reason: the details stay here.
    kind_code = exemption.kind.value
    own = request.requester_role == "young_person"
    why = (own and EXCEPTION_KINDS_TO_A_YOUNG_PERSON.get(kind_code)) or EXCEPTION_KINDS[kind_code]
    email = ("exception", {"due": moved, "why": why})
    act(request, "exception", actor_id, seen_version, reason=told, email=email, decision_due=moved)
