"""The soak (issue #20, target 4): many families at once through two app processes and two
outbox workers on one database, each family pausing on every page as a person does.

`make soak` runs 200 families for 300 seconds on PostgreSQL (TEST_DATABASE_URL; SQLite
without it). SOAK_FAMILIES, SOAK_SECONDS and SOAK_THINK ("5-30": each page's pause, in
seconds, drawn evenly from that range: reading a question and typing a name, an address
or a few lines about the child) make it smaller while developing.

In one run, everything as deployed and in processes of its own (two gunicorn app
processes behind a round-robin "load balancer" in the families' browsers, two
`flask outbox run` workers, the reference case system under gunicorn):

1. unloaded: one family asks for an assessment SOAK_BASELINE times without pausing (after
   one journey to warm both processes up), for each page kind's median time alone;
2. loaded: each family is first put part-way through a journey (untimed, a few at a
   time, as if the soak began while they were at it), then they all ask again and again,
   pausing on every page, until the time is up, leaving wherever they are then; every
   response is timed by page kind;
3. the outbox is drained, and every reference a confirmation page showed must be in the
   portal exactly once and in the case system exactly once, with its consent events.

Targets: no 5xx (nor any other error), nothing lost, each page kind's 95th percentile
under load within 4 times its unloaded median, and each gunicorn worker's resident
memory at most 120 MB after the soak. Prints p50, p95 and p99 per page kind and writes
them to bench/results.json under "soak".
"""

from __future__ import annotations

import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, select

from bench import measured_app, write_results
from bench.outbox import case_system, outbox_workers
from bench.soak_family import KINDS, PAUSES, Family, Record
from bench.throughput import MEMORY_TARGET_MB, free_port, worker_memory_mb
from devtools.reference_case_system.app import create_reference_app
from devtools.reference_case_system.models import Case, Entry
from portal.models import AssessmentRequest, OutboxMessage
from tests.conftest import (
    PROJECT_ROOT,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)
from tests.reliability.test_many_machines import sessions_for

FAMILIES = int(os.environ.get("SOAK_FAMILIES", "200"))
SECONDS = float(os.environ.get("SOAK_SECONDS", "300"))
_low, _high = os.environ.get("SOAK_THINK", "5-30").split("-", 1)
THINK = (float(_low), float(_high))
BASELINE = int(os.environ.get("SOAK_BASELINE", "8"))
# Each app process: one gunicorn worker (one core each) with threads for the waits on
# the database.
THREADS = int(os.environ.get("SOAK_THREADS", "4"))
TAIL_TARGET = 4.0  # loaded p95 over unloaded median, per page kind


def environment(folder: Path, url: str, system: str, secret: str) -> dict[str, str]:
    def change(data: dict[str, Any]) -> None:
        data["case_api"].update(
            embedded=False, base_url=f"{system}/v1", token_url=f"{system}/oauth/token"
        )
        # As in production: the sign-in providers are elsewhere (never contacted, as the
        # families are signed in already), not started inside each worker.
        for who in ("families", "staff"):
            data["identity_providers"][who].update(
                embedded=False, issuer=f"https://{who}-sign-in.invalid/"
            )

    config = write_config(folder, change)
    return {
        **os.environ,
        "PORTAL_ENV": "test",
        "PORTAL_CONFIG": str(config),
        "PORTAL_INSTANCE_PATH": str(folder / "instance"),
        "DATABASE_URL": url,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "CASE_API_CLIENT_SECRET": secret,
        "PYTHONUNBUFFERED": "1",
    }


def start_app(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "--config", "python:portal.gunicorn_config"),
            *("-w", "1", "--threads", str(THREADS), "-b", f"127.0.0.1:{port}"),
            "portal.wsgi:app",
        ],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    for _ in range(300):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).ok:
                return process
        except requests.RequestException:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the app did not start: see {log}")


def percentiles(times: list[float]) -> dict[str, float]:
    """p50, p95 and p99 in milliseconds."""
    cuts = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "p99": cuts[98] * 1000}


def unloaded(tokens: list[str], ports: list[int]) -> tuple[dict[str, float], list[str]]:
    """Each page kind's median alone (ms), after one journey to warm up; the references."""
    warm = Record()
    Family(tokens[0], ports, warm).request_assessment()
    alone = Record()
    family = Family(tokens[1], ports, alone)
    for _ in range(BASELINE):
        family.request_assessment()
    medians = {kind: statistics.median(alone.times[kind]) * 1000 for kind in KINDS}
    return medians, warm.references + alone.references


def loaded(tokens: list[str], ports: list[int]) -> Record:
    record = Record()
    families = [
        Family(token, ports, record, THINK, seed=number) for number, token in enumerate(tokens)
    ]
    # As if the soak began while they were at it: each family part-way through a journey
    # (a few at a time, untimed), so that every kind of page is asked for throughout the
    # soak and not in waves; a journey at these pauses takes longer than a soak.
    started = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda f: f.part_way(f.random.randrange(PAUSES)), families))
    print(f"  families part-way in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    stop = time.monotonic() + SECONDS
    threads = []
    for family in families:
        family.stop = stop
        thread = threading.Thread(target=family.keep_asking, daemon=True)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    return record


def undelivered(app: Any, seconds: float = 180) -> int:
    deadline = time.monotonic() + seconds
    with app.app_context(), app.extensions["db_sessionmaker"]() as session:
        while True:
            waiting = session.scalar(
                select(func.count()).where(OutboxMessage.status != "delivered")
            )
            session.rollback()
            if not waiting or time.monotonic() > deadline:
                return int(waiting or 0)
            time.sleep(0.2)


def lost_or_twice(app: Any, case_db: str, secret: str, shown: list[str]) -> dict[str, Any]:
    """Each reference shown exactly once in the portal and in the case system."""
    with app.app_context(), app.extensions["db_sessionmaker"]() as session:
        stored = list(session.scalars(select(AssessmentRequest.reference)))
    system = create_reference_app(case_db, {"send-portal": secret})
    with system.extensions["case_system"]["sessions"]() as session:
        cases = list(session.scalars(select(Case.reference)))
        consent = dict(
            session.execute(
                select(Entry.case_reference, func.count())
                .where(Entry.kind == "consent_event")
                .group_by(Entry.case_reference)
            ).all()
        )
    system.extensions["case_system"]["engine"].dispose()
    return {
        "shown": len(shown),
        "shown_twice": len(shown) - len(set(shown)),
        "missing_in_portal": len(set(shown) - set(stored)),
        "twice_in_portal": len(stored) - len(set(stored)),
        "missing_in_case_system": len(set(shown) - set(cases)),
        "twice_in_case_system": len(cases) - len(set(cases)),
        "without_their_consent_events": sum(consent.get(r) != 3 for r in set(shown)),
    }


def run(folder: Path, database: str | None) -> dict[str, Any]:
    secret = secrets.token_urlsafe(16)
    url = fresh_postgres_schema(database) if database else f"sqlite:///{folder}/soak.db"
    with ExitStack() as stack:
        if database:
            stack.callback(drop_postgres_schema, url)
        migrate(url)
        system, _ = stack.enter_context(case_system(str(folder), secret))
        env = environment(folder, url, system, secret)
        (folder / "instance").mkdir()
        tokens = sessions_for(env, FAMILIES + 2)
        ports = [free_port() for _ in range(2)]
        apps = [start_app(env, port, folder / f"app-{port}.log") for port in ports]
        for app_process in apps:
            stack.callback(app_process.wait, 20)
            stack.callback(app_process.terminate)
        fresh = [mb for a in apps for mb in worker_memory_mb(a.pid)]
        stack.enter_context(outbox_workers(env, 2))
        started = time.perf_counter()
        medians, references = unloaded(tokens[:2], ports)
        print(f"  unloaded medians in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        record = loaded(tokens[2:], ports)
        after = [mb for a in apps for mb in worker_memory_mb(a.pid)]
        settings = make_settings(folder, url, **env)
        app = measured_app(settings)
        stack.callback(app.extensions["db_engine"].dispose)
        waiting = undelivered(app)
        checked = lost_or_twice(
            app, f"sqlite:///{folder}/case-system.db", secret, references + record.references
        )
    return report(medians, record, checked, waiting, fresh, after, database)


def report(
    medians: dict[str, float],
    record: Record,
    checked: dict[str, Any],
    waiting: int,
    fresh: list[float],
    after: list[float],
    database: str | None,
) -> dict[str, Any]:
    pages = []
    for kind in KINDS:
        cuts = percentiles(record.times[kind]) if record.times[kind] else {}
        ratio = cuts["p95"] / medians[kind] if cuts else None
        pages.append(
            {
                "kind": kind,
                "responses": len(record.times[kind]),
                "unloaded_median_ms": round(medians[kind], 1),
                **{name: round(ms, 1) for name, ms in cuts.items()},
                "p95_over_unloaded_median": None if ratio is None else round(ratio, 2),
                "target": TAIL_TARGET,
                "met": ratio is not None and ratio <= TAIL_TARGET,
            }
        )
    errors = sum(n for status, n in record.statuses.items() if status >= 400)
    server_errors = sum(n for status, n in record.statuses.items() if status >= 500)
    nothing_lost = waiting == 0 and not any(v for k, v in checked.items() if k != "shown")
    return {
        "database": "PostgreSQL" if database else "SQLite",
        "families": FAMILIES,
        "seconds": SECONDS,
        "think_seconds": list(THINK),
        "threads_per_app_process": THREADS,
        "responses": sum(record.statuses.values()),
        # The timed ones: the responses counted above include the untimed walk part-way.
        "responses_per_second": round(sum(map(len, record.times.values())) / SECONDS, 1),
        "statuses": {str(k): v for k, v in sorted(record.statuses.items())},
        "server_errors": server_errors,
        "failures": record.failures[:20],
        "requests_sent": checked["shown"],
        "undelivered": waiting,
        "checks": checked,
        "nothing_lost": nothing_lost,
        "pages": pages,
        "worker_memory_mb": {
            "fresh": [round(mb, 1) for mb in fresh],
            "after_soak": [round(mb, 1) for mb in after],
            "target": MEMORY_TARGET_MB,
            "met": max(after) <= MEMORY_TARGET_MB,
        },
        "met": server_errors == 0
        and errors == 0
        and not record.failures
        and nothing_lost
        and all(page["met"] for page in pages)
        and max(after) <= MEMORY_TARGET_MB,
    }


def show(result: dict[str, Any]) -> None:
    print(
        f"soak: {result['families']} families for {result['seconds']:.0f} s "
        f"(pauses {result['think_seconds'][0]:g}-{result['think_seconds'][1]:g} s), "
        f"{result['database']}, 2 app processes x {result['threads_per_app_process']} "
        "threads, 2 outbox workers"
    )
    print(
        f"{'page kind':16} {'n':>6} {'alone':>8} {'p50':>8} {'p95':>8} {'p99':>8} {'p95/alone':>9}"
    )
    for page in result["pages"]:
        verdict = "met" if page["met"] else "MISSED"
        print(
            f"{page['kind']:16} {page['responses']:>6} {page['unloaded_median_ms']:>8} "
            f"{page.get('p50', '-'):>8} {page.get('p95', '-'):>8} {page.get('p99', '-'):>8} "
            f"{page['p95_over_unloaded_median'] or '-':>9}  <= {TAIL_TARGET} {verdict}"
        )
    print(
        f"responses {result['responses']} ({result['responses_per_second']}/s, "
        f"{result['statuses']}), 5xx {result['server_errors']}, "
        f"family failures {len(result['failures'])}; requests sent {result['requests_sent']}, "
        f"undelivered {result['undelivered']}, nothing lost: {result['nothing_lost']} "
        f"({result['checks']})"
    )
    for failure in result["failures"][:5]:
        print(f"  {failure}")
    memory = result["worker_memory_mb"]
    print(
        f"memory per gunicorn worker: fresh {memory['fresh']} MB, after the soak "
        f"{memory['after_soak']} MB  <= {MEMORY_TARGET_MB} {'met' if memory['met'] else 'MISSED'}"
    )
    print(f"soak: {'met' if result['met'] else 'MISSED'}")


def main() -> None:
    database = os.environ.get("TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory() as folder:
        result = run(Path(folder), database)
    show(result)
    write_results(soak=result)
    # Errors and anything lost fail `make soak`; the timing and memory targets are reported.
    if result["server_errors"] or result["failures"] or not result["nothing_lost"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
