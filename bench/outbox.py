"""Outbox delivery rate to the reference case system, with one worker and with two.

Target: at least 200 messages a second. Uses PostgreSQL when TEST_DATABASE_URL is set
(as in CI), otherwise SQLite.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path

from bench.pages import RESULTS
from portal.case_api import outbox
from tests.conftest import (
    build_app,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
)
from tests.support.outbox import queue_requests

MESSAGES = 500
TARGET = 200


def delivery_rate(app, workers: int) -> float:  # type: ignore[no-untyped-def]
    queue_requests(app, MESSAGES, "BNCH")
    threads = [threading.Thread(target=outbox.run_once, args=(app,)) for _ in range(workers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return MESSAGES / (time.perf_counter() - started)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = os.environ.get("TEST_DATABASE_URL")
        url = fresh_postgres_schema(base) if base else f"sqlite:///{folder}/bench.db"
        migrate(url)
        app = build_app(make_settings(Path(folder), url))
        try:
            rates = {workers: delivery_rate(app, workers) for workers in (1, 2)}
        finally:
            app.extensions["db_engine"].dispose()
            if base:
                drop_postgres_schema(url)
    database = "PostgreSQL" if base else "SQLite"
    rows = [
        {
            "workers": w,
            "messages_per_second": round(r, 1),
            "target": TARGET,
            "met": r >= TARGET,
            "database": database,
        }
        for w, r in rates.items()
    ]
    for row in rows:
        verdict = "met" if row["met"] else "MISSED"
        print(
            f"outbox, {row['workers']} worker(s), {database}: "
            f"{row['messages_per_second']} messages/s (target >= {TARGET}: {verdict})"
        )
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results["outbox"] = rows
    RESULTS.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
