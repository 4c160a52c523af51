"""What `make bench` and `make soak` share: the application they measure and the file
they report into."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from flask import Flask

from portal.app import create_app
from portal.platform.settings import Settings

RESULTS = Path(os.environ.get("BENCH_RESULTS") or Path(__file__).with_name("results.json"))


def measured_app(settings: Settings) -> Flask:
    """The portal with Flask's own test client. The tests' client checks the HTML of every
    page it fetches, which would be timed as part of each page (and refuses a twin, which
    has no heading of its own)."""
    return create_app(settings)


def write_results(**figures: Any) -> dict[str, Any]:
    """Write `figures` into bench/results.json (or BENCH_RESULTS) beside what the other
    benches wrote there, and return everything it holds."""
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results.update(figures)
    RESULTS.write_text(json.dumps(results, indent=2))
    return results
