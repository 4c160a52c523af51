"""Emails are as safe as messages to the case system: queued with what they tell the
family, sent by the outbox worker, retried, dead-lettered, and never sent twice. Notify is
tests.support.notify's stand-in, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import AuditEvent, OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.notify import FakeNotify, app_sending_to, deliver
from tests.support.pages import hidden, page
from tests.support.requests import submitted
from tests.support.staff import decide_not_to_assess


@pytest.fixture
def notify() -> Iterator[FakeNotify]:
    fake = FakeNotify()
    yield fake
    fake.close()


@pytest.fixture
def app(tmp_path: Path, database_url: str, notify: FakeNotify) -> Iterator[Flask]:
    application = app_sending_to(notify, tmp_path, database_url)
    yield application
    application.extensions["db_engine"].dispose()


@pytest.fixture
def reference(app: Flask, notify: FakeNotify) -> str:
    """A request whose own email ("we have your request") has already gone."""
    family = app.test_client()
    sign_in(family)
    found = submitted(family)
    deliver(app)
    assert len(notify.kept) == 1
    return found


def decision_email(app: Flask) -> OutboxMessage:
    with app.app_context():
        return (
            db.session()
            .scalars(
                select(OutboxMessage)
                .where(OutboxMessage.kind == "email.send")
                .order_by(OutboxMessage.created_at.desc())
            )
            .first()
        )


def decide(staff: FlaskClient, reference: str) -> None:
    decide_not_to_assess(staff, reference, note="Needs met by the school's SEN support")


def test_notify_failing_during_a_decision_leaves_the_email_queued_and_later_sent_once(
    app: Flask, staff: FlaskClient, reference: str, notify: FakeNotify
) -> None:
    """The email tells the family the decision and their right to appeal: Notify being
    down (500), then timing out after it had accepted the email, must lose nothing and
    must not send it twice."""
    notify.plan = [500, 500, "slow"]
    decide(staff, reference)
    for _ in range(3):  # 500, 500, then one Notify keeps but answers too late
        deliver(app)
    waiting = decision_email(app)
    assert waiting is not None and waiting.payload["template"] == "decision"
    assert waiting.status == "pending", "the email waits for Notify, it is not lost"
    deliver(app)  # Notify already has it: found by its reference, not sent again
    deliver(app)
    sent = [n for n in notify.kept if n["reference"] == waiting.idempotency_key]
    assert len(sent) == 1
    assert sent[0]["email_address"] == "anna@example.org"
    assert "First-tier Tribunal" in sent[0]["personalisation"]["body"]
    assert decision_email(app).status == "delivered"


def test_an_email_notify_refuses_is_a_dead_letter_a_caseworker_can_retry(
    app: Flask, staff: FlaskClient, reference: str, notify: FakeNotify
) -> None:
    notify.plan = [400]
    decide(staff, reference)
    deliver(app)
    dead = decision_email(app)
    assert (dead.status, dead.attempts) == ("dead", 1)
    shown = page(staff.get("/caseworker/requests"))
    listed = shown.find(string=reference)  # first in the messages not delivered
    row = listed.find_parent("tr") if listed else None
    assert row is not None
    assert "Not a valid email address" in row.get_text(" ")
    retried = staff.post(
        f"/caseworker/outbox/{dead.id}/retry",
        data={"csrf_token": hidden(staff.get("/caseworker/requests"))["csrf_token"]},
    )
    assert retried.status_code == 302
    deliver(app)
    assert decision_email(app).status == "delivered"
    assert [n["reference"] for n in notify.kept].count(dead.idempotency_key) == 1
    with app.app_context():
        retries = db.session().scalars(
            select(AuditEvent).where(AuditEvent.action == "outbox_retried")
        )
        assert [e.object_id for e in retries] == [dead.id]
