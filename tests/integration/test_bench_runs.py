"""`make bench` measures every page against its twin.

Once the tests' client checked the HTML of every page, `python -m bench.pages` stopped
at its first twin (a twin has no heading of its own) and reported nothing: the benches
are not run by the suite, so nobody saw. This runs the page bench for a couple of rounds
on SQLite, in a process of its own as `make bench` does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_page_bench_reports_every_page_against_its_twin(tmp_path: Path) -> None:
    results = tmp_path / "results.json"
    env = {**os.environ, "PORTAL_ENV": "test", "BENCH_ROUNDS": "2", "BENCH_RESULTS": str(results)}
    # On SQLite even under CI: on PostgreSQL the same run took 29 s of a CI run's worker
    # (a schema of its own, migrated), and the page bench's code is the same on both.
    for name in ("CI", "TEST_DATABASE_URL"):
        env.pop(name, None)
    run = subprocess.run(
        [sys.executable, "-m", "bench.pages"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    reported = json.loads(results.read_text())["server_time"]
    assert reported["database"] == "SQLite"
    pages = {entry["page"]: entry for entry in reported["pages"]}
    for page in ("/", "/account/", "/caseworker/queue"):
        assert page in pages, sorted(pages)
    assert any(page.endswith("/check") for page in pages)
    assert any(page.endswith("/history") for page in pages)
    for entry in pages.values():
        assert entry["median_ms"] > 0 and entry["twin_median_ms"] > 0, entry
    assert "/caseworker/queue" in run.stdout
