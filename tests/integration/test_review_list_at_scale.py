"""Caseworkers' list of annual reviews with many cases: a page reads that page's cases only
(the rest are ordered and counted by the database), in the order the reviews' dates give,
whatever the day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import reads
from portal.case_api.annual_reviews import review_from
from portal.models import Account, CaseCache, CaseLink
from portal.platform import db, deadlines, paging
from portal.platform.crypto import DataCipher
from tests.conftest import downgrade, migrate, sign_in
from tests.support.pages import page, seen
from tests.support.reviews import cases_with_reviews

LIST = "/caseworker/annual-reviews"


@pytest.fixture
def app(db_app: Flask) -> Flask:
    """Each test here on each configured database (SQLite, and PostgreSQL when set)."""
    return db_app


def caseworker(app: Flask) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    return staff


def decryptions(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Each encrypted value read from the database, from now on."""
    read: list[bytes] = []
    reading = DataCipher.decrypt

    def counting(self: DataCipher, token: bytes) -> bytes:
        read.append(token)
        return reading(self, token)

    monkeypatch.setattr(DataCipher, "decrypt", counting)
    return read


def test_a_page_of_reviews_reads_only_its_own_cases_however_many_there_are(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = caseworker(app)
    cases_with_reviews(app, 400)
    staff.get(LIST)
    read = decryptions(monkeypatch)
    for number in ("1", "9", "17"):
        read.clear()
        rows = page(staff.get(f"{LIST}?page={number}")).select(".portal-reviews tbody tr")
        assert rows
        assert len(read) <= paging.PER_PAGE, f"page {number} read {len(read)} cases' answers"


def dated(n: int, today: dt.date) -> dict[str, Any] | None:
    """A review somewhere in its year, by `n`: due, met, decided, amended or not, with a
    phase transfer, late or in time; or no review the portal could read."""
    day = today + dt.timedelta(days=(n * 7) % 90 - 45)
    iso = day.isoformat

    def later(days: int) -> str:
        return (day + dt.timedelta(days=days)).isoformat()

    shape = n % 9
    if shape == 0:
        return {"due_on": iso()}
    if shape == 1:
        return {"due_on": later(-30), "meeting_on": iso()}
    if shape == 2:
        return {
            "due_on": later(-40),
            "meeting_on": later(-20),
            "decision": {"outcome": "keep", "decided_on": iso()},
        }
    if shape in (3, 4):
        return {
            "due_on": later(-60),
            "meeting_on": later(-50),
            "decision": {
                "outcome": "amend",
                "decided_on": later(-40),
                "amendment_notice_on": iso(),
                "amended_plan_issued_on": later(20) if shape == 4 else None,
            },
        }
    if shape == 5:
        return {
            "due_on": later(-60),
            "meeting_on": later(-50),
            "decision": {
                "outcome": "amend",
                "decided_on": later(-40),
                "amendment_notice_on": iso(),
                "phase_transfer": "school",
                "transfer_year": today.year + (n % 2),
            },
        }
    if shape == 6:
        return {"due_on": iso(), "decision": {"outcome": "stop", "decided_on": later(-3)}}
    if shape == 7:
        return {"meeting_on": iso()}  # no due date: not a review the portal can list
    return None


def varied_cases(app: Flask, today: dt.date, how_many: int) -> dict[str, dict[str, Any] | None]:
    """Linked cases, each stored as the portal stores the case system's answers: a review
    of one shape or another, and a final plan or not, or one the council stopped."""
    now = dt.datetime.now(dt.UTC)
    held: dict[str, dict[str, Any] | None] = {}
    with app.app_context():
        session = db.session()
        account = session.scalars(select(Account.id)).first()
        assert account is not None
        for n in range(how_many):
            reference = f"BNT-2026-7{(n * 37) % how_many:05d}"
            session.add(
                CaseLink(
                    account_id=account,
                    case_reference=reference,
                    relationship="parent_carer",
                    via="link_code",
                )
            )
            review = dated(n, today)
            held[reference] = review
            if review is not None:
                reads._keep(reference, "review", review, now)
            if n % 4 == 0:
                reads._keep(reference, "plan", {"status": "final"}, now)
            elif n % 4 == 1:
                reads._keep(reference, "case", {"status": "final_plan"}, now)
            elif n % 4 == 2:
                reads._keep(reference, "case", {"status": "assessment"}, now)
            elif n % 8 == 7:  # the council stopped the plan, which still says final
                reads._keep(reference, "plan", {"status": "final"}, now)
                reads._keep(reference, "case", {"status": "plan_ceased"}, now)
        session.commit()
    return held


def expected(app: Flask, today: dt.date) -> list[str]:
    """The order the list has always had, worked out from every review: overdue first,
    then the soonest next step, then the reviews not known yet, each by reference; no
    case whose plan the council stopped."""
    with app.app_context():
        references = db.session().scalars(select(CaseLink.case_reference).distinct()).all()
        kept = {(c.case_reference, c.kind): c for c in db.session().scalars(select(CaseCache))}
        listed = []
        for reference in references:
            body = {
                kind: kept[reference, kind].body if (reference, kind) in kept else None
                for kind in ("review", "plan", "case")
            }
            review = (
                review_from(reference, reads.Read(body["review"], None, True))
                if body["review"]
                else None
            )
            planned = (body["plan"] or {}).get("status") == "final" or (body["case"] or {}).get(
                "status"
            ) == "final_plan"
            ceased = (body["case"] or {}).get("status") == "plan_ceased"
            if ceased or (review is None and not planned):
                continue
            if review is None:
                listed.append((2, dt.date.max, reference))
                continue
            step = review.next_step()
            due = step.due if step else dt.date.max
            listed.append((0 if review.overdue(today) else 1, due, reference))
    return [reference for *_, reference in sorted(listed)]


def shown(staff: FlaskClient) -> tuple[list[str], str]:
    references: list[str] = []
    number = 1
    while True:
        found = page(staff.get(f"{LIST}?page={number}"))
        if number == 1:
            counted = found.select_one("main p.govuk-body")
            assert counted is not None
            summary = counted.get_text(" ", strip=True)
        # The first cell: the case's reference, then the link to its consent record.
        references += [
            seen(r.select("td")[0]).split()[0] for r in found.select(".portal-reviews tbody tr")
        ]
        if found.select_one(".govuk-pagination a[rel=next]") is None:
            return references, summary
        number += 1


@pytest.mark.parametrize("days_on", [0, 30, -30])
def test_the_list_keeps_the_order_the_reviews_dates_give_whatever_the_day(
    app: Flask, monkeypatch: pytest.MonkeyPatch, days_on: int
) -> None:
    today = deadlines.council_today()
    staff = caseworker(app)
    varied_cases(app, today, 120)
    on = today + dt.timedelta(days=days_on)
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: on)
    references, summary = shown(staff)
    order = expected(app, on)
    assert references == order
    assert summary.endswith(f"of {len(order)}, overdue first.")


def test_reviews_kept_before_the_list_was_paged_by_the_database_are_listed_as_before(
    app: Flask, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers the portal kept before migration 0027 are given their columns by it, with
    the data keys the portal reads them with."""
    staff = caseworker(app)
    today = deadlines.council_today()
    varied_cases(app, today, 60)
    before = shown(staff)
    app.extensions["db_engine"].dispose()
    downgrade(database_url, "0026")
    monkeypatch.setenv("PORTAL_INSTANCE_PATH", str(tmp_path))
    migrate(database_url)
    # Going down and up again ends every web session (migration 0029): sign in again.
    assert shown(caseworker(app)) == before
    assert before[0] == expected(app, today)
