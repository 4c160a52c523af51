"""A family's case page says what is true now at each step of the case."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Plan
from portal.platform import deadlines
from portal.platform.i18n import BRITISH_ENGLISH
from tests.conftest import sign_in
from tests.support.links import BORN, issue_code, redeem


def _steps(client: FlaskClient, reference: str) -> dict[str, str]:
    html = BeautifulSoup(
        client.get(f"/account/cases/{reference}").get_data(as_text=True), "html.parser"
    )
    return {
        li.contents[0].strip(): li.get_text(" ", strip=True)
        for li in html.select(".portal-progress > li")
    }


def _linked(app: Flask, client: FlaskClient, reference: str, person: str, role: str) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client, person=person)
    redeem(client, issue_code(staff, reference, "Jo Family", role), BORN[reference])


def _set_next_review(app: Flask, due: dt.date) -> dt.date:
    """Returns the date it replaced: the case system is shared by every test in the process."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        plan = session.get(Plan, demo.FINAL)
        before = plan.next_review_due
        plan.next_review_due = due
        session.commit()
    return before


def _long(day: dt.date) -> str:
    from babel.dates import format_date

    return format_date(day, "long", locale=BRITISH_ENGLISH)


def test_after_the_decision_to_assess_the_page_says_it_was_made(
    app: Flask, client: FlaskClient
) -> None:
    _linked(app, client, demo.DRAFT, "young.person@example.org", "young_person")
    steps = _steps(client, demo.DRAFT)
    deciding = steps["Deciding whether to assess"]
    assert "We must decide by" not in deciding, deciding
    assert "We decided to assess on 13 July 2026" in deciding and "Done" in deciding
    final = steps["Final EHC plan"]
    assert "If we assess" not in final and "due by 19 October 2026" in final
    assert "Now" in steps["Draft EHC plan"]


def test_a_final_plan_is_done_not_now(app: Flask, client: FlaskClient) -> None:
    _linked(app, client, demo.FINAL, "parent@example.org", "parent_carer")
    steps = _steps(client, demo.FINAL)
    final = steps["Final EHC plan"]
    assert "Now" not in final and "Done" in final, final
    assert "Issued on 21 July 2025" in final and "due by" not in final
    assert all("Done" in text for text in steps.values()), steps
    assert "We decided to assess on 14 April 2025" in steps["Deciding whether to assess"]


@pytest.mark.parametrize("days", [-10, 30])
def test_an_annual_review_past_its_date_is_marked_overdue(
    app: Flask, client: FlaskClient, days: int
) -> None:
    due = deadlines.council_today() + dt.timedelta(days=days)
    before = _set_next_review(app, due)
    try:
        _linked(app, client, demo.FINAL, "parent@example.org", "parent_carer")
        html = BeautifulSoup(
            client.get(f"/account/cases/{demo.FINAL}").get_data(as_text=True), "html.parser"
        )
        text = html.get_text(" ", strip=True)
        assert _long(due) in text
        if days < 0:
            assert "The annual review was due by " + _long(due) in text
            assert html.select_one(".govuk-summary-list .govuk-tag--red").get_text(strip=True) == (
                "Overdue"
            )
        else:
            assert "overdue" not in text.lower()
            assert "The next annual review is due by " + _long(due) in text
    finally:
        _set_next_review(app, before)
