"""Server time of each page against its bare twin: the same GOV.UK and MoJ components
with fixed text (see bench/twins.py).

Run with `make bench`. Each page and its twin are measured in the same run and the same
process, their requests alternating, so the result is a ratio that does not depend on
the machine: ratio = twin's median / page's median (target: at least 0.85, the
family's pages and the caseworker's).

Pages are the public ones, a signed-in parent's account and case pages, the request
journey's pages part-way through a request (so each page shows saved answers), and a
caseworker's queue and every section of a sent request that has been assigned, asked
about and noted. Uses PostgreSQL when TEST_DATABASE_URL is set, otherwise SQLite. Give
a path prefix as an argument (`python -m bench.pages /caseworker`) to measure only the
pages under it.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import select

from bench import RESULTS, measured_app, twins, write_results
from devtools import demo as portal_demo
from devtools.reference_case_system import demo as case_system_demo
from portal.models import Account
from portal.platform import db
from tests.conftest import (
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    sign_in,
)
from tests.support.pages import hidden
from tests.support.requests import ANSWERS, fill, start, submitted
from tests.support.staff import act

PUBLIC_PAGES = ["/", "/privacy", "/accessibility", "/cookies", "/contact", "/what-we-collect"]
TARGET = 0.85
STAFF_TARGET = 0.85
CASEWORKER = "caseworker@council.example"
SECTIONS = ("", "/answers", "/consent", "/views", "/documents", "/messages", "/history")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))


def timed(client: Any, path: str) -> float:
    started = time.perf_counter()
    response = client.get(path)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed


def paired_timings(client: Any, page: str, twin: str) -> tuple[list[float], list[float]]:
    """Alternating, so that neither gets the machine's quieter moments."""
    for _ in range(min(20, ROUNDS)):
        timed(client, page), timed(client, twin)
    pages, twins = [], []
    for _ in range(ROUNDS):
        pages.append(timed(client, page))
        twins.append(timed(client, twin))
    return pages, twins


def row(path: str, samples: list[float], twin_samples: list[float]) -> dict[str, Any]:
    median, twin_median = statistics.median(samples), statistics.median(twin_samples)
    target = STAFF_TARGET if path.startswith("/caseworker/") else TARGET
    return {
        "page": path,
        "median_ms": round(median, 2),
        "p95_ms": round(statistics.quantiles(samples, n=20)[18], 2),
        "twin_median_ms": round(twin_median, 2),
        "twin_p95_ms": round(statistics.quantiles(twin_samples, n=20)[18], 2),
        "ratio": round(twin_median / median, 2),
        "target": target,
        "met": twin_median / median >= target,
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


def staff_pages(app: Flask, staff: Any) -> list[str]:
    """A caseworker's queue and the sections of a request they were assigned, asked the
    family about and wrote a note on."""
    family = app.test_client()
    sign_in(family, person="bench-family@example.org")  # the parent's account stays as it was
    reference = submitted(family)
    sign_in(staff, "staff", CASEWORKER)
    with app.app_context():
        me = db.session().scalars(select(Account.id).where(Account.email == CASEWORKER)).one()
    assert act(staff, reference, "assign", {"assignee": me}).status_code == 302
    asked = {"message": "Please send the latest school report."}
    assert act(staff, reference, "more_information", asked).status_code == 302
    base = f"/caseworker/requests/{reference}"
    note = {"text": "Rang the school: the SENCo will send the plan by Friday."}
    fields = hidden(staff.get(base))
    assert (
        staff.post(f"{base}/notes", data={**note, "csrf_token": fields["csrf_token"]}).status_code
        == 302
    )
    return ["/caseworker/queue", *(f"{base}{section}" for section in SECTIONS)]


def main() -> None:
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    base = os.environ.get("TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory() as folder:
        url = fresh_postgres_schema(base) if base else f"sqlite:///{folder}/bench.db"
        migrate(url)
        app = measured_app(make_settings(Path(folder), url))
        twins.register(app)
        portal_demo.seed(app)
        client, staff = app.test_client(), app.test_client()
        family_paths = PUBLIC_PAGES + request_pages(client)
        measured = [(client, path) for path in family_paths]
        measured += [(staff, path) for path in staff_pages(app, staff)]
        rows = []
        for who, path in measured:
            if not path.startswith(only):
                continue
            twin = twins.twin_url(who.get(path).get_data(as_text=True))
            rows.append(row(path, *paired_timings(who, path, twin)))
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
            f">= {entry['target']} {'met' if entry['met'] else 'MISSED'}"
        )
    earlier = json.loads(RESULTS.read_text()).get("server_time", {}) if RESULTS.exists() else {}
    if only and earlier.get("database") == database:
        rows = [e for e in earlier["pages"] if not e["page"].startswith(only)] + rows
    write_results(server_time={"database": database, "pages": rows})


if __name__ == "__main__":
    main()
