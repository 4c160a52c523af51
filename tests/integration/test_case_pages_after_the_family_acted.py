"""A family's case pages say what the family has already done, and do not ask it of them
again: consent the SEN team recorded outside the portal is not shown as "Not given", a
mediation certificate means the mediation adviser was contacted, and a draft plan they
have responded to is not waiting for their response."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from portal.platform import deadlines
from tests.support.draft_plans import CASE as CHILD_DRAFT
from tests.support.draft_plans import linked_parent, long_date, send_response
from tests.support.own_pages import linked_to_case
from tests.support.pages import page, post
from tests.support.requests import give_consent

NO_RECORD = "We have no record in this service of what you agreed to."
BY_THE_TEAM = "Consent for this case was recorded by the SEN team."
TELL_US = "If you want to change what you agreed to, you can tell us here."
AGREED = "This is what you have agreed to."


def text_of(client: FlaskClient, path: str) -> str:
    main = page(client.get(path)).select_one("main")
    assert main is not None
    return " ".join(main.get_text(" ", strip=True).split())


def linked_parent_of_final_plan(app: Flask, client: FlaskClient) -> FlaskClient:
    return linked_to_case(app, client, demo.FINAL, "parent_carer")


def test_consent_recorded_by_the_sen_team_is_not_shown_as_not_given(
    app: Flask, client: FlaskClient
) -> None:
    family = linked_parent_of_final_plan(app, client)
    path = f"/account/cases/{demo.FINAL}/consent"
    shown = text_of(family, path)
    assert NO_RECORD in shown and BY_THE_TEAM in shown and TELL_US in shown
    assert AGREED not in shown
    assert "Not given" not in shown
    change = page(family.get(path)).select_one(f"main a[href='{path}/change']")
    assert change is not None, "they can still tell us their choices"

    # Once they record their choices here, the page shows what they agreed to.
    response = give_consent(family, f"{path}/change", sharing=["family_services"])
    assert response.status_code == 302
    assert post(family, f"{path}/confirm", {}).status_code == 302
    after = text_of(family, path)
    assert AGREED in after and NO_RECORD not in after
    assert "Given on" in after


def test_a_young_persons_consent_recorded_by_the_sen_team_is_not_shown_as_not_given(
    app: Flask, client: FlaskClient
) -> None:
    young_person = linked_to_case(app, client, demo.DRAFT, "young_person")
    path = f"/account/cases/{demo.DRAFT}/consent"
    shown = text_of(young_person, path)
    assert NO_RECORD in shown and TELL_US in shown
    assert AGREED not in shown and "Not given" not in shown
    assert page(young_person.get(path)).select_one(f"main a[href='{path}/change']") is not None


def test_a_mediation_certificate_means_the_adviser_need_not_be_contacted(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The final plan was issued on 21 July 2025: within the 2 months to contact the adviser.
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: dt.date(2025, 9, 1))
    family = linked_parent_of_final_plan(app, client)
    case = f"/account/cases/{demo.FINAL}"
    section = page(family.get(case)).select_one("#disagree-final_plan")
    assert section is not None
    assert "Contact the mediation adviser by" in section.get_text(" ")

    recorded = post(
        family,
        f"{case}/disagree/final_plan/mediation-certificate",
        {"happened_on": ["28", "8", "2025"]},
    )
    assert recorded.status_code == 302
    section = page(family.get(case)).select_one("#disagree-final_plan")
    assert section is not None
    text = " ".join(section.get_text(" ", strip=True).split())
    assert "You told us the date on your mediation certificate is 28 August 2025." in text
    assert "Contact the mediation adviser by" not in text
    assert "Tell us you have contacted the mediation adviser" not in text
    assert "Change the date on your mediation certificate" in text


@pytest.mark.parametrize(("language", "respond_by"), [("en", "Respond by"), ("ro", "Răspund")])
def test_a_sent_response_to_a_draft_plan_is_not_asked_for_again(
    app: Flask, client: FlaskClient, language: str, respond_by: str
) -> None:
    family = linked_parent(app, client)
    case = f"/account/cases/{CHILD_DRAFT}"
    summary = page(family.get(f"{case}?lang={language}")).select_one("main .govuk-summary-list")
    assert summary is not None and respond_by in summary.get_text(" ")

    send_response(family, "Please add the speech and language therapy.")
    summary = page(family.get(case)).select_one("main .govuk-summary-list")
    assert summary is not None
    assert respond_by not in summary.get_text(" ")
    rows = {
        " ".join(key.get_text(" ", strip=True).split()): row.get_text(" ", strip=True)
        for row in summary.select(".govuk-summary-list__row")
        if (key := row.select_one("dt")) is not None
    }
    if language == "en":
        assert rows["Response sent on"].endswith(long_date(deadlines.council_today()))
