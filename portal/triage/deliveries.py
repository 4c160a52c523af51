"""What was sent about a request: its messages to the case system, each with the file it
sends, and the emails and texts its family was sent about it."""

from __future__ import annotations

from sqlalchemy import Row, Select, String, and_, bindparam, func, literal, select, union_all

from portal.case_api import messages as case_messages
from portal.consent.service import ASSESSMENT
from portal.models import AssessmentRequest, ConsentEvent, Document, OutboxMessage
from portal.platform import db


def _deliveries() -> Select[OutboxMessage, str | None]:
    """The request's message and every message that waits behind it, directly or behind
    another that does (a decision behind the one before, a file behind its decision),
    each with the name of the file it sends, if it sends one; and the emails and texts
    the family was sent about it, by their keys (`told`)."""
    chain = select(bindparam("creating", type_=String).label("key")).cte("chain", recursive=True)
    chain = chain.union_all(
        select(OutboxMessage.idempotency_key).where(OutboxMessage.after_key == chain.c.key)
    )
    sends_file = and_(
        OutboxMessage.kind == case_messages.Kind.DOCUMENT,
        Document.id
        == func.substr(OutboxMessage.idempotency_key, len(case_messages.DOCUMENT_KEY_PREFIX) + 1),
    )
    stopped = [
        select(literal(key(case_messages.CONSENT_WITHDRAWN_EVENT_PREFIX)) + ConsentEvent.id).where(
            ConsentEvent.case_reference == bindparam("reference"),
            ConsentEvent.choice == ASSESSMENT,
            ConsentEvent.given.is_(False),
        )
        for key in (case_messages.email_key, case_messages.sms_key)
    ]
    return (
        select(OutboxMessage, Document.filename)
        .outerjoin(Document, sends_file)
        .where(
            OutboxMessage.idempotency_key.in_(select(chain.c.key))
            | OutboxMessage.idempotency_key.in_(bindparam("told", expanding=True))
            | OutboxMessage.idempotency_key.in_(union_all(*stopped))
        )
        .order_by(OutboxMessage.created_at)
    )


_DELIVERIES = _deliveries()


def of_request(request: AssessmentRequest) -> list[Row[OutboxMessage, str | None]]:
    """Every message for the case system about this request, oldest first, with the name
    of the file each sends (or None), and every email and text the family was sent
    about it (its receipt, each decision, and each withdrawal of consent that stopped the
    assessment)."""
    creating = case_messages.request_key(request.draft_id)
    told = told_keys(request)
    found = {"creating": creating, "told": told, "reference": request.reference}
    return list(db.session().execute(_DELIVERIES, found))


def told_keys(request: AssessmentRequest) -> list[str]:
    """The keys every email and text the family could have been sent about this request
    would have: that it was received, and one for each version a caseworker acted on
    (portal.triage.actions.act names each by the message it sent the case system)."""
    events = [case_messages.received_event(request.draft_id)]
    events += [case_messages.triage_key(request.id, seen) for seen in range(request.version + 1)]
    keys = (case_messages.email_key, case_messages.sms_key)
    return [key(event) for event in events for key in keys]
