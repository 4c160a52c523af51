"""Text messages are as safe as emails: queued with what they tell the family, sent by
the outbox worker to Notify's /v2/notifications/sms, retried, dead-lettered, and never
sent twice. Notify is tests.support.notify's stand-in, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.notify import SMS_TEMPLATE, FakeNotify, app_sending_to, deliver
from tests.support.pages import page, post
from tests.support.requests import submitted


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
def family(app: Flask) -> FlaskClient:
    """A family that chose texts, in Turkish, and then sent a request."""
    client = app.test_client()
    sign_in(client)
    chosen = {"channels": ["sms"], "mobile": "07700 900 123", "language": "tr"}
    assert post(client, "/account/contact-preferences", chosen).status_code == 302
    submitted(client)
    return client


def the_text(app: Flask) -> OutboxMessage:
    with app.app_context():
        return (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "sms.send"))
            .one()
        )


def test_a_text_reaches_notify_once_through_its_sms_api_even_when_notify_falters(
    app: Flask, family: FlaskClient, notify: FakeNotify
) -> None:
    notify.plan = [500, "slow"]
    deliver(app)  # 500: not kept
    deliver(app)  # kept by Notify, answered too late
    assert the_text(app).status == "pending"
    deliver(app)  # found by its reference, not sent again
    texts = [n for n in notify.kept if n["path"] == "/v2/notifications/sms"]
    assert len(texts) == 1
    (sent,) = texts
    assert sent["phone_number"] == "07700900123"
    assert sent["template_id"] == SMS_TEMPLATE
    assert sent["reference"] == the_text(app).idempotency_key
    assert "talebinizi aldık" in sent["personalisation"]["body"]
    assert set(sent["personalisation"]) == {"body"}
    assert the_text(app).status == "delivered"
    assert not [n for n in notify.kept if n["path"] == "/v2/notifications/email"], "texts only"


def test_a_text_notify_refuses_is_a_dead_letter(
    app: Flask, family: FlaskClient, notify: FakeNotify
) -> None:
    notify.plan = [400]
    deliver(app)
    dead = the_text(app)
    assert (dead.status, dead.attempts) == ("dead", 1)
    assert "GOV.UK Notify: 400" in (dead.last_error or "")
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    listed = page(staff.get("/caseworker/requests")).find(string=dead.payload["reference"])
    assert listed is not None, "the caseworker sees which case's text was not delivered"
    row = listed.find_parent("tr")
    assert row is not None and "GOV.UK Notify: 400" in row.get_text(" ")
