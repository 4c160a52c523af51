"""Once the time to appeal a decision has passed, the case page says so plainly, with
where to get advice, and offers no step that is no longer possible; a recorded
certificate is spoken of as recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.links import issue_code, redeem
from tests.support.pages import error, page, post

CASE = f"/account/cases/{demo.FINAL}"  # its final plan was issued on 21 July 2025
CONTACTED = f"{CASE}/disagree/final_plan/contacted-mediation"
CERTIFICATE = f"{CASE}/disagree/final_plan/mediation-certificate"


def on(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: day)


@pytest.fixture
def family(app: Flask, client: FlaskClient) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    return client


def section(client: FlaskClient) -> tuple[str, list[str]]:
    found = page(client.get(CASE)).select_one("#disagree-final_plan")
    assert found is not None
    links = [a.get_text(" ", strip=True) for a in found.select("a.govuk-link")]
    return " ".join(found.get_text(" ", strip=True).split()), links


def test_a_passed_appeal_deadline_is_not_shown_as_an_instruction(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2026, 12, 2))
    text, links = section(family)
    assert "The time to appeal this decision to the tribunal ended on 22 September 2025." in text
    assert "accept a late appeal" in text and "after the next annual review" in text
    assert "Barnet SENDIASS" in text
    assert "must reach the tribunal by" not in text
    assert "Contact the mediation adviser by" not in text
    assert "Tell us you have contacted the mediation adviser" not in links
    assert "Tell us you have a mediation certificate" not in links


def test_contacting_the_adviser_in_time_keeps_the_appeal_open_for_the_certificate(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2025, 9, 1))
    assert post(family, CONTACTED, {"happened_on": ["1", "8", "2025"]}).status_code == 302
    on(monkeypatch, dt.date(2025, 10, 1))
    text, links = section(family)
    assert "ended on" in text and "within 1 month of the date on your mediation certificate" in text
    assert "must reach the tribunal by 22 September 2025" not in text
    assert "Contact the mediation adviser by" not in text
    assert "Tell us you have a mediation certificate" in links


def test_a_recorded_certificate_is_not_spoken_of_as_to_come(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2025, 9, 1))
    assert post(family, CERTIFICATE, {"happened_on": ["25", "7", "2025"]}).status_code == 302
    text, _ = section(family)
    assert "If you get a mediation certificate" not in text
    assert "Your appeal must reach the tribunal by 22 September 2025." in text
    assert "The time to appeal ends on 21 September 2025, 2 months from the date of" in text


def refused_keeping(refused: TestResponse, message: str, typed: list[str]) -> None:
    """The message in the error summary and by the date, with the date as it was typed."""
    assert error(refused) == message
    shown = page(refused)
    field_error = shown.select_one(".govuk-error-message")
    assert field_error is not None and message in field_error.get_text()
    assert [box.get("value", "") for box in shown.select("input[name=happened_on]")] == typed


def test_a_certificate_dated_before_the_contact_is_refused_with_what_was_typed_kept(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2025, 9, 1))
    assert post(family, CONTACTED, {"happened_on": ["25", "8", "2025"]}).status_code == 302
    refused = post(family, CERTIFICATE, {"happened_on": ["20", "8", "2025"]})
    assert refused.status_code == 200
    message = (
        "The date on the certificate must be on or after 25 August 2025, "
        "the date you contacted the mediation adviser"
    )
    refused_keeping(refused, message, ["20", "8", "2025"])
    text, _ = section(family)
    assert "mediation certificate is" not in text


def test_a_contact_date_moved_after_the_certificate_is_refused_with_what_was_typed_kept(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2025, 9, 1))
    assert post(family, CONTACTED, {"happened_on": ["20", "8", "2025"]}).status_code == 302
    assert post(family, CERTIFICATE, {"happened_on": ["25", "8", "2025"]}).status_code == 302
    refused = post(family, CONTACTED, {"happened_on": ["30", "8", "2025"]})
    assert refused.status_code == 200
    message = (
        "The date you contacted the mediation adviser must be on or before 25 August 2025, "
        "the date on your mediation certificate"
    )
    refused_keeping(refused, message, ["30", "8", "2025"])
    again = page(family.get(CONTACTED))
    saved = [box.get("value", "") for box in again.select("input[name=happened_on]")]
    assert saved == ["20", "8", "2025"], "the contact date saved before is unchanged"


def test_a_time_ending_on_a_closed_day_still_names_the_certificate_rule(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 2 months ended on a Sunday (21 September 2025): the page explained the later day
    the tribunal accepts appeals until, and left out what a mediation certificate would
    give them, which it says on any other day."""
    on(monkeypatch, dt.date(2025, 8, 10))
    text, _ = section(family)
    assert "Your appeal must reach the tribunal by 22 September 2025." in text
    assert "the tribunal accepts appeals until its next working day" in text
    assert (
        "If you get a mediation certificate, you have until 1 month from its date if that is later."
    ) in text


def test_once_the_adviser_is_contacted_the_page_no_longer_says_to_contact_them(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2025, 8, 10))
    assert post(family, CONTACTED, {"happened_on": ["1", "8", "2025"]}).status_code == 302
    text, _ = section(family)
    assert "You told us you contacted the mediation adviser on 1 August 2025." in text
    assert "Contact the mediation adviser by" not in text
