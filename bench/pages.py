"""Server time of each family page against its bare twin: the same GOV.UK components
with fixed text (see bench/twins.py).

Run with `make bench`. Each page and its twin are measured in the same run and the same
process, their requests alternating, so the result is a ratio that does not depend on
the machine: ratio = twin's median / page's median (target: at least 0.7).

Pages are the public ones, a signed-in parent's account and case pages, and the request
journey's pages part-way through a request (so each page shows saved answers). Uses
PostgreSQL when TEST_DATABASE_URL is set, otherwise SQLite.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import twins
from devtools import demo as portal_demo
from devtools.reference_case_system import demo as case_system_demo
from tests.conftest import (
    build_app,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    sign_in,
)
from tests.integration.test_request_journey import ANSWERS, fill, start

PUBLIC_PAGES = ["/", "/privacy", "/accessibility", "/cookies", "/contact", "/what-we-collect"]
TARGET = 0.7
ROUNDS = 200
RESULTS = Path(__file__).with_name("results.json")


def timed(client: Any, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def paired_timings(client: Any, page: str, twin: str) -> tuple[list[float], list[float]]:
    """Alternating, so that neither gets the machine's quieter moments."""
    for _ in range(20):
        timed(client, page), timed(client, twin)
    pages, twins = [], []
    for _ in range(ROUNDS):
        pages.append(timed(client, page))
        twins.append(timed(client, twin))
    return pages, twins


def row(path: str, samples: list[float], twin_samples: list[float]) -> dict[str, Any]:
    median, twin_median = statistics.median(samples), statistics.median(twin_samples)
    return {
        "page": path,
        "median_ms": round(median, 2),
        "p95_ms": round(statistics.quantiles(samples, n=20)[18], 2),
        "twin_median_ms": round(twin_median, 2),
        "twin_p95_ms": round(statistics.quantiles(twin_samples, n=20)[18], 2),
        "ratio": round(twin_median / median, 2),
        "target": TARGET,
        "met": twin_median / median >= TARGET,
    }


def request_pages(client: Any) -> list[str]:
    sign_in(client)
    draft = start(client)
    partial = {section: pages for section, pages in ANSWERS.items() if section != "support"}
    fill(client, draft, partial)
    base = f"/account/request/{draft}/"
    pages = [base] + [
        f"{base}{section}/{slug}" for section, slugs in ANSWERS.items() for slug in slugs
    ]
    plan = f"/account/cases/{case_system_demo.FINAL}"
    return ["/account/", plan, "/account/request/who", *pages, f"{base}check"]


def main() -> None:
    base = os.environ.get("TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory() as folder:
        url = fresh_postgres_schema(base) if base else f"sqlite:///{folder}/bench.db"
        migrate(url)
        app = build_app(make_settings(Path(folder), url))
        twins.register(app)
        portal_demo.seed(app)
        client = app.test_client()
        rows = []
        for path in PUBLIC_PAGES + request_pages(client):
            twin = twins.twin_url(client.get(path).get_data(as_text=True))
            rows.append(row(path, *paired_timings(client, path, twin)))
        app.extensions["db_engine"].dispose()
        if base:
            drop_postgres_schema(url)
    database = "PostgreSQL" if base else "SQLite"
    header = f"{'median ms':>10} {'p95 ms':>8} {'twin ms':>8} {'ratio':>6}  target"
    print(f"{'page, ' + database:60} {header}")
    for entry in rows:
        shown = entry["page"] if len(entry["page"]) < 60 else "…" + entry["page"][-58:]
        print(
            f"{shown:60} {entry['median_ms']:>10} {entry['p95_ms']:>8} "
            f"{entry['twin_median_ms']:>8} {entry['ratio']:>6}  "
            f">= {TARGET} {'met' if entry['met'] else 'MISSED'}"
        )
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["server_time"] = {"database": database, "pages": rows}
    RESULTS.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
