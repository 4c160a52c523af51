"""The triage queue with 1,000 requests in the database and with many more.

Run with `make bench` (SQLite, or PostgreSQL when TEST_DATABASE_URL is set), or
`python -m bench.queue postgresql://...` to measure on PostgreSQL in a schema of its own.
Both sizes are measured in one run, their requests alternating. The large size is 1,000,000
requests on PostgreSQL and 100,000 on SQLite; BENCH_QUEUE_ROWS sets it. The target is that
the large times stay within 1.2 times the 1,000-request times on PostgreSQL (1.5 on
SQLite), for the first page of the queue, filtered pages and searches. As in a real
service, the open caseload is the same at both sizes and the decided history grows.

Rows are written in batches (COPY on PostgreSQL), so a million take a minute or two.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench import measured_app, write_results
from portal.models import Account, AssessmentRequest, RequestDraft
from portal.models.folding import folded
from portal.platform import db
from tests.conftest import (
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    sign_in,
)

SMALL = 1_000
ROUNDS = 60
BATCH = 20_000
OPEN_CASELOAD = 600
FIRST_NAMES = ("Amara", "Tobi", "Zofia", "Yusuf", "Ioana", "Leyla", "Oliver", "Maya", "Ravi")
# The name searched for is a rare surname: five children have it at every size (one of
# them with an open request), as in a real caseload; the common surnames grow with it.
SEARCHED = "Quennell"
PAGES = {
    "first page": "/caseworker/queue",
    "overdue, not assigned": "/caseworker/queue?tray=overdue&assigned=none",
    "due this week": "/caseworker/queue?tray=week",
    "search by name": f"/caseworker/queue?tray=all&q={SEARCHED}",
    "search by reference": "/caseworker/queue?tray=all&q=BNT-BENCH-0000042",
}


def surname(rng: random.Random) -> str:
    syllables = ("ab", "ber", "cott", "dal", "ek", "fin", "gar", "hol", "ing", "jon", "kar")
    return "".join(rng.choice(syllables) for _ in range(3)).title()


def rows(count: int, account_id: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """`count` requests with their drafts: the same open caseload at every size, the rest
    decided history, so that both sizes show full pages and only the history grows."""
    rng = random.Random(count)
    today = dt.date.today()
    for n in range(count):
        draft_id = uuid.uuid4().hex
        open_ = n < OPEN_CASELOAD
        days_ago = rng.randint(0, 90) if open_ else rng.randint(90, 1100)
        submitted = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(10), dt.UTC)
        family = SEARCHED if n in (7, 207, 407, 607, 807) else surname(rng)
        draft = {
            "id": draft_id,
            "account_id": account_id,
            "requester_role": "parent_carer",
            "answers": {},
            "completed_sections": [],
            "language": "en",
            "created_at": submitted,
            "updated_at": submitted,
            "submitted_at": submitted,
        }
        # Drawn in the order the rows have always been drawn in (status, then first name).
        status = rng.choice(("received", "accepted")) if open_ else "decided_assess"
        name = f"{rng.choice(FIRST_NAMES)} {family}"
        request = {
            "id": uuid.uuid4().hex,
            "reference": f"BNT-BENCH-{n:07d}",
            "draft_id": draft_id,
            "account_id": account_id,
            "requester_role": "parent_carer",
            "answers": {},
            "language": "en",
            "submitted_at": submitted,
            "decision_due": submitted.date() + dt.timedelta(weeks=6),
            "status": status,
            "child_name": name,
            "child_name_search": folded(name),
            "version": 1,
        }
        yield draft, request


def _copy(session: Any, model: Any, batch: list[dict[str, Any]]) -> None:
    """COPY the rows; the answers, the same empty ones in every row, are encrypted once."""
    table = model.__table__
    dialect = session.get_bind().dialect
    constants = {
        name: (table.c[name].type.bind_processor(dialect) or json.dumps)(value)
        for name, value in batch[0].items()
        if isinstance(value, dict | list)
    }
    buffer = io.StringIO()
    for row in batch:
        values = [
            constants[name] if name in constants else str(value) for name, value in row.items()
        ]
        buffer.write("\t".join(values) + "\n")
    raw = session.connection().connection.driver_connection
    statement = f"COPY {table.name} ({', '.join(batch[0])}) FROM STDIN"
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        copy.write(buffer.getvalue())


def fill(app: Any, count: int) -> None:
    with app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="https://bench.example", subject="bench")
        session.add(account)
        session.commit()
        postgres = session.get_bind().dialect.name == "postgresql"
        drafts: list[dict[str, Any]] = []
        requests: list[dict[str, Any]] = []
        for draft, request in rows(count, account.id):
            drafts.append(draft)
            requests.append(request)
            if len(drafts) == BATCH:
                _write(session, postgres, drafts, requests)
                drafts, requests = [], []
        if drafts:
            _write(session, postgres, drafts, requests)
        if postgres:
            session.connection().exec_driver_sql("ANALYZE")
        session.commit()


def _write(
    session: Any, postgres: bool, drafts: list[dict[str, Any]], requests: list[dict[str, Any]]
) -> None:
    if postgres:
        _copy(session, RequestDraft, drafts)
        _copy(session, AssessmentRequest, requests)
    else:
        session.execute(insert(RequestDraft), drafts)
        session.execute(insert(AssessmentRequest), requests)
    session.commit()


def timed(client: Any, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return (time.perf_counter() - started) * 1000


def prepared(url: str, folder: Path, count: int) -> tuple[Any, Any]:
    migrate(url)
    app = measured_app(make_settings(folder, url))
    started = time.perf_counter()
    fill(app, count)
    print(f"  {count:,} requests written in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return app, client


def measure(clients: dict[int, Any]) -> dict[int, dict[str, float]]:
    """Each page's median at each size, their requests alternating, so that the ratio
    does not depend on what else the machine was doing."""
    samples: dict[int, dict[str, list[float]]] = {size: {} for size in clients}
    for name, path in PAGES.items():
        for client in clients.values():
            for _ in range(5):
                timed(client, path)
        for _ in range(ROUNDS):
            for size, client in clients.items():
                samples[size].setdefault(name, []).append(timed(client, path))
    return {
        size: {name: statistics.median(times) for name, times in pages.items()}
        for size, pages in samples.items()
    }


def main() -> None:
    database = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TEST_DATABASE_URL")
    large = int(os.environ.get("BENCH_QUEUE_ROWS", 1_000_000 if database else 100_000))
    target = 1.2 if database else 1.5
    with tempfile.TemporaryDirectory() as folder:
        urls = {
            count: fresh_postgres_schema(database)
            if database
            else f"sqlite:///{folder}/queue-{count}.db"
            for count in (SMALL, large)
        }
        try:
            apps = {count: prepared(url, Path(folder), count) for count, url in urls.items()}
            measured = measure({count: client for count, (_, client) in apps.items()})
            for app, _ in apps.values():
                app.extensions["db_engine"].dispose()
        finally:
            if database:
                for url in urls.values():
                    drop_postgres_schema(url)
    report = []
    engine = "PostgreSQL" if database else "SQLite"
    print(f"{'queue page (' + engine + ')':28} {'1,000 ms':>9} {f'{large:,} ms':>13} {'ratio':>6}")
    for name in PAGES:
        small_ms, large_ms = measured[SMALL][name], measured[large][name]
        ratio = large_ms / small_ms
        report.append(
            {
                "page": name,
                "database": engine,
                "rows": large,
                "ms_1000": round(small_ms, 2),
                "ms_large": round(large_ms, 2),
                "ratio": round(ratio, 2),
                "target": target,
                "met": ratio <= target,
            }
        )
        print(
            f"{name:28} {small_ms:>9.2f} {large_ms:>13.2f} {ratio:>6.2f}  "
            f"<= {target} {'met' if ratio <= target else 'MISSED'}"
        )
    write_results(queue=report)


if __name__ == "__main__":
    main()
