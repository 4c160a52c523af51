"""The family's account page and "Your data" as a family's record grows.

A family with one request (its document and the consent it gave) against a family with
50 requests, 200 documents and 500 consent events: each page's median server time with
the large record within 1.5 times its time with the small one. Both families are
measured in one run; uses PostgreSQL when TEST_DATABASE_URL is set, otherwise SQLite.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from bench import measured_app, write_results
from portal.models import AssessmentRequest, ConsentEvent, Document, RequestDraft
from portal.models.base import new_id
from portal.platform import db
from tests.conftest import (
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    sign_in,
)
from tests.support.requests import submitted

TARGET = 1.5
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "40"))
PAGES = {"account": "/account/", "your data": "/account/your-data"}
SMALL = {"requests": 1, "documents": 1, "consent events": 1}
LARGE = {"requests": 50, "documents": 200, "consent events": 500}


def _copy(row: Any, **changes: Any) -> Any:
    columns = {c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs}
    return type(row)(**{**columns, **changes})


def grow(app: Any, shape: dict[str, int]) -> None:
    """Adds to the one sent request's record until it has `shape`'s numbers of each."""
    with app.app_context():
        session = db.session()
        request = session.scalars(select(AssessmentRequest)).one()
        draft = session.get(RequestDraft, request.draft_id)
        assert draft is not None, "a sent request keeps its draft"
        for n in range(1, shape["requests"]):
            copy = _copy(draft, id=new_id())
            session.add(copy)
            session.flush()
            session.add(
                _copy(request, id=new_id(), draft_id=copy.id, reference=f"{request.reference}{n}")
            )
        for n in range(shape["documents"]):
            session.add(
                Document(
                    draft_id=draft.id,
                    account_id=request.account_id,
                    filename=f"school-report-{n}.pdf",
                    description="The school's report",
                    content_type="application/pdf",
                    size=120_000,
                    storage_key=new_id(),
                    sha256="0" * 64,
                    scan="clean",
                )
            )
        events = session.scalars(select(ConsentEvent)).all()
        for n in range(shape["consent events"] - len(events)):
            session.add(_copy(events[n % len(events)], id=new_id()))
        session.commit()


def measure(url: str, folder: Path, shape: dict[str, int]) -> dict[str, dict[str, float]]:
    migrate(url)
    app = measured_app(make_settings(folder, url))
    client = app.test_client()
    sign_in(client)
    submitted(client)
    grow(app, shape)
    queries = 0

    def counted(*_: Any) -> None:
        nonlocal queries
        queries += 1

    engine = app.extensions["db_engine"]
    result = {}
    for name, path in PAGES.items():
        for _ in range(5):
            client.get(path)
        samples = []
        event.listen(engine, "before_cursor_execute", counted)
        queries = 0
        for _ in range(ROUNDS):
            started = time.perf_counter()
            response = client.get(path)
            samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        event.remove(engine, "before_cursor_execute", counted)
        result[name] = {"ms": statistics.median(samples), "queries": queries / ROUNDS}
    engine.dispose()
    return result


def main() -> None:
    database = os.environ.get("TEST_DATABASE_URL")
    measured = []
    for shape in (SMALL, LARGE):
        with tempfile.TemporaryDirectory() as folder:
            url = fresh_postgres_schema(database) if database else f"sqlite:///{folder}/f.db"
            try:
                measured.append(measure(url, Path(folder), shape))
            finally:
                if database:
                    drop_postgres_schema(url)
    small, large = measured
    engine = "PostgreSQL" if database else "SQLite"
    report = []
    print(f"{'family page (' + engine + ')':28} {'small ms':>9} {'large ms':>9} {'ratio':>6}")
    for name in PAGES:
        ratio = large[name]["ms"] / small[name]["ms"]
        report.append(
            {
                "page": name,
                "database": engine,
                "large": LARGE,
                "ms_small": round(small[name]["ms"], 2),
                "ms_large": round(large[name]["ms"], 2),
                "queries_small": small[name]["queries"],
                "queries_large": large[name]["queries"],
                "ratio": round(ratio, 2),
                "target": TARGET,
                "met": ratio <= TARGET,
            }
        )
        print(
            f"{name:28} {small[name]['ms']:>9.2f} {large[name]['ms']:>9.2f} {ratio:>6.2f}  "
            f"<= {TARGET} {'met' if ratio <= TARGET else 'MISSED'}  "
            f"(queries {small[name]['queries']:.0f} -> {large[name]['queries']:.0f})"
        )
    write_results(family_growth=report)


if __name__ == "__main__":
    main()
