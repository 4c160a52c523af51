"""`flask retention run` over many expired rows: its peak memory and its longest transaction.

Fills a database with BENCH_RETENTION_ROWS sent requests (1,000,000 on PostgreSQL, 100,000
on SQLite), each with its draft and an audit event, all past their retention period, and
runs the retention job in a process of its own, once with 1,000 rows and once with the many.
Reports the job's peak memory (its own VmHWM) at both sizes, and, on PostgreSQL, the
longest transaction it held open, seen from pg_stat_activity every 10 ms. The targets:
memory at the large size within 1.2 times memory at 1,000 rows (bounded, not growing with
the rows), and no transaction longer than 2 seconds.

`python -m bench.retention postgresql://...` measures on PostgreSQL in a schema of its own;
TEST_DATABASE_URL does the same under `make bench`.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import resource
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

from bench import measured_app, write_results
from bench.queue import _copy, rows
from portal.models import Account, AssessmentRequest, AuditEvent, RequestDraft
from portal.platform import db
from tests.conftest import (
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)

SMALL = 1_000
BATCH = 20_000
MEMORY_TARGET = 1.2
LONGEST_TARGET_S = 2.0
EXPIRED = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
APPLICATION_NAME = "retention-bench"


def fill(url: str, folder: Path, count: int) -> None:
    migrate(url)
    app = measured_app(make_settings(folder, url))
    with app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="https://bench.example", subject="bench")
        session.add(account)
        session.commit()
        postgres = session.get_bind().dialect.name == "postgresql"
        batch: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for draft, request in rows(count, account.id):
            request.update(submitted_at=EXPIRED, delivered_at=EXPIRED)
            batch.append((draft, request))
            if len(batch) == BATCH or len(batch) == count:
                _write(session, postgres, batch)
                batch = []
        if batch:
            _write(session, postgres, batch)
        if postgres:
            session.connection().exec_driver_sql("ANALYZE")
            session.commit()
    app.extensions["db_engine"].dispose()


def _write(
    session: Any, postgres: bool, batch: list[tuple[dict[str, Any], dict[str, Any]]]
) -> None:
    drafts = [draft for draft, _ in batch]
    requests = [request for _, request in batch]
    events = [
        {"occurred_at": EXPIRED, "actor_kind": "system", "action": "bench.old"} for _ in batch
    ]
    if postgres:
        _copy(session, RequestDraft, drafts)
        _copy(session, AssessmentRequest, requests)
        _copy(session, AuditEvent, events)
    else:
        session.execute(insert(RequestDraft), drafts)
        session.execute(insert(AssessmentRequest), requests)
        session.execute(insert(AuditEvent), events)
    session.commit()


def child(url: str, folder: str, module: str | None) -> None:
    """Runs in the measured process: the retention job, then its peak memory and result.

    Configured as deployed: the sign-in providers and the case system are elsewhere, so
    the development servers the test configuration starts in threads of this process
    (each with memory of its own) are not counted as the job's."""

    def elsewhere(data: dict[str, Any]) -> None:
        for who in ("families", "staff"):
            data["identity_providers"][who].update(
                embedded=False, issuer=f"https://{who}-sign-in.invalid/"
            )
        data["case_api"].update(
            embedded=False,
            base_url="https://case-system.invalid/api",
            token_url="https://case-system.invalid/token",  # noqa: S106 (a URL)
        )

    config = write_config(Path(folder), elsewhere)
    settings = make_settings(
        Path(folder),
        url,
        PORTAL_CONFIG=str(config),
        CASE_API_CLIENT_SECRET=secrets.token_urlsafe(16),
    )
    app = measured_app(settings)
    if module:
        spec = importlib.util.spec_from_file_location("measured_retention", module)
        retention = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(retention)  # type: ignore[union-attr]
    else:
        from portal.ops import retention
    started = time.perf_counter()
    result = retention.run(app)
    seconds = time.perf_counter() - started
    # This process's own high-water mark (VmHWM), not getrusage's ru_maxrss: on Linux
    # ru_maxrss is kept across exec, so it counted the bench's own memory when it started
    # this process, after writing the rows (larger with more rows, so it looked like growth).
    status = Path("/proc/self/status").read_text().split("VmHWM:")
    peak_mb = (
        int(status[1].split()[0]) / 1024
        if len(status) > 1
        else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    print(json.dumps({"peak_mb": peak_mb, "seconds": seconds, "result": result}))


class LongestTransaction(threading.Thread):
    """Watches the measured process's connections for the longest open transaction."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.engine = create_engine(url)
        self.longest = 0.0
        self.statement = ""  # the statement running when the longest was last seen
        self.done = threading.Event()

    def run(self) -> None:
        query = text(
            "SELECT extract(epoch FROM clock_timestamp() - xact_start), query "
            "FROM pg_stat_activity WHERE application_name = :name AND xact_start IS NOT NULL "
            "ORDER BY xact_start LIMIT 1"
        )
        with self.engine.connect() as connection:
            while not self.done.wait(0.01):
                seen = connection.execute(query, {"name": APPLICATION_NAME}).first()
                connection.rollback()
                if seen and float(seen[0]) > self.longest:
                    self.longest, self.statement = float(seen[0]), " ".join(seen[1].split())
        self.engine.dispose()


def measure(database: str | None, count: int, module: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = fresh_postgres_schema(database) if database else f"sqlite:///{folder}/r.db"
        try:
            started = time.perf_counter()
            fill(url, Path(folder), count)
            print(f"  {count:,} rows in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            watched = f"{url}&application_name={APPLICATION_NAME}" if database else url
            watcher = LongestTransaction(url) if database else None
            if watcher:
                watcher.start()
            command = [sys.executable, "-m", "bench.retention", "--child", watched, folder]
            done = subprocess.run(
                [*command, *([module] if module else [])],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PORTAL_ENV": "test"},
            )
            if watcher:
                watcher.done.set()
                watcher.join()
            measured = json.loads(done.stdout.strip().splitlines()[-1])
            measured["longest_s"] = watcher.longest if watcher else None
            measured["longest_statement"] = watcher.statement[:300] if watcher else None
            return measured
        finally:
            if database:
                drop_postgres_schema(url)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
        return
    database = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TEST_DATABASE_URL")
    large = int(os.environ.get("BENCH_RETENTION_ROWS", 1_000_000 if database else 100_000))
    module = os.environ.get("BENCH_RETENTION_MODULE")  # an earlier version, to compare
    small, big = (measure(database, size, module) for size in (SMALL, large))
    ratio = big["peak_mb"] / small["peak_mb"]
    longest = big["longest_s"]
    report = {
        "database": "PostgreSQL" if database else "SQLite",
        "rows": large,
        "peak_mb_1000": round(small["peak_mb"], 1),
        "peak_mb_large": round(big["peak_mb"], 1),
        "memory_ratio": round(ratio, 2),
        "memory_target": MEMORY_TARGET,
        "longest_transaction_s": None if longest is None else round(longest, 2),
        "longest_target_s": LONGEST_TARGET_S,
        "longest_statement": big["longest_statement"],
        "seconds_large": round(big["seconds"], 1),
        "deleted_large": big["result"].get("sent requests"),
        "met": ratio <= MEMORY_TARGET and (longest is None or longest <= LONGEST_TARGET_S),
    }
    print(
        f"retention over {large:,} expired requests ({report['database']}): peak memory "
        f"{small['peak_mb']:.0f} MB at 1,000, {big['peak_mb']:.0f} MB at {large:,} "
        f"(ratio {ratio:.2f}, <= {MEMORY_TARGET}); longest transaction "
        f"{'n/a' if longest is None else f'{longest:.2f} s'} (<= {LONGEST_TARGET_S} s); "
        f"{big['seconds']:.0f} s in all; {'met' if report['met'] else 'MISSED'}"
    )
    if big["longest_statement"]:
        print(f"  the longest transaction was running: {big['longest_statement'][:200]}")
    write_results(retention=report)


if __name__ == "__main__":
    main()
