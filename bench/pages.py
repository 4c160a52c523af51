"""Server time of each page against a bare page with the same GOV.UK components.

Run with `make bench`. Every page and the bare page are measured in the same run, in
the same process, so the result is a ratio that does not depend on the machine:
ratio = bare page's median / page's median (target: at least 0.7).

Pages are the public ones, and the request journey's pages for a signed-in parent
part-way through a request (so each page shows saved answers). Each question page is
compared with a bare twin built from the same GOV.UK components with fixed text; other
pages with a bare page of the layout alone.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from flask import render_template_string

from forms.request import SECTIONS
from portal import demo as portal_demo
from portal.access import public
from portal.case_api.reference import demo as case_system_demo
from tests.conftest import build_app, make_settings, migrate, sign_in
from tests.integration.test_request_journey import ANSWERS, fill, start

PUBLIC_PAGES = ["/", "/privacy", "/accessibility", "/cookies", "/contact", "/what-we-collect"]
TARGET = 0.7
ROUNDS = 200
BARE = """{% extends "base.html" %}{% block title %}Bare{% endblock %}
{% block content %}<h1 class="govuk-heading-l">Bare</h1>{% endblock %}"""
# The same GOV.UK components as a question page, with fixed text and no application
# logic: no database, no catalogue, no form.
BARE_QUESTIONS = Path(__file__).with_name("bare_questions.html").read_text()
RESULTS = Path(__file__).with_name("results.json")


def timings(client: Any, path: str) -> list[float]:
    for _ in range(20):
        client.get(path)
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return samples


def row(path: str, samples: list[float], bare_median: float) -> dict[str, Any]:
    median = statistics.median(samples)
    return {
        "page": path,
        "median_ms": round(median, 2),
        "p95_ms": round(statistics.quantiles(samples, n=20)[18], 2),
        "ratio": round(bare_median / median, 2),
        "target": TARGET,
        "met": bare_median / median >= TARGET,
    }


def bare_question_routes(app: Any) -> dict[str, str]:
    """A bare twin of each question page: /bench/bare/<section>/<page>."""
    app.jinja_env.filters["option_item"] = lambda value: {"value": value, "text": f"Option {value}"}
    twins = {}
    for section in SECTIONS:
        for page in section.pages:
            fields = [
                (unbound.field_class.__name__, len(unbound.kwargs.get("choices") or []))
                for name, unbound in vars(page.form).items()
                if name in page.form.catalogue_fields
            ]

            def view(fields: list[tuple[str, int]] = fields) -> str:
                return render_template_string(BARE_QUESTIONS, fields=fields)

            path = f"/bench/bare/{section.slug}/{page.slug}"
            app.add_url_rule(path, f"bench_{section.slug}_{page.slug}", public(view))
            twins[f"{section.slug}/{page.slug}"] = path
    return twins


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
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        migrate(url)
        app = build_app(make_settings(Path(folder), url))
        app.add_url_rule("/bench/bare", "bench_bare", public(lambda: render_template_string(BARE)))
        twins = bare_question_routes(app)
        portal_demo.seed(app)
        client = app.test_client()
        paths = PUBLIC_PAGES + request_pages(client)
        bare_median = statistics.median(timings(client, "/bench/bare"))
        rows = []
        for path in paths:
            twin = next((t for key, t in twins.items() if path.endswith("/" + key)), None)
            baseline = statistics.median(timings(client, twin)) if twin else bare_median
            rows.append(row(path, timings(client, path), baseline))
        app.extensions["db_engine"].dispose()
    print(f"bare page median {bare_median:.2f} ms (signed in)")
    print(f"{'page':60} {'median ms':>10} {'p95 ms':>8} {'ratio':>6}  target")
    for entry in rows:
        shown = entry["page"] if len(entry["page"]) < 60 else "…" + entry["page"][-58:]
        print(
            f"{shown:60} {entry['median_ms']:>10} {entry['p95_ms']:>8} {entry['ratio']:>6}  "
            f">= {TARGET} {'met' if entry['met'] else 'MISSED'}"
        )
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["server_time"] = {"bare_median_ms": bare_median, "pages": rows}
    RESULTS.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
