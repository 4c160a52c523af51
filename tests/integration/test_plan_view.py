"""A family sees the plan and the progress of their case, read from the case system."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update

from devtools.reference_case_system import demo
from portal.case_api import outbox
from portal.case_api.client import CaseApiClient
from portal.models import AuditEvent, CaseCache, OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.case_system import faults
from tests.support.links import issue_code, redeem
from tests.support.pages import page, post
from tests.support.requests import fill, start


@pytest.fixture
def family_with_plan(app: Flask, client: FlaskClient) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    yield client
    faults(app).clear()


def test_the_final_plan_is_shown_by_section_with_its_dates(
    app: Flask, family_with_plan: FlaskClient
) -> None:
    html = page(family_with_plan.get(f"/account/cases/{demo.FINAL}"))
    headings = [h.get_text(strip=True) for h in html.select("h3:not(.portal-disagree *)")]
    assert headings[0].startswith("A: The views, interests and aspirations")
    assert headings[-1] == "K: Advice and information"
    assert len(headings) == 12
    text = html.get_text(" ")
    assert "Final" in text and "21 July 2025" in text and "8 July 2027" in text
    assert "Amara loves drawing" in text
    assert html.select_one(".portal-progress .govuk-tag--blue") is None  # every step done
    with app.app_context():
        actions = [e.action for e in db.session().scalars(select(AuditEvent))]
    assert "viewed_plan" in actions


def test_a_draft_plan_says_it_is_not_agreed(app: Flask, client: FlaskClient) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client, person="young.person@example.org")
    redeem(client, issue_code(staff, demo.DRAFT, "Sam Young", "young_person"), "2008-02-03")
    assert "Draft: not yet agreed" in page(client.get(f"/account/cases/{demo.DRAFT}")).get_text()


def test_the_plan_is_cached_briefly(app: Flask, family_with_plan: FlaskClient) -> None:
    family_with_plan.get(f"/account/cases/{demo.FINAL}")
    faults(app).add("error", times=2)
    html = page(family_with_plan.get(f"/account/cases/{demo.FINAL}"))
    assert "cannot reach" not in html.get_text()
    assert "Amara loves drawing" in html.get_text()


def test_when_the_case_system_is_down_the_last_copy_is_shown_with_its_date(
    app: Flask, family_with_plan: FlaskClient
) -> None:
    family_with_plan.get(f"/account/cases/{demo.FINAL}")
    with app.app_context():
        db.session().execute(
            update(CaseCache).values(fetched_at=dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
        )
        db.session().commit()
    faults(app).add("error", times=2)
    text = page(family_with_plan.get(f"/account/cases/{demo.FINAL}")).get_text(" ")
    assert "We cannot reach the case system right now" in text
    assert "2 November 2026" in text
    assert "Amara loves drawing" in text


def test_with_no_copy_the_page_says_so_plainly(app: Flask, family_with_plan: FlaskClient) -> None:
    with app.app_context():
        db.session().execute(delete(CaseCache))  # the copy read to check the date of birth
        db.session().commit()
    faults(app).add("error", times=2)
    response = family_with_plan.get(f"/account/cases/{demo.FINAL}")
    assert response.status_code == 200
    assert "We cannot show the progress of this case right now" in page(response).get_text()


def test_caseworkers_see_delivery_state_and_can_retry_dead_letters(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    with app.app_context():
        db.session().execute(update(OutboxMessage).values(status="dead", last_error="422 refused"))
        db.session().commit()
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    html = page(staff.get("/caseworker/requests"))
    assert "Not delivered" in html.get_text() and "422 refused" in html.get_text()
    retry = html.select_one("form[action*='/retry']")
    token = retry.find("input", {"name": "csrf_token"})["value"]
    assert staff.post(retry["action"], data={"csrf_token": token}).status_code == 302
    outbox.run_once(app)
    assert "Delivered" in page(staff.get("/caseworker/requests")).get_text()


def test_the_demonstration_family_can_see_a_plan_straight_away(
    app: Flask, client: FlaskClient
) -> None:
    from devtools import demo as portal_demo

    portal_demo.seed(app)
    portal_demo.seed(app)
    sign_in(client)
    account = page(client.get("/account/")).get_text(" ")
    assert demo.FINAL in account
    assert "Amara loves drawing" in page(client.get(f"/account/cases/{demo.FINAL}")).get_text()


def test_the_case_system_refusing_the_portal_is_shown_as_it_being_down(
    app: Flask, family_with_plan: FlaskClient
) -> None:
    """Its token endpoint answering `invalid_client` (a rotated secret) is no 500."""
    with app.app_context():
        db.session().execute(delete(CaseCache))  # so the page must ask the case system
        db.session().commit()
    config = app.extensions["case_api"].config
    app.extensions["case_api"] = CaseApiClient(dataclasses.replace(config, client_secret="wrong"))
    response = family_with_plan.get(f"/account/cases/{demo.FINAL}")
    assert response.status_code == 200
    assert "We cannot" in page(response).get_text()
