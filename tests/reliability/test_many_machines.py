"""Two app processes and two outbox workers on one database, as on several machines.

Families submit whole requests through gunicorn, each request of theirs going to
either process in turn, as a load balancer would send them. Afterwards: no 5xx, each
reference shown on a confirmation page is in the database exactly once and, once the
workers have drained the outbox, in the reference case system exactly once, with its
consent events.

CI runs it small (RELIABILITY_FAMILIES, default 6, one request each); `make soak` runs
50 families submitting for 60 seconds (RELIABILITY_SECONDS).
It runs on SQLite and, in CI, on PostgreSQL.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from bs4 import BeautifulSoup
from sqlalchemy import func, select
from werkzeug.serving import make_server

from portal import db
from portal.auth.sessions import _hash
from portal.case_api.reference.app import create_reference_app
from portal.case_api.reference.models import Case, Entry
from portal.db import utcnow
from portal.models import Account, AssessmentRequest, OutboxMessage, WebSession
from tests.conftest import PROJECT_ROOT, build_app, make_settings, write_config
from tests.integration.test_request_journey import ANSWERS, CONSENT

FAMILIES = int(os.environ.get("RELIABILITY_FAMILIES", "6"))
SECONDS = float(os.environ.get("RELIABILITY_SECONDS", "0"))  # 0: one request each
SECRET = "reliability-" + secrets.token_hex(8)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def case_system(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """The reference case system on its own port, as another machine would be."""
    app = create_reference_app(f"sqlite:///{tmp_path / 'case-system.db'}", {"send-portal": SECRET})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", app
    server.shutdown()


def environment(tmp_path: Path, database_url: str, base: str) -> dict[str, str]:
    config = write_config(
        tmp_path,
        lambda data: data["case_api"].update(
            embedded=False, base_url=f"{base}/v1", token_url=f"{base}/oauth/token"
        ),
    )
    return {
        **os.environ,
        "PORTAL_ENV": "test",
        "PORTAL_CONFIG": str(config),
        "PORTAL_INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": database_url,
        "SECRET_KEY": "reliability-secret-key-long-enough-for-the-tests",
        "CASE_API_CLIENT_SECRET": SECRET,
    }


def sessions_for(env: dict[str, str], count: int) -> list[str]:
    """Signed-in families, written straight into the shared database."""
    settings = make_settings(Path(env["PORTAL_INSTANCE_PATH"]), env["DATABASE_URL"], **env)
    app = build_app(settings)
    cookies = []
    with app.app_context():
        session = db.session()
        for number in range(count):
            account = Account(kind="family", issuer="https://load.test", subject=f"family-{number}")
            session.add(account)
            session.flush()
            token = secrets.token_urlsafe(32)
            now = utcnow()
            session.add(
                WebSession(
                    id_hash=_hash(token),
                    data={"account_id": account.id, "kind": "family", "roles": []},
                    account_id=account.id,
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now.replace(year=now.year + 1),
                )
            )
            cookies.append(token)
        session.commit()
    app.extensions["db_engine"].dispose()
    return cookies


def start_app(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-w",
            "1",
            "--threads",
            "4",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "portal.wsgi:app",
        ],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=open(Path(env["PORTAL_INSTANCE_PATH"]) / f"app-{port}.log", "wb"),  # noqa: SIM115
    )
    for _ in range(200):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return process
        except requests.RequestException:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the app did not start")


class Family:
    """One family's browser, its requests shared between the two app processes."""

    def __init__(self, token: str, ports: list[int], statuses: list[int]) -> None:
        self.http = requests.Session()
        self.cookie = {"Cookie": f"__Host-session={token}"}
        self.ports = ports
        self.turn = 0
        self.statuses = statuses

    def call(self, method: str, path: str, data: Any = None) -> requests.Response:
        port = self.ports[self.turn % len(self.ports)]
        self.turn += 1
        response = self.http.request(
            method,
            f"http://127.0.0.1:{port}{path}",
            data=data,
            headers=self.cookie,
            allow_redirects=False,
            timeout=30,
        )
        self.statuses.append(response.status_code)
        return response

    def form(self, path: str) -> dict[str, str]:
        page = BeautifulSoup(self.call("GET", path).text, "html5lib")
        return {i["name"]: i.get("value", "") for i in page.select("form input[type=hidden]")}

    def post(self, path: str, data: dict[str, Any]) -> requests.Response:
        return self.call("POST", path, {**self.form(path), **data})

    def submit_request(self) -> str:
        draft = self.post("/account/request/who", {"role": "parent_carer"}).headers["Location"]
        self.post(f"{draft}consent", CONSENT)
        for section, pages in ANSWERS.items():
            for slug, data in pages.items():
                self.post(f"{draft}{section}/{slug}", data)
        done = self.post(f"{draft}check", {}).headers["Location"]
        page = self.call("GET", done).text
        match = re.search(
            r"BNT-\d{4}-\d{6}",
            BeautifulSoup(page, "html5lib").select_one(".govuk-panel").get_text(),
        )
        assert match, page[:500]
        return match.group(0)


def test_two_apps_and_two_workers_share_one_database_and_lose_nothing(
    database_url: str, tmp_path: Path, case_system: tuple[str, Any]
) -> None:
    base, reference_app = case_system
    env = environment(tmp_path, database_url, base)
    tokens = sessions_for(env, FAMILIES)
    ports = [free_port(), free_port()]
    apps = [start_app(env, port) for port in ports]
    statuses: list[int] = []
    references: list[str] = []
    try:
        stop = time.monotonic() + SECONDS

        def family(token: str) -> None:
            browser = Family(token, ports, statuses)
            references.append(browser.submit_request())
            while time.monotonic() < stop:
                references.append(browser.submit_request())

        threads = [threading.Thread(target=family, args=(t,)) for t in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for app in apps:
            app.terminate()
            app.wait(timeout=20)
    assert statuses and max(statuses) < 500, sorted(set(statuses))
    assert len(references) >= FAMILIES and len(set(references)) == len(references)

    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "portal", "outbox", "run"],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(2)
    ]
    settings = make_settings(Path(env["PORTAL_INSTANCE_PATH"]), env["DATABASE_URL"], **env)
    portal = build_app(settings)
    try:
        for _ in range(600):
            with portal.app_context():
                waiting = db.session().scalar(
                    select(func.count())
                    .select_from(OutboxMessage)
                    .where(OutboxMessage.status != "delivered")
                )
                db.session().rollback()
            if waiting == 0:
                break
            time.sleep(0.1)
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=20)
    assert waiting == 0, f"{waiting} messages were not delivered"
    with portal.app_context():
        stored = db.session().scalars(select(AssessmentRequest.reference)).all()
    portal.extensions["db_engine"].dispose()
    assert sorted(stored) == sorted(references), "each reference exactly once in the portal"
    with reference_app.extensions["case_system"]["sessions"]() as session:
        cases = session.scalars(select(Case.reference)).all()
        consent = session.execute(
            select(Entry.case_reference, func.count())
            .where(Entry.kind == "consent_event")
            .group_by(Entry.case_reference)
        ).all()
    assert sorted(c for c in cases if c in references) == sorted(references)
    assert len(cases) == len(set(cases)), "exactly once in the case system"
    assert {ref: n for ref, n in consent} == dict.fromkeys(references, 3)
