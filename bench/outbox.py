"""Outbox delivery rate to the reference case system, with one worker and with two.

Targets (issue #20): at least 500 messages a second with two workers, and two workers
at least 1.6 times one. Each run also reports the CPU each side spends on a message,
which says what this machine could reach at best. Uses PostgreSQL when TEST_DATABASE_URL is set
(as in CI), otherwise SQLite. Everything runs as it is deployed, each part in processes
of its own: the workers are `flask --app portal.app outbox run`, and the reference case
system runs under gunicorn, as the council's case system would on another machine.

The rate is read from the database, from the first claim to the last delivery, so a
worker's start-up and its idle polling are not counted.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests
from flask import Flask
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from bench import measured_app, write_results
from bench.throughput import free_port
from portal.models import OutboxMessage
from tests.conftest import (
    PROJECT_ROOT,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)
from tests.support.outbox import queue_requests

MESSAGES = 1000
TARGET = 500  # messages a second, with two workers
SCALING = 1.6  # two workers' rate over one's
# Two single-threaded processes: on two cores, threads in one process would queue for
# one interpreter lock. Threaded workers, for keep-alive: a sync worker closes each
# connection after its answer, and each call then paid for a new one at both ends.
CASE_SYSTEM_PROCESSES = 2
CASE_SYSTEM_WORKER = os.environ.get("BENCH_CASE_SYSTEM_WORKER", "gthread")
APPLICATION = "outbox-bench"  # the workers' connections, to find their server processes


def cpu_seconds(pid: int) -> float:
    """User and system time of a process and of its children that have ended."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def process_tree(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = [int(child) for child in children.read_text().split()] if children.exists() else []
    return [pid, *(p for child in found for p in process_tree(child))]


@contextmanager
def case_system(folder: str, secret: str) -> Iterator[tuple[str, int]]:
    port = free_port()
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "-w", str(CASE_SYSTEM_PROCESSES)),
            *("-k", CASE_SYSTEM_WORKER, "--threads", "1"),
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
        yield base, server.pid
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def outbox_workers(env: dict[str, str], count: int) -> Iterator[list[int]]:
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
        yield [worker.pid for worker in workers]
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(timeout=20)


def cpu_used(db: Session, workers: list[int], case_system_pid: int) -> dict[str, float]:
    """CPU seconds so far of the outbox workers, the case system's processes and, on
    PostgreSQL, the workers' server processes (found by their application name)."""
    backends: list[int] = []
    if db.get_bind().dialect.name == "postgresql":
        backends = list(
            db.scalars(
                text("SELECT pid FROM pg_stat_activity WHERE application_name = :name"),
                {"name": APPLICATION},
            )
        )
        db.rollback()
    return {
        "outbox workers": sum(map(cpu_seconds, workers)),
        "case system": sum(map(cpu_seconds, process_tree(case_system_pid))),
        "PostgreSQL": sum(map(cpu_seconds, backends)),
    }


def delivery_rate(
    app: Flask, env: dict[str, str], count: int, case_system_pid: int
) -> tuple[float, dict[str, float]]:
    """Messages a second, and CPU milliseconds a message on each side of the wire."""
    with outbox_workers(env, count) as workers, app.app_context():
        with app.extensions["db_sessionmaker"]() as db:
            before = cpu_used(db, workers, case_system_pid)
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
            after = cpu_used(db, workers, case_system_pid)
    lease = dt.timedelta(
        seconds=app.extensions["portal_settings"].config.case_api.outbox.lease_seconds
    )
    rate = MESSAGES / (last_delivery - (first_claim - lease)).total_seconds()
    return rate, {side: 1000 * (after[side] - before[side]) / MESSAGES for side in after}


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        secret = secrets.token_urlsafe(16)
        with case_system(folder, secret) as (system, case_system_pid):

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
                "PGAPPNAME": APPLICATION,
            }
            app = measured_app(settings)
            try:
                measured = {n: delivery_rate(app, env, n, case_system_pid) for n in (1, 2)}
            finally:
                app.extensions["db_engine"].dispose()
                if base:
                    drop_postgres_schema(url)
    database = "PostgreSQL" if base else "SQLite"
    rows: list[dict[str, Any]] = [
        {
            "workers": w,
            "messages_per_second": round(rate, 1),
            "database": database,
            "cpu_ms_per_message": {side: round(ms, 2) for side, ms in cpu.items()},
        }
        for w, (rate, cpu) in measured.items()
    ]
    rows[-1].update(target=TARGET, met=rows[-1]["messages_per_second"] >= TARGET)
    ratio = measured[2][0] / measured[1][0]
    rows.append(
        {"two_workers_over_one": round(ratio, 2), "target": SCALING, "met": ratio >= SCALING}
    )
    for row in rows[:2]:
        verdict = (
            f" (target >= {TARGET}: {'met' if row['met'] else 'MISSED'})" if "met" in row else ""
        )
        print(
            f"outbox, {row['workers']} worker(s), {database}: "
            f"{row['messages_per_second']} messages/s{verdict}; CPU ms a message: "
            + ", ".join(f"{side} {ms}" for side, ms in row["cpu_ms_per_message"].items())
        )
    total = sum(rows[0]["cpu_ms_per_message"].values())
    cores = os.cpu_count() or 1
    print(
        f"outbox, two workers over one: {ratio:.2f} (target >= {SCALING}: "
        f"{'met' if ratio >= SCALING else 'MISSED'}); at {total:.2f} CPU ms a message, "
        f"{cores} idle cores could carry at most {1000 * cores / total:.0f} a second"
    )
    write_results(outbox=rows)


if __name__ == "__main__":
    main()
