"""Emails are as safe as messages to the case system: queued with what they tell the
family, sent by the outbox worker, retried, dead-lettered, and never sent twice.

GOV.UK Notify cannot run here (it is a hosted service with no local edition), so a small
real HTTP server stands in for the two parts of its API the portal uses: sending an email
(POST /v2/notifications/email) and finding notifications by reference (GET
/v2/notifications). The portal's real Notify client talks to it over HTTP.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from portal.case_api import outbox
from portal.models import AuditEvent, OutboxMessage
from portal.platform import db
from tests.conftest import build_app, make_settings, sign_in, write_config
from tests.support.pages import hidden, page
from tests.support.requests import submitted
from tests.support.staff import act

NOTIFY_KEY = f"portal_test-{uuid.uuid4()}-{uuid.uuid4()}"
CLIENT_TIMEOUT = 0.5


class FakeNotify:
    """Answers each email POST as `plan` says, in turn, then accepts every one:
    500 (refused, not kept), 400 (a permanent refusal), "slow" (kept, as Notify would,
    but answered after the client has given up)."""

    def __init__(self) -> None:
        self.plan: list[int | str] = []
        self.kept: list[dict[str, Any]] = []
        self.posts = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: Any) -> None:
                pass

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                assert self.headers["Authorization"].startswith("Bearer ")
                reference = parse_qs(urlsplit(self.path).query).get("reference", [None])[0]
                found = [n for n in fake.kept if n["reference"] == reference]
                self._answer(200, {"notifications": found, "links": {}})

            def do_POST(self) -> None:
                assert self.headers["Authorization"].startswith("Bearer ")
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.posts += 1
                step = fake.plan.pop(0) if fake.plan else 201
                if step == 500:
                    self._answer(500, {"errors": [{"error": "Exception", "message": "down"}]})
                    return
                if step == 400:
                    self._answer(
                        400,
                        {
                            "errors": [
                                {"error": "BadRequestError", "message": "Not a valid email address"}
                            ]
                        },
                    )
                    return
                notification = {"id": str(uuid.uuid4()), **body}
                fake.kept.append(notification)
                if step == "slow":
                    time.sleep(CLIENT_TIMEOUT * 3)
                self._answer(201, {"id": notification["id"], "reference": body.get("reference")})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def notify() -> Iterator[FakeNotify]:
    fake = FakeNotify()
    yield fake
    fake.close()


@pytest.fixture
def app(tmp_path: Path, database_url: str, notify: FakeNotify) -> Iterator[Flask]:
    def pointed_at_the_fake(data: dict) -> None:  # type: ignore[type-arg]
        data["notify"].update(
            template_id=str(uuid.uuid4()), base_url=notify.url, timeout_seconds=CLIENT_TIMEOUT
        )

    config = write_config(tmp_path, pointed_at_the_fake)
    settings = make_settings(
        tmp_path, database_url, PORTAL_CONFIG=str(config), NOTIFY_API_KEY=NOTIFY_KEY
    )
    application = build_app(settings)
    yield application
    application.extensions["db_engine"].dispose()


@pytest.fixture
def staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return client


@pytest.fixture
def reference(app: Flask, notify: FakeNotify) -> str:
    """A request whose own email ("we have your request") has already gone."""
    family = app.test_client()
    sign_in(family)
    found = submitted(family)
    deliver(app)
    assert len(notify.kept) == 1
    return found


def deliver(app: Flask) -> None:
    """What the worker does over the next minutes: every waiting message becomes due."""
    with app.app_context():
        db.session().execute(update(OutboxMessage).values(next_attempt_at=dt.datetime.now(dt.UTC)))
        db.session().commit()
    outbox.run_once(app)


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
    assert act(staff, reference, "accept").status_code == 302
    today = dt.date.today()
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
            "reason": "Needs met by the school's SEN support",
        },
    )
    assert decided.status_code == 302


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
    row = shown.find("td", string=reference).parent
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
