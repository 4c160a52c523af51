"""The triage queue with 1,000 and with 100,000 requests in the database.

Run with `make bench` (SQLite), or `python -m bench.queue postgresql://...` to measure
on PostgreSQL in a schema of its own. Both sizes are measured in one run on the same machine; the
target is that the 100,000-request times stay within 1.5 times the 1,000-request
times, for the first page of the queue and for filtered pages. As in a real service,
the open caseload is the same at both sizes and the decided history grows.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from portal.models import Account, AssessmentRequest, RequestDraft
from portal.platform import db
from tests.conftest import build_app, fresh_postgres_schema, make_settings, migrate, sign_in

SIZES = (1_000, 100_000)
TARGET = 1.5
ROUNDS = 60
PAGES = {
    "first page": "/caseworker/queue",
    "overdue, not assigned": "/caseworker/queue?overdue=1&unassigned=1",
    "due this week": "/caseworker/queue?week=1",
}
RESULTS = Path(__file__).with_name("results.json")


OPEN_CASELOAD = 600


def fill(app: Any, count: int) -> None:
    """`count` requests: the same open caseload at both sizes, the rest decided history,
    so that both sizes show full pages and only the history grows."""
    rng = random.Random(count)
    today = dt.date.today()
    with app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="https://bench.example", subject="bench")
        session.add(account)
        session.flush()
        for start in range(0, count, 5_000):
            drafts, requests = [], []
            for n in range(start, min(start + 5_000, count)):
                draft_id = uuid.uuid4().hex
                open_ = n < OPEN_CASELOAD
                days_ago = rng.randint(0, 90) if open_ else rng.randint(90, 1100)
                submitted = dt.datetime.combine(
                    today - dt.timedelta(days=days_ago), dt.time(10), dt.UTC
                )
                drafts.append(
                    {
                        "id": draft_id,
                        "account_id": account.id,
                        "requester_role": "parent_carer",
                        "answers": {},
                        "completed_sections": [],
                        "language": "en",
                        "created_at": submitted,
                        "updated_at": submitted,
                        "submitted_at": submitted,
                    }
                )
                requests.append(
                    {
                        "id": uuid.uuid4().hex,
                        "reference": f"BNT-BENCH-{n:07d}",
                        "draft_id": draft_id,
                        "account_id": account.id,
                        "requester_role": "parent_carer",
                        "answers": {"child.first_name": f"Child {n}"},
                        "language": "en",
                        "submitted_at": submitted,
                        "decision_due": submitted.date() + dt.timedelta(weeks=6),
                        "status": rng.choice(("received", "accepted"))
                        if open_
                        else "decided_assess",
                        "child_name": f"Child {n} Example",
                        "version": 1,
                    }
                )
            session.execute(insert(RequestDraft), drafts)
            session.execute(insert(AssessmentRequest), requests)
            session.commit()


def median_ms(client: Any, path: str) -> float:
    for _ in range(5):
        client.get(path)
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(samples)


def measure(url: str, folder: Path, count: int) -> dict[str, float]:
    migrate(url)
    app = build_app(make_settings(folder, url))
    fill(app, count)
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    result = {name: median_ms(client, path) for name, path in PAGES.items()}
    app.extensions["db_engine"].dispose()
    return result


def main() -> None:
    database = sys.argv[1] if len(sys.argv) > 1 else None
    measured = {}
    for count in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            url = (
                fresh_postgres_schema(database)
                if database
                else f"sqlite:///{folder}/queue-{count}.db"
            )
            measured[count] = measure(url, Path(folder), count)
    small, large = SIZES
    rows = []
    print(f"{'queue page':28} {'1,000 ms':>9} {'100,000 ms':>11} {'ratio':>6}  target")
    for name in PAGES:
        ratio = measured[large][name] / measured[small][name]
        rows.append(
            {
                "page": name,
                "ms_1000": round(measured[small][name], 2),
                "ms_100000": round(measured[large][name], 2),
                "ratio": round(ratio, 2),
                "target": TARGET,
                "met": ratio <= TARGET,
            }
        )
        print(
            f"{name:28} {measured[small][name]:>9.2f} {measured[large][name]:>11.2f} "
            f"{ratio:>6.2f}  <= {TARGET} {'met' if ratio <= TARGET else 'MISSED'}"
        )
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["queue"] = rows
    RESULTS.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
