"""bandit reads the portal's own code: no finding of high severity is allowed."""

from __future__ import annotations

import json
import subprocess
import sys

from portal.platform.settings import PROJECT_ROOT


def test_bandit_finds_nothing_of_high_severity() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "bandit", "-r", "portal", "feedback", "forms", "-f", "json", "-q"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(run.stdout)
    assert report["results"] is not None and report["metrics"]["_totals"]["loc"] > 1000
    high = [
        f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}"
        for r in report["results"]
        if r["issue_severity"] == "HIGH"
    ]
    assert high == []
