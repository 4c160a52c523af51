"""Outbox delivery rate to the reference case system, with one worker and with two.

Target: at least 200 messages a second. Uses PostgreSQL when TEST_DATABASE_URL is set
(as in CI), otherwise SQLite. The reference case system runs in a process of its own
under gunicorn, as the council's case system would run on another machine, so the
portal's worker and the case system do not share one Python interpreter.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from bench.pages import RESULTS
from bench.throughput import free_port
from portal.case_api import outbox
from tests.conftest import (
    build_app,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)
from tests.support.outbox import queue_requests

MESSAGES = 500
TARGET = 200


def delivery_rate(app, workers: int) -> float:  # type: ignore[no-untyped-def]
    queue_requests(app, MESSAGES, "BNCH")
    threads = [threading.Thread(target=outbox.run_once, args=(app,)) for _ in range(workers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return MESSAGES / (time.perf_counter() - started)


def case_system(folder: str, secret: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-w",
            "1",
            "--threads",
            "8",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "portal.case_api.reference.wsgi:app",
        ],
        env={
            **os.environ,
            "CASE_SYSTEM_DATABASE_URL": f"sqlite:///{folder}/case-system.db",
            "CASE_SYSTEM_CLIENTS": f"send-portal:{secret}",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            requests.post(f"{base}/oauth/token", timeout=1)
            break
        except requests.RequestException:
            time.sleep(0.1)
    return server, base


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        secret = secrets.token_urlsafe(16)
        server, system = case_system(folder, secret)
        config = write_config(
            Path(folder),
            lambda data: data["case_api"].update(
                embedded=False, base_url=f"{system}/v1", token_url=f"{system}/oauth/token"
            ),
        )
        base = os.environ.get("TEST_DATABASE_URL")
        url = fresh_postgres_schema(base) if base else f"sqlite:///{folder}/bench.db"
        migrate(url)
        settings = make_settings(
            Path(folder), url, PORTAL_CONFIG=str(config), CASE_API_CLIENT_SECRET=secret
        )
        app = build_app(settings)
        try:
            rates = {workers: delivery_rate(app, workers) for workers in (1, 2)}
        finally:
            app.extensions["db_engine"].dispose()
            server.terminate()
            server.wait(timeout=10)
            if base:
                drop_postgres_schema(url)
    database = "PostgreSQL" if base else "SQLite"
    rows = [
        {
            "workers": w,
            "messages_per_second": round(r, 1),
            "target": TARGET,
            "met": r >= TARGET,
            "database": database,
        }
        for w, r in rates.items()
    ]
    for row in rows:
        verdict = "met" if row["met"] else "MISSED"
        print(
            f"outbox, {row['workers']} worker(s), {database}: "
            f"{row['messages_per_second']} messages/s (target >= {TARGET}: {verdict})"
        )
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["outbox"] = rows
    RESULTS.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
