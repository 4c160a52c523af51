"""A stand-in for GOV.UK Notify, over real HTTP, and a portal pointed at it.

GOV.UK Notify cannot run here (it is a hosted service with no local edition), so a small
real HTTP server stands in for the parts of its API the portal uses: sending an email
(POST /v2/notifications/email), sending a text message (POST /v2/notifications/sms) and
finding notifications by reference (GET /v2/notifications). The portal's real Notify
client talks to it over HTTP.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from flask import Flask
from sqlalchemy import update

from portal.case_api import outbox
from portal.models import OutboxMessage
from portal.platform import db
from tests.conftest import build_app, make_settings, write_config

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
                notification = {"id": str(uuid.uuid4()), "path": self.path, **body}
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


EMAIL_TEMPLATE = str(uuid.uuid4())
SMS_TEMPLATE = str(uuid.uuid4())


def app_sending_to(notify: FakeNotify, tmp_path: Path, database_url: str) -> Flask:
    """The portal with a Notify key, sending to `notify`."""

    def pointed_at_the_fake(data: dict) -> None:  # type: ignore[type-arg]
        data["notify"].update(
            template_id=EMAIL_TEMPLATE,
            sms_template_id=SMS_TEMPLATE,
            base_url=notify.url,
            timeout_seconds=CLIENT_TIMEOUT,
        )

    config = write_config(tmp_path, pointed_at_the_fake)
    settings = make_settings(
        tmp_path, database_url, PORTAL_CONFIG=str(config), NOTIFY_API_KEY=NOTIFY_KEY
    )
    return build_app(settings)


def deliver(app: Flask) -> None:
    """What the worker does over the next minutes: every waiting message becomes due."""
    with app.app_context():
        db.session().execute(update(OutboxMessage).values(next_attempt_at=dt.datetime.now(dt.UTC)))
        db.session().commit()
    outbox.run_once(app)
