"""For managers: the dashboard's figures and charts, and the SEN2 requests export."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from portal.models import AssessmentRequest, OutboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import one, page
from tests.support.queue import account, add_request, rows, trays
from tests.support.requests import submitted


@pytest.fixture
def manager(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "manager@council.example")
    return client


def test_the_dashboard_draws_charts_with_the_same_numbers_in_tables(
    app: Flask, client: FlaskClient, manager: FlaskClient
) -> None:
    sign_in(client)
    first, second = submitted(client), submitted(client)
    today = deadlines.council_today()
    with app.app_context():
        db.session().execute(
            update(AssessmentRequest)
            .where(AssessmentRequest.reference == first)
            .values(status="decided_assess", decided_on=today)
        )
        db.session().commit()
    shown = page(manager.get("/caseworker/dashboard"))
    charts = shown.select("svg[role=img]")
    assert len(charts) == 2 and all(chart.find("title") for chart in charts)
    weeks = shown.select("table")[1]
    assert sum(int(td.get_text()) for td in weeks.select("td")) == 2
    assert [int(t.get_text()) for t in charts[0].select("text")[::2]] == [
        int(td.get_text()) for td in weeks.select("td")
    ], "the chart and its table show the same numbers"
    text = shown.get_text(" ")
    assert "100% (1 of 1)" in text
    ages = shown.select("table")[2]
    assert sum(int(td.get_text()) for td in ages.select("td")) == 1, "one request is still open"
    assert second


def test_the_dashboard_counts_the_work_trays_and_links_to_each(db_app: Flask) -> None:
    manager = db_app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    add_request(db_app, "BNT-LATE", "Cai", -2)
    add_request(db_app, "BNT-SOON", "Ben", 3, assigned_to=account(db_app, "staff", "a@b.example"))
    add_request(db_app, "BNT-WAIT", "Dee", 20, status="more_information")
    add_request(db_app, "BNT-DONE", "Eve", -9, status="decided_not_assess")
    shown = page(manager.get("/caseworker/dashboard"))
    table: Any = shown.select_one("table")
    assert table.caption.get_text(strip=True) == "Work trays now"
    counted = {
        row.th.get_text(strip=True): (int(row.td.get_text()), row.th.a["href"])
        for row in table.select("tbody tr")
    }
    assert {label: count for label, (count, _href) in counted.items()} == {
        "All open": 3,
        "Not assigned": 2,
        "Due this week": 1,
        "Overdue": 1,
        "Waiting for the family": 1,
        "Family replied": 0,
        "Decided": 1,
        "All requests": 4,
    }
    overdue = page(manager.get(counted["Overdue"][1]))
    assert rows(overdue) == ["BNT-LATE"]
    assert trays(overdue)["Overdue"][0] == 1


def test_managers_only_and_a_caseworker_is_told_so_in_staff_words(app: Flask) -> None:
    """A caseworker on a manager's page met the families' refusal ("contact us", with the
    public SEN team's phone and email): staff are told the page is for managers, and to
    ask their manager for access."""
    caseworker = app.test_client()
    sign_in(caseworker, "staff", "caseworker@council.example")
    for address in ("/caseworker/dashboard", "/caseworker/sen2"):
        refused = caseworker.get(address)
        assert refused.status_code == 403
        main = one(page(refused), "main")
        words = main.get_text(" ", strip=True)
        assert "This page is for managers." in words, words
        assert "If you need to see it, ask your manager for access." in words, words
        assert "contact us" not in words and "If you need help" not in words, words
        assert main.select("a[href^='mailto:']") == [], "no public contact details"


def test_the_sen2_export_lists_the_years_requests_with_outcomes_and_no_formulas(
    app: Flask, client: FlaskClient, manager: FlaskClient
) -> None:
    sign_in(client)
    formula = submitted(client)
    withdrawn = submitted(client)
    duplicate = submitted(client)
    last_year = dt.datetime(deadlines.council_today().year - 1, 3, 2, 10, tzinfo=dt.UTC)
    with app.app_context():
        db.session().execute(update(AssessmentRequest).values(submitted_at=last_year))
        # Names are validated at the form, but the export must be safe whatever is stored.
        stored = (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == formula))
            .one()
        )
        stored.answers = {**stored.answers, "child.first_name": '=HYPERLINK("http://x")'}
        db.session().execute(
            update(AssessmentRequest)
            .where(AssessmentRequest.reference == withdrawn)
            .values(
                status="withdrawn",
                decided_on=last_year.date() + dt.timedelta(days=10),
                requester_role="young_person",  # asking for themselves
            )
        )
        db.session().execute(
            update(AssessmentRequest)
            .where(AssessmentRequest.reference == duplicate)
            .values(status="duplicate")
        )
        db.session().commit()
    year = deadlines.council_today().year
    response = manager.get(f"/caseworker/sen2/{year}.csv")
    assert (
        response.headers["Content-Disposition"]
        == f'attachment; filename="sen2-requests-{year}.csv"'
    )
    table = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(table) == 2, "the duplicate is left out"
    by_outcome = {row["RequestOutcome"]: row for row in table}
    assert by_outcome["W"]["RequestOutcomeDate"] == "2025-03-12".replace("2025", str(year - 1))
    assert by_outcome["A"]["RequestOutcomeDate"] == ""
    assert by_outcome["A"]["Forename"].startswith("'="), "a formula is neutralised"
    assert {row["ReceivedDate"] for row in table} == {f"{year - 1}-03-02"}
    assert {row["RequestSource"] for row in table} == {"1"}, "a parent, or the young person"
    assert manager.get(f"/caseworker/sen2/{year - 20}.csv").status_code == 404


@pytest.mark.parametrize(("language", "oldest_first_on_the"), [("en", "left"), ("ar", "right")])
def test_the_weeks_run_the_way_the_page_reads(
    manager: FlaskClient, language: str, oldest_first_on_the: str
) -> None:
    """A manager reading the dashboard in Arabic saw every part of the page run right to
    left but the weekly chart, whose weeks ran left to right."""
    shown = page(manager.get(f"/caseworker/dashboard?lang={language}"))
    chart = shown.select_one("svg[aria-labelledby^=received]")
    assert chart is not None
    xs = [
        float(str(bar["x"])) for bar in chart.select("rect")
    ]  # in the table's order, oldest first
    assert len(xs) == 12
    assert xs == sorted(xs, reverse=oldest_first_on_the == "right")


def _not_delivered_row(manager: FlaskClient) -> Any:
    shown = page(manager.get("/caseworker/dashboard"))
    return next(
        row
        for row in shown.select(".govuk-summary-list__row")
        if one(row, "dt").get_text(strip=True) == "Not delivered"
    )


def test_not_delivered_links_only_to_something_to_see_and_says_where(
    app: Flask, client: FlaskClient, manager: FlaskClient
) -> None:
    """A tester on the dashboard met a link whose only text was "0": a link says where it
    goes, and there is none when nothing was left undelivered."""
    row = _not_delivered_row(manager)
    assert one(row, "dd").get_text(" ", strip=True) == "0"
    assert row.select("a") == []
    sign_in(client)
    submitted(client)
    with app.app_context():
        db.session().execute(update(OutboxMessage).values(status="dead", last_error="422"))
        db.session().commit()
    row = _not_delivered_row(manager)
    links = row.select("a")
    assert [link.get_text(" ", strip=True) for link in links] == ["See the messages not delivered"]
    assert links[0]["href"].startswith("/caseworker/requests")
    assert one(row, "dd").get_text(" ", strip=True) != "0"
