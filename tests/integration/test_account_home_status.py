"""The account home says what happened to a sent request once it is decided, as the case
page does, not the promise of a decision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from portal.case_api import outbox
from portal.models import DraftPlanResponse
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.draft_plans import CASE, linked_parent, long_date, send_response
from tests.support.pages import page
from tests.support.requests import start, submitted
from tests.support.staff import act, decide_not_to_assess

PROMISE = "We will decide whether to assess by"


def test_a_decided_request_no_longer_promises_a_decision(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    assert PROMISE in page(client.get("/account/")).get_text(" ")
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_not_to_assess(staff, reference, ["needs_met_by_setting"])

    home = page(client.get("/account/")).get_text(" ")
    assert PROMISE not in home
    assert "We decided not to carry out an assessment." in home

    outbox.run_once(app)  # the case system has it too
    home = page(client.get("/account/")).get_text(" ")
    assert PROMISE not in home
    assert "We decided not to carry out an assessment." in home


def test_a_withdrawn_request_is_shown_as_closed(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert act(staff, reference, "withdraw").status_code == 302
    outbox.run_once(app)
    home = page(client.get("/account/")).get_text(" ")
    assert PROMISE not in home
    assert "This request is closed." in home


def _headings(client: FlaskClient) -> list[str]:
    return [h.get_text(strip=True) for h in page(client.get("/account/")).select("h2")]


def test_the_requests_heading_fits_whether_or_not_one_is_started(client: FlaskClient) -> None:
    sign_in(client)
    assert "Requests you have started" not in _headings(client)  # there are none
    assert "Ask for an EHC needs assessment" in _headings(client)
    start(client)
    assert "Requests you have started" in _headings(client)


def test_a_draft_plan_to_respond_to_says_by_when_on_the_account_home(
    app: Flask, client: FlaskClient, sent_on: Callable[[dt.date], None]
) -> None:
    issued = deadlines.council_today() - dt.timedelta(days=3)
    sent_on(issued)
    family = linked_parent(app, client)
    respond_by = deadlines.draft_comments_close(issued)
    home = " ".join(page(family.get("/account/")).get_text(" ", strip=True).split())
    assert f"Leo Brennan, case {CASE}" in home
    assert f"Draft plan sent on {long_date(issued)}. Respond by {long_date(respond_by)}." in home
    assert f"Respond by {long_date(respond_by)}" in page(
        family.get(f"/account/cases/{CASE}")
    ).get_text(" ", strip=True)  # as the case page says

    send_response(family, "Speech therapy must be weekly.")
    home = " ".join(page(family.get("/account/")).get_text(" ", strip=True).split())
    assert "Respond by" not in home
    today = long_date(deadlines.council_today())
    assert f"Draft plan sent on {long_date(issued)}. You sent your response on {today}." in home


def test_a_response_sent_after_midnight_in_summer_is_dated_by_the_uk_day(
    app: Flask, client: FlaskClient, sent_on: Callable[[dt.date], None]
) -> None:
    """Half an hour after midnight in British Summer Time it is already 1 July in the UK,
    and still 30 June in UTC, in which the portal keeps the moment a response was sent."""
    issued = deadlines.council_today() - dt.timedelta(days=3)
    sent_on(issued)
    family = linked_parent(app, client)
    send_response(family, "Speech therapy must be weekly.")
    with app.app_context():
        db.session().execute(
            update(DraftPlanResponse).values(
                submitted_at=dt.datetime(2027, 6, 30, 23, 30, tzinfo=dt.UTC)
            )
        )
        db.session().commit()
    home = " ".join(page(family.get("/account/")).get_text(" ", strip=True).split())
    assert "You sent your response on 1 July 2027." in home
