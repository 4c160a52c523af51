"""Server time of each public page against a bare page with the same GOV.UK components.

Run with `make bench`. Both are measured in the same run, in the same process, so the
result is a ratio that does not depend on how fast this machine is:
ratio = bare page's median time / page's median time (target: at least 0.7).
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from flask import render_template_string

from portal.access import public
from tests.conftest import build_app, make_settings, migrate

PAGES = ["/", "/privacy", "/accessibility", "/cookies", "/contact"]
TARGET = 0.7
ROUNDS = 300
BARE = """{% extends "base.html" %}{% block title %}Bare{% endblock %}
{% block content %}<h1 class="govuk-heading-l">Bare</h1>{% endblock %}"""
RESULTS = Path(__file__).with_name("results.json")


def timings(client, path: str) -> list[float]:  # type: ignore[no-untyped-def]
    for _ in range(20):
        client.get(path)
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, path
    return samples


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        migrate(url)
        app = build_app(make_settings(Path(folder), url))
        app.add_url_rule("/bench/bare", "bench_bare", public(lambda: render_template_string(BARE)))
        client = app.test_client()
        bare = timings(client, "/bench/bare")
        bare_median = statistics.median(bare)
        rows = []
        for path in PAGES:
            samples = timings(client, path)
            median = statistics.median(samples)
            rows.append(
                {
                    "page": path,
                    "median_ms": round(median, 2),
                    "p95_ms": round(statistics.quantiles(samples, n=20)[18], 2),
                    "ratio": round(bare_median / median, 2),
                    "target": TARGET,
                    "met": bare_median / median >= TARGET,
                }
            )
    print(f"bare page median {bare_median:.2f} ms")
    print(f"{'page':16} {'median ms':>10} {'p95 ms':>8} {'ratio':>6}  target")
    for row in rows:
        print(
            f"{row['page']:16} {row['median_ms']:>10} {row['p95_ms']:>8} {row['ratio']:>6}  "
            f">= {TARGET} {'met' if row['met'] else 'MISSED'}"
        )
    RESULTS.write_text(json.dumps({"pages": rows, "bare_median_ms": bare_median}, indent=2))


if __name__ == "__main__":
    main()
