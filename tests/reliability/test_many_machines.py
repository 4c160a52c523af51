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
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests
from bs4 import BeautifulSoup
from flask import Flask
from sqlalchemy import func, select
from werkzeug.serving import make_server

from devtools.reference_case_system.app import create_reference_app
from devtools.reference_case_system.models import Case, Entry
from portal.models import Account, AssessmentRequest, OutboxMessage
from portal.platform import db
from tests.conftest import (
    PROJECT_ROOT,
    build_app,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)
from tests.support.requests import ANSWERS, CONSENT
from tests.support.sessions import signed_in

FAMILIES = int(os.environ.get("RELIABILITY_FAMILIES", "6"))
SECONDS = float(os.environ.get("RELIABILITY_SECONDS", "0"))  # 0: one request each
SECRET = "reliability-" + secrets.token_hex(8)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class CaseSystem:
    """The reference case system on its own port, as another machine would be; it can
    be stopped and started again on the same port."""

    def __init__(self, folder: Path) -> None:
        self.app = create_reference_app(
            f"sqlite:///{folder / 'case-system.db'}", {"send-portal": SECRET}
        )
        self.port = 0
        self.server: Any = None
        self.start()

    def start(self) -> None:
        self.server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def case_system(tmp_path: Path) -> Iterator[CaseSystem]:
    system = CaseSystem(tmp_path)
    yield system
    system.stop()


def environment(tmp_path: Path, database_url: str, base: str) -> dict[str, str]:
    def change(data: dict[str, Any]) -> None:
        data["case_api"].update(
            embedded=False, base_url=f"{base}/v1", token_url=f"{base}/oauth/token"
        )
        # Quick retries and a short lease, so a run with faults ends in seconds.
        data["case_api"]["outbox"].update(
            initial_backoff_seconds=0.2, max_backoff_seconds=1, lease_seconds=2
        )

    config = write_config(tmp_path, change)
    return {
        **os.environ,
        "PORTAL_ENV": "test",
        "PORTAL_CONFIG": str(config),
        "PORTAL_INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": database_url,
        "SECRET_KEY": "reliability-secret-key-long-enough-for-the-tests",
        "CASE_API_CLIENT_SECRET": SECRET,
    }


@contextmanager
def portal_app(env: dict[str, str]) -> Iterator[Flask]:
    """The portal in this process, on the shared database, inside an app context."""
    settings = make_settings(Path(env["PORTAL_INSTANCE_PATH"]), env["DATABASE_URL"], **env)
    app = build_app(settings)
    try:
        with app.app_context():
            yield app
    finally:
        app.extensions["db_engine"].dispose()


def sessions_for(env: dict[str, str], count: int) -> list[str]:
    """Signed-in families, written straight into the shared database."""
    cookies = []
    with portal_app(env):
        session = db.session()
        for number in range(count):
            account = Account(kind="family", issuer="https://load.test", subject=f"family-{number}")
            session.add(account)
            session.flush()
            cookies.append(signed_in(session, account.id))
        session.commit()
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
        # A new connection each time: a browser silently retries a request sent on a
        # keep-alive connection the server had just closed; requests does not.
        self.cookie = {"Cookie": f"__Host-session={token}", "Connection": "close"}
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
        page = BeautifulSoup(self.call("GET", path).text, "html.parser")
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
            BeautifulSoup(page, "html.parser").select_one(".govuk-panel").get_text(),
        )
        assert match, page[:500]
        return match.group(0)


def submit_requests(env: dict[str, str], processes: int) -> list[str]:
    """Families submit through `processes` app processes; returns the references shown."""
    tokens = sessions_for(env, FAMILIES)
    ports = [free_port() for _ in range(processes)]
    apps = [start_app(env, port) for port in ports]
    statuses: list[int] = []
    references: list[str] = []
    failures: list[BaseException] = []
    try:
        stop = time.monotonic() + SECONDS

        def family(token: str) -> None:
            browser = Family(token, ports, statuses)
            try:
                references.append(browser.submit_request())
                while time.monotonic() < stop:
                    references.append(browser.submit_request())
            except BaseException as failure:  # reported below, not lost in the thread
                failures.append(failure)

        threads = [threading.Thread(target=family, args=(t,)) for t in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for app in apps:
            app.terminate()
            app.wait(timeout=20)
    assert failures == []
    assert statuses and max(statuses) < 500, sorted(set(statuses))
    assert len(references) >= FAMILIES and len(set(references)) == len(references)
    print(f"{len(references)} requests from {FAMILIES} families, {len(statuses)} responses")
    return references


def worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "portal.app", "outbox", "run"],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_until_delivered(env: dict[str, str], seconds: float = 60) -> list[str]:
    """Polls the shared database; returns the references the portal holds."""
    deadline = time.monotonic() + seconds
    with portal_app(env):
        while True:
            waiting = db.session().scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status != "delivered")
            )
            db.session().rollback()
            if waiting == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        stored = list(db.session().scalars(select(AssessmentRequest.reference)))
    assert waiting == 0, f"{waiting} messages were not delivered"
    return stored


def wait_until_tried(env: dict[str, str], seconds: float = 30) -> None:
    """Until a worker has failed to send something, however long it took to start."""
    deadline = time.monotonic() + seconds
    with portal_app(env):
        while not db.session().scalar(
            select(func.count()).where(OutboxMessage.last_error.is_not(None))
        ):
            db.session().rollback()
            assert time.monotonic() < deadline, "no worker tried to send anything"
            time.sleep(0.05)


def drain(env: dict[str, str], workers: int = 2) -> list[str]:
    """Start outbox workers, wait until everything is delivered, stop them."""
    running = [worker(env) for _ in range(workers)]
    try:
        return wait_until_delivered(env)
    finally:
        for process in running:
            process.terminate()
            process.wait(timeout=20)


def assert_exactly_once(case_system: CaseSystem, references: list[str], stored: list[str]) -> None:
    assert sorted(stored) == sorted(references), "each reference exactly once in the portal"
    with case_system.app.extensions["case_system"]["sessions"]() as session:
        cases = session.scalars(select(Case.reference)).all()
        consent = session.execute(
            select(Entry.case_reference, func.count())
            .where(Entry.kind == "consent_event")
            .group_by(Entry.case_reference)
        ).all()
    assert sorted(c for c in cases if c in references) == sorted(references)
    assert len(cases) == len(set(cases)), "exactly once in the case system"
    assert {ref: n for ref, n in consent} == dict.fromkeys(references, 3)


def test_two_apps_and_two_workers_share_one_database_and_lose_nothing(
    database_url: str, tmp_path: Path, case_system: CaseSystem
) -> None:
    env = environment(tmp_path, database_url, case_system.base)
    references = submit_requests(env, processes=2)
    assert_exactly_once(case_system, references, drain(env))


def test_a_case_system_outage_and_a_killed_worker_lose_nothing(
    database_url: str, tmp_path: Path, case_system: CaseSystem
) -> None:
    env = environment(tmp_path, database_url, case_system.base)
    references = submit_requests(env, processes=1)
    case_system.stop()
    first = worker(env)
    wait_until_tried(env)  # it tries, fails and backs off while the case system is down
    case_system.start()
    time.sleep(0.4)
    first.kill()  # no goodbye: whatever it had claimed waits for its lease to run out
    first.wait(timeout=20)
    assert_exactly_once(case_system, references, drain(env))
    with portal_app(env):
        retried = db.session().scalar(select(func.max(OutboxMessage.attempts)))
    assert retried and retried > 1, "the outage was felt: messages were tried again"


class Persistent(Family):
    """A family who, shown an error page, tries the same step again, as people do."""

    def call(self, method: str, path: str, data: Any = None) -> requests.Response:
        for _ in range(100):
            try:
                response = super().call(method, path, data)
            except requests.ConnectionError:
                time.sleep(0.2)
                continue
            if response.status_code < 500:
                return response
            assert "Sorry" in response.text and "Traceback" not in response.text
            time.sleep(0.2)
        raise AssertionError(f"{method} {path} kept failing")

    def post(self, path: str, data: dict[str, Any]) -> requests.Response:
        for _ in range(100):
            response = self.call("POST", path, {**self.form(path), **data})
            if response.status_code != 400:  # a form token from a page that failed
                return response
        raise AssertionError(f"POST {path} kept being refused")


@contextmanager
def cluster_of_its_own() -> Iterator[tuple[list[str], str]]:
    """A PostgreSQL cluster made for one test with Debian's tools, on a free port, and
    dropped after it: restarting it ends no connection but the test's own (the shared
    cluster the other tests and tiers use runs on undisturbed). Yields the command that
    restarts it and its URL."""
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    name = f"portal-restart-{secrets.token_hex(4)}"
    port = free_port()
    subprocess.run(
        [
            *("pg_createcluster", version, name, "--port", str(port), "--start"),
            *("--", "--auth=trust", "--no-sync"),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    try:
        yield (
            ["pg_ctlcluster", version, name, "restart"],
            f"postgresql://postgres@127.0.0.1:{port}/postgres",
        )
    finally:
        subprocess.run(["pg_dropcluster", version, name, "--stop"], timeout=120, check=False)


@pytest.mark.skipif(
    not (shutil.which("pg_createcluster") and os.geteuid() == 0),
    reason="makes a PostgreSQL cluster of its own: needs Debian's postgresql-common and "
    "root (CI has both)",
)
def test_a_postgresql_restart_mid_run_leaves_nothing_half_written(
    tmp_path: Path, case_system: CaseSystem
) -> None:
    with cluster_of_its_own() as (restart, cluster_url):
        restarted_mid_run(tmp_path, case_system, restart, cluster_url)


def restarted_mid_run(
    tmp_path: Path, case_system: CaseSystem, restart: list[str], cluster_url: str
) -> None:
    url = fresh_postgres_schema(cluster_url)
    migrate(url)
    env = environment(tmp_path, url, case_system.base)
    tokens = sessions_for(env, FAMILIES)
    ports = [free_port()]
    app = start_app(env, ports[0])
    statuses: list[int] = []
    references: list[str] = []
    failures: list[BaseException] = []

    def family(token: str) -> None:
        try:
            references.append(Persistent(token, ports, statuses).submit_request())
        except BaseException as failure:
            failures.append(failure)

    try:
        threads = [threading.Thread(target=family, args=(t,)) for t in tokens]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        subprocess.run(restart, check=True, timeout=60)
        for thread in threads:
            thread.join()
    finally:
        app.terminate()
        app.wait(timeout=20)
    try:
        assert failures == []
        assert len(set(references)) == FAMILIES
        stored = drain(env, workers=1)
        assert set(references) <= set(stored) and len(stored) == len(set(stored))
        with portal_app(env):
            half_written = (
                db.session()
                .scalars(
                    select(AssessmentRequest.reference).where(
                        ~select(OutboxMessage.id)
                        .where(
                            OutboxMessage.idempotency_key
                            == "assessment-request-" + AssessmentRequest.draft_id
                        )
                        .exists()
                    )
                )
                .all()
            )
        assert half_written == [], "every request has its message for the case system"
        assert_exactly_once(case_system, stored, stored)
    finally:
        drop_postgres_schema(url)
