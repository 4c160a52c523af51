"""Requests a second under gunicorn: each family page against its bare twin, in one run.

Starts gunicorn (2 workers, one per core) on a free port with a fresh database
(PostgreSQL when TEST_DATABASE_URL is set, otherwise SQLite), signs a parent in by
writing a server-side session straight into the database, and keeps 8 connections busy
on each URL for a few seconds. Each page's twin has the same
GOV.UK components (bench/twins.py). The ratio is the page's rate over its twin's
(target: at least 0.85).
"""

from __future__ import annotations

import http.client
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench import measured_app, twins, write_results
from bench.pages import PUBLIC_PAGES, TARGET
from forms.assessment_request.sections import SECTIONS
from portal.models import Account, RequestDraft
from portal.platform import db
from tests.conftest import (
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
)
from tests.support.sessions import signed_in

# Longer on a busy machine: BENCH_SECONDS=2 BENCH_THROUGHPUT_ROUNDS=5 make bench.
SECONDS = float(os.environ.get("BENCH_SECONDS", "0.5"))
ROUNDS = int(os.environ.get("BENCH_THROUGHPUT_ROUNDS", "3"))
CONNECTIONS = 8


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(folder: Path, url: str) -> tuple[dict[str, str], str, str]:
    """A database with one parent part-way through a request; returns env, cookie, draft."""
    migrate(url)
    env = {
        **os.environ,
        "PORTAL_ENV": "test",
        "DATABASE_URL": url,
        "PORTAL_INSTANCE_PATH": str(folder),
        "SECRET_KEY": secrets.token_urlsafe(48),
    }
    # The same instance folder as the server, so both use the same data key.
    app = measured_app(make_settings(folder, url))
    with app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="https://bench", subject="parent")
        session.add(account)
        session.flush()
        answers = {"requester.role": "parent_carer", "child.first_name": "Zoë"}
        draft = RequestDraft(account_id=account.id, requester_role="parent_carer", answers=answers)
        session.add(draft)
        token = signed_in(session, account.id)
        session.commit()
        draft_id = draft.id
    app.extensions["db_engine"].dispose()
    return env, f"__Host-session={token}", draft_id


def rate(port: int, path: str, cookie: str, seconds: float = SECONDS) -> float:
    done = 0
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def worker() -> None:
        nonlocal done
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        count = 0
        while time.perf_counter() < stop:
            connection.request("GET", path, headers={"Cookie": cookie})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path}: {response.status}")
            count += 1
        with lock:
            done += count

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done / seconds


def family_pages(draft: str) -> list[str]:
    base = f"/account/request/{draft}"
    questions = [
        f"{base}/{section.slug}/{page.slug}" for section in SECTIONS for page in section.pages
    ]
    return [
        *PUBLIC_PAGES,
        "/account/",
        "/account/request/who",
        f"{base}/",
        *questions,
        f"{base}/check",
    ]


def fetch(port: int, path: str, cookie: str) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Cookie": cookie})
    response = connection.getresponse()
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status}")
    return response.read().decode()


# Issue #20's target 5, for a worker after a run (bench/soak.py holds it to the same).
MEMORY_TARGET_MB = 120


def worker_memory_mb(master: int) -> list[float]:
    """Resident memory of each gunicorn worker (the master's children), from /proc."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def paired_rates(port: int, page: str, twin: str, cookie: str) -> tuple[float, float]:
    """Warm both up, then alternate them so neither gets the quieter moments."""
    rate(port, page, cookie, 0.25)
    rate(port, twin, cookie, 0.25)
    pages, twins = [], []
    for _ in range(ROUNDS):
        pages.append(rate(port, page, cookie))
        twins.append(rate(port, twin, cookie))
    return sum(pages) / ROUNDS, sum(twins) / ROUNDS


def main() -> None:
    base = os.environ.get("TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory() as folder:
        url = fresh_postgres_schema(base) if base else f"sqlite:///{folder}/bench.db"
        env, cookie, draft = prepare(Path(folder), url)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-w",
                "2",
                "-b",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
                "bench.app:app",
            ],
            env=env,
            stderr=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    http.client.HTTPConnection("127.0.0.1", port, timeout=1).request(
                        "GET", "/healthz"
                    )
                    break
                except OSError:
                    time.sleep(0.1)
            rows = []
            for page in family_pages(draft):
                twin = twins.twin_url(fetch(port, page, cookie))
                page_rate, twin_rate = paired_rates(port, page, twin, cookie)
                ratio = page_rate / twin_rate
                rows.append(
                    {
                        "page": page.replace(draft, "<draft>"),
                        "requests_per_second": round(page_rate, 1),
                        "twin_requests_per_second": round(twin_rate, 1),
                        "ratio": round(ratio, 2),
                        "target": TARGET,
                        "met": ratio >= TARGET,
                    }
                )
            memory = worker_memory_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)
            if base:
                drop_postgres_schema(url)
    database = "PostgreSQL" if base else "SQLite"
    print(f"{'page under gunicorn, ' + database:40} {'req/s':>8} {'twin':>8} {'ratio':>6}  target")
    for row in rows:
        rates = f"{row['requests_per_second']:>8} {row['twin_requests_per_second']:>8}"
        verdict = "met" if row["met"] else "MISSED"
        shown = row["page"] if len(row["page"]) < 40 else "…" + row["page"][-38:]
        print(f"{shown:40} {rates} {row['ratio']:>6}  >= {TARGET} {verdict}")
    largest = max(memory)
    verdict = "met" if largest <= MEMORY_TARGET_MB else "MISSED"
    sizes = ", ".join(f"{size:.0f}" for size in memory)
    print(f"memory per gunicorn worker after the run: {sizes} MB  <= {MEMORY_TARGET_MB} {verdict}")
    write_results(
        throughput={"database": database, "pages": rows},
        worker_memory_mb={"workers": memory, "target": MEMORY_TARGET_MB},
    )


if __name__ == "__main__":
    main()
