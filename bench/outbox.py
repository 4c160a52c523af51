"""Outbox delivery rate to the reference case system, with one worker and with two.

Target: at least 200 messages a second. Uses PostgreSQL when TEST_DATABASE_URL is set
(as in CI), otherwise SQLite. Everything runs as it is deployed, each part in processes
of its own: the workers are `flask --app portal.app outbox run`, and the reference case
system runs under gunicorn, as the council's case system would on another machine.

The rate is read from the database, from the first claim to the last delivery, so a
worker's start-up and its idle polling are not counted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from flask import Flask
from sqlalchemy import func, select

from bench.pages import RESULTS
from bench.throughput import free_port
from portal.models import OutboxMessage
from tests.conftest import (
    PROJECT_ROOT,
    build_app,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)
from tests.support.outbox import queue_requests

MESSAGES = 1000
TARGET = 200
# Two single-threaded processes: on two cores, threads in one process would queue for
# one interpreter lock.
CASE_SYSTEM_PROCESSES = 2


@contextmanager
def case_system(folder: str, secret: str) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "-w", str(CASE_SYSTEM_PROCESSES)),
            *("-b", f"127.0.0.1:{port}", "--log-level", "warning"),
            "devtools.reference_case_system.wsgi:app",
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
    try:
        for _ in range(100):
            try:
                requests.post(f"{base}/oauth/token", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def outbox_workers(env: dict[str, str], count: int) -> Iterator[None]:
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "portal.app", "outbox", "run"],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            worker.stdout.readline()  # "Delivering outbox messages."
        yield
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=20)


def delivery_rate(app: Flask, env: dict[str, str], workers: int) -> float:
    with outbox_workers(env, workers), app.app_context():
        queued = dt.datetime.now(dt.UTC)
        queue_requests(app, MESSAGES, "BNCH")
        this_run = OutboxMessage.created_at >= queued
        with app.extensions["db_sessionmaker"]() as db:
            deadline = time.monotonic() + 120
            while undelivered := db.scalar(
                select(func.count()).where(this_run, OutboxMessage.status != "delivered")
            ):
                if time.monotonic() > deadline:
                    raise SystemExit(f"outbox: {undelivered} messages not delivered")
                db.rollback()
                time.sleep(0.05)
            # A claim sets next_attempt_at to the claim's time plus the lease.
            first_claim, last_delivery = db.execute(
                select(
                    func.min(OutboxMessage.next_attempt_at), func.max(OutboxMessage.delivered_at)
                ).where(this_run)
            ).one()
    lease = dt.timedelta(
        seconds=app.extensions["portal_settings"].config.case_api.outbox.lease_seconds
    )
    return MESSAGES / (last_delivery - (first_claim - lease)).total_seconds()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        secret = secrets.token_urlsafe(16)
        with case_system(folder, secret) as system:

            def change(data: dict) -> None:  # type: ignore[type-arg]
                data["case_api"].update(
                    embedded=False, base_url=f"{system}/v1", token_url=f"{system}/oauth/token"
                )
                data["case_api"]["outbox"]["poll_seconds"] = 0.05

            config = write_config(Path(folder), change)
            base = os.environ.get("TEST_DATABASE_URL")
            url = fresh_postgres_schema(base) if base else f"sqlite:///{folder}/bench.db"
            migrate(url)
            environ = {"PORTAL_CONFIG": str(config), "CASE_API_CLIENT_SECRET": secret}
            settings = make_settings(Path(folder), url, **environ)
            env = {
                **os.environ,
                **environ,
                "PORTAL_ENV": "test",
                "PORTAL_INSTANCE_PATH": folder,
                "DATABASE_URL": url,
                "SECRET_KEY": settings.secret_key,
                "PYTHONUNBUFFERED": "1",
            }
            app = build_app(settings)
            try:
                rates = {workers: delivery_rate(app, env, workers) for workers in (1, 2)}
            finally:
                app.extensions["db_engine"].dispose()
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
