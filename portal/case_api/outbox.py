"""Delivers outbox messages to the case system, and emails and texts to GOV.UK Notify: at
least once, with the effect exactly once.

Claiming is one conditional UPDATE (a message moves from due to "sending" only if it
was still due), so two workers never send the same message at the same time; on
PostgreSQL its candidates are picked with FOR UPDATE SKIP LOCKED so workers do not wait
on each other. A claim is a lease: if a worker dies while sending, the message becomes due
again when the lease runs out, and the Idempotency-Key makes the second send harmless.

A message with an `after_key` waits until the message it names has been delivered, so a
case's consent events never reach the case system before the request that creates it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from flask import Flask
from sqlalchemy import Update, bindparam, exists, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased

from portal.case_api import messages, notify, reads
from portal.case_api.client import CaseApiClient, CaseApiError
from portal.case_api.messages import Kind, Status
from portal.case_api.setup import case_api_client
from portal.models import AssessmentRequest, Document, OutboxMessage
from portal.models.base import utcnow
from portal.platform import db, extensions, files
from portal.platform.db import session_factory

log = logging.getLogger(__name__)
BATCH = 20

Sender = Callable[[CaseApiClient, OutboxMessage], dict[str, Any]]


def _create_assessment_request(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.CreateAssessmentRequest.from_row(row)
    return client.create_assessment_request(message.request_body(), message.key)


def _add_consent_event(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddConsentEvent.from_row(row)
    return client.add_consent_event(message.case_reference, message.request_body(), message.key)


def _add_contribution(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddContribution.from_row(row)
    return client.add_contribution(message.case_reference, message.request_body(), message.key)


def _put_document(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    """The file's bytes are read from storage when sent, not copied into the message."""

    message = messages.PutDocument.from_row(row)
    document = db.session().get(Document, message.document_id)
    if document is None:
        raise CaseApiError("the file is no longer held by the portal", retryable=False)
    return client.put_document(
        message.case_reference,
        document.id,
        files.read(document.storage_key),
        message.key,
    )


def _record_triage_decision(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.RecordTriageDecision.from_row(row)
    return client.record_triage_decision(
        message.case_reference, message.request_body(), message.key
    )


def _add_case_note(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddCaseNote.from_row(row)
    return client.add_case_note(message.case_reference, message.request_body(), message.key)


def _add_mediation_step(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddMediationStep.from_row(row)
    return client.add_mediation_step(message.case_reference, message.request_body(), message.key)


def _create_data_rights_request(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.CreateDataRightsRequest.from_row(row)
    return client.create_data_rights_request(message.request_body(), message.key)


def _add_data_rights_update(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddDataRightsUpdate.from_row(row)
    return client.add_data_rights_update(message.request_id, message.request_body(), message.key)


def _add_draft_plan_response(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddDraftPlanResponse.from_row(row)
    return client.add_draft_plan_response(
        message.case_reference, message.request_body(), message.key
    )


def _add_review_views(client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:
    message = messages.AddReviewViews.from_row(row)
    return client.add_review_views(message.case_reference, message.request_body(), message.key)


def _send_to_notify(_client: CaseApiClient, row: OutboxMessage) -> dict[str, Any]:

    return notify.send(row)


# Keyed by Kind (a str, so a row's kind finds its sender); every Kind has one.
SENDERS: dict[str, Sender] = {
    Kind.EMAIL: _send_to_notify,
    Kind.SMS: _send_to_notify,
    Kind.ASSESSMENT_REQUEST: _create_assessment_request,
    Kind.CONSENT_EVENT: _add_consent_event,
    Kind.CONTRIBUTION: _add_contribution,
    Kind.DOCUMENT: _put_document,
    Kind.TRIAGE_DECISION: _record_triage_decision,
    Kind.CASE_NOTE: _add_case_note,
    Kind.MEDIATION_STEP: _add_mediation_step,
    Kind.DRAFT_PLAN_RESPONSE: _add_draft_plan_response,
    Kind.REVIEW_VIEWS: _add_review_views,
    Kind.DATA_RIGHTS_REQUEST: _create_data_rights_request,
    Kind.DATA_RIGHTS_UPDATE: _add_data_rights_update,
}


def backoff(attempts: int, initial: float, ceiling: float, retry_after: float | None) -> float:
    """Exponential, with jitter so that failed messages do not all come back at once."""
    base = min(ceiling, initial * 2 ** max(attempts - 1, 0))
    delay = base / 2 + random.uniform(0, base / 2)  # noqa: S311 (spreading retries, not secrets)
    return max(delay, retry_after or 0.0)


def _retrying(work: Callable[[], Any], tries: int = 20) -> Any:
    """SQLite refuses a second writer at once ("database is locked") instead of waiting
    when a read turns into a write; PostgreSQL only here under a restart. Try again."""
    for attempt in range(tries):
        try:
            return work()
        except OperationalError:
            if attempt == tries - 1:
                raise
            time.sleep(0.01 * (attempt + 1))
    return None


def claim(app: Flask, limit: int = BATCH) -> list[OutboxMessage]:
    return _retrying(lambda: _claim(app, limit))


@functools.cache
def _claim_statement(dialect: str, limit: int) -> Update:
    """Built once. The UPDATE checks again that each candidate is still due as it is taken."""
    prerequisite = aliased(OutboxMessage)
    waiting = (
        exists()
        .where(
            prerequisite.idempotency_key == OutboxMessage.after_key,
            prerequisite.status != Status.DELIVERED,
        )
        .correlate(OutboxMessage)
    )
    still_due = (
        OutboxMessage.status.in_(messages.UNSENT),
        OutboxMessage.next_attempt_at <= bindparam("now"),
    )
    due = (
        select(OutboxMessage.id)
        .where(*still_due, ~waiting)
        .order_by(OutboxMessage.next_attempt_at)
        .limit(limit)
    )
    if dialect == "postgresql":
        due = due.with_for_update(skip_locked=True)
    return (
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(due.scalar_subquery()), *still_due)
        .values(
            status=Status.SENDING,
            next_attempt_at=bindparam("until"),
            attempts=OutboxMessage.attempts + 1,
        )
        .returning(OutboxMessage)
    )


def _claim(app: Flask, limit: int) -> list[OutboxMessage]:
    now = utcnow()
    settings = extensions.settings(app).config.case_api.outbox
    lease = dt.timedelta(seconds=settings.lease_seconds)
    with session_factory(app)() as db:
        claimed = db.scalars(
            _claim_statement(db.get_bind().dialect.name, limit),
            {"now": now, "until": now + lease},
            execution_options={"synchronize_session": False},
        ).all()
        db.commit()
        return list(claimed)


_clients = threading.local()


def _client(app: Flask) -> CaseApiClient:
    """A client per sending thread: an HTTP session is not shared between threads."""
    shared = case_api_client(app)
    if threading.current_thread() is threading.main_thread():
        return shared
    cached = getattr(_clients, "by_config", {})
    if id(shared) not in cached:
        cached[id(shared)] = CaseApiClient(shared.config)
        _clients.by_config = cached
    return cached[id(shared)]


@dataclass(frozen=True)
class Outcome:
    message: OutboxMessage
    values: dict[str, Any]  # the message's new status, and what goes with it
    case_reference: str | None = None  # the case a delivered request created


def _send(app: Flask, message: OutboxMessage) -> dict[str, Any]:
    sender = SENDERS.get(message.kind)
    if sender is None:
        raise CaseApiError(f"no sender for {message.kind}", retryable=False)
    try:
        return sender(_client(app), message)
    except CaseApiError:
        raise
    except Exception as unexpected:  # one message's fault must not hold up its batch
        log.exception("outbox sender failed", extra={"fields": {"outbox_message": message.id}})
        raise CaseApiError(f"the portal failed: {type(unexpected).__name__}") from unexpected


def attempt(app: Flask, message: OutboxMessage) -> Outcome:
    """Send one claimed message; what happened is recorded later, with its batch."""
    settings = extensions.settings(app).config.case_api.outbox
    try:
        result = _send(app, message)
    except CaseApiError as error:
        if not error.retryable or message.attempts >= settings.max_attempts:
            values: dict[str, Any] = {"status": Status.DEAD, "last_error": str(error)[:2000]}
        else:
            delay = backoff(
                message.attempts,
                settings.initial_backoff_seconds,
                settings.max_backoff_seconds,
                error.retry_after,
            )
            values = {
                "status": Status.PENDING,
                "last_error": str(error)[:2000],
                "next_attempt_at": utcnow() + dt.timedelta(seconds=delay),
            }
        log.warning(
            "outbox delivery failed",
            extra={
                "fields": {
                    "outbox_message": message.id,
                    "status": values["status"],
                    "attempts": message.attempts,
                    "http_status": error.status,
                    "cause": type(error.__cause__).__name__ if error.__cause__ else None,
                }
            },
        )
        return Outcome(message, values)
    created = result["case_reference"] if message.kind == Kind.ASSESSMENT_REQUEST else None
    return Outcome(message, {"status": Status.DELIVERED, "last_error": None}, created)


def record(app: Flask, outcomes: list[Outcome]) -> None:
    """One transaction for a batch's outcomes. A message whose lease has been taken over
    since is left alone; if this worker dies before recording, the lease runs out, the
    message is sent again, and the Idempotency-Key makes that harmless."""
    if not outcomes:
        return
    now = utcnow()
    delivered = [o for o in outcomes if o.values["status"] == Status.DELIVERED]
    created = [o for o in delivered if o.case_reference is not None]

    def write() -> None:
        with session_factory(app)() as db:
            sending = OutboxMessage.status == Status.SENDING
            options = {"synchronize_session": False}
            if delivered:
                db.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id.in_([o.message.id for o in delivered]), sending)
                    .values(status=Status.DELIVERED, delivered_at=now, last_error=None),
                    execution_options=options,
                )
            for outcome in outcomes:
                if outcome.values["status"] != Status.DELIVERED:
                    db.execute(
                        update(OutboxMessage)
                        .where(OutboxMessage.id == outcome.message.id, sending)
                        .values(**outcome.values),
                        execution_options=options,
                    )
            changed = {c for o in delivered if (c := messages.updated_case(o.message))}
            if changed:
                # What the family's case page shows must not outlive what just changed it.
                seconds = extensions.settings(app).config.case_api.cache_seconds
                db.execute(reads.expire(changed, now, seconds), execution_options=options)
            if created:
                table = AssessmentRequest.__table__
                db.execute(
                    update(table)
                    .where(table.c.reference == bindparam("sent"))
                    .values(case_reference=bindparam("created"), delivered_at=now),
                    [
                        {
                            "sent": messages.CreateAssessmentRequest.from_row(o.message).reference,
                            "created": o.case_reference,
                        }
                        for o in created
                    ],
                )
            db.commit()

    _retrying(write)


SENDING_AT_ONCE = 4


def run_once(app: Flask) -> int:
    """Deliver every message that is due now; returns how many were tried.

    A claimed batch is sent a few messages at a time, so the worker is not idle while
    the case system answers. Order still holds: a message whose `after_key` names one
    not yet delivered (and recorded so) is never claimed, so it cannot be in the same
    batch, nor in the next one while the first is still being sent."""

    def send(message: OutboxMessage) -> Outcome:
        with app.app_context():  # payloads are encrypted with the application's data keys
            return attempt(app, message)

    tried = 0
    with app.app_context(), ThreadPoolExecutor(SENDING_AT_ONCE) as pool:
        sending: list[Future[Outcome]] = []
        while True:
            # The next batch is claimed and queued before the last one is recorded, so
            # the senders are not idle while this thread talks to the database.
            batch = claim(app)
            queued = [pool.submit(send, message) for message in batch]
            record(app, [future.result() for future in sending])
            if not batch and not sending:  # what was just recorded may have freed more
                return tried
            sending, tried = queued, tried + len(batch)


def run(app: Flask, stop: threading.Event) -> None:
    poll_seconds = extensions.settings(app).config.case_api.outbox.poll_seconds
    while not stop.is_set():
        try:
            if not run_once(app):
                stop.wait(poll_seconds)
        except Exception:
            log.exception("outbox worker error")
            stop.wait(poll_seconds)


def retry_dead(app: Flask, message_id: str) -> bool:
    """Put a dead letter back in the queue (a caseworker's choice, after fixing the cause)."""
    with session_factory(app)() as db:
        retried = requeue_dead(db, message_id)
        db.commit()
        return retried


def requeue_dead(session: Session, message_id: str) -> bool:
    """As retry_dead, in the caller's transaction (committed with its audit event)."""
    changed = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.status == Status.DEAD)
        .values(status=Status.PENDING, next_attempt_at=utcnow(), attempts=0)
    )
    return changed.rowcount == 1


def start_thread(app: Flask) -> threading.Event:
    """Delivery in the background, for `make run`."""
    stop = threading.Event()
    threading.Thread(target=run, args=(app, stop), daemon=True, name="outbox").start()
    return stop
