"""Views for a case where the council decided not to issue an EHC plan are not promised a
place in a plan: the start and sent pages say what will happen to them."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale

from devtools.reference_case_system import demo
from portal.platform.voices import voiced
from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import page, post
from tests.support.requests import ANSWERS, submitted, young_person_answers
from tests.support.requests import start as start_request
from tests.support.staff import decide
from tests.support.voices import FORMAL_ON_PAGE

PROMISES = ("goes at the start of the EHC plan", "will go into the plan")
TRUE = "Your caseworker will read them and keep them with the case."


def _text(client: FlaskClient, path: str) -> str:
    return " ".join(page(client.get(path)).get_text(" ", strip=True).split())


def _linked(app: Flask, client: FlaskClient, reference: str) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, reference, "Jo Parent", "parent_carer"), BORN[reference])
    # (straight from linking the case, before looking at it)
    return client


def _sent_page(client: FlaskClient, reference: str) -> str:
    views = begin(client, "parent_carer", f"case:{reference}")
    answer_all(client, views, {"likes": "Painting"})
    assert post(client, f"/account/contributions/{views}/check", {}).status_code == 302
    return _text(client, f"/account/contributions/{views}/sent")


def test_views_for_a_case_with_no_plan_to_come_are_not_promised_a_plan(
    app: Flask, client: FlaskClient
) -> None:
    family = _linked(app, client, demo.NOT_ISSUING)
    start = _text(family, f"/account/contributions/new?case={demo.NOT_ISSUING}")
    assert not any(promise in start for promise in PROMISES)
    assert "Your caseworker will read what you write and keep it with the case." in start
    sent = _sent_page(family, demo.NOT_ISSUING)
    assert not any(promise in sent for promise in PROMISES)
    assert TRUE in sent


def test_views_for_a_case_with_a_plan_still_go_into_it(app: Flask, client: FlaskClient) -> None:
    family = _linked(app, client, demo.FINAL)
    start = _text(family, f"/account/contributions/new?case={demo.FINAL}")
    assert "What you write goes at the start of the EHC plan" in start
    assert "will go into the plan in your own words" in _sent_page(family, demo.FINAL)


def test_views_not_yet_given_a_case_are_promised_a_plan_only_where_there_is_one(
    app: Flask, client: FlaskClient
) -> None:
    family = _linked(app, client, demo.NOT_ISSUING)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(family, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    start = _text(family, "/account/contributions/new")  # from the account: no case chosen
    assert "What you write goes at the start of the EHC plan" not in start
    assert "Where there is an EHC plan, what you write goes at the start of it" in start


def _decide_to_assess(app: Flask, reference: str) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide(staff, reference, "assess")


@pytest.mark.parametrize("role", ["parent_carer", "young_person"])
def test_views_on_a_request_not_yet_decided_are_not_promised_a_plan(
    app: Flask, client: FlaskClient, role: str
) -> None:
    """A young adult sent a request, then their views for it: the thank-you page said (in
    Bulgarian) their views would go into the plan, while the council had not yet decided
    whether to assess. Once it decides to assess, a plan is being drafted: then it may."""
    sign_in(
        client,
        person="young.person@example.org" if role == "young_person" else "parent@example.org",
    )
    answers = young_person_answers() if role == "young_person" else ANSWERS
    reference = submitted(client, role, answers)
    views = begin(client, role, f"case:{reference}")
    answer_all(client, views, {"likes": "Painting"})
    assert post(client, f"/account/contributions/{views}/check", {}).status_code == 302
    for language in ("en", "bg"):
        sent = _text(client, f"/account/contributions/{views}/sent?lang={language}")
        with app.test_request_context(), force_locale(language):
            voice = "young person" if role == "young_person" else None
            promise = voiced(
                "Thank you. We have your views and they will go into the plan in your own words.",
                voice,
            )
            true = voiced(
                "Thank you. We have your views. Your caseworker will read them and keep them "
                "with the case.",
                voice,
            )
        assert promise not in sent, language
        assert true in sent, language
    _decide_to_assess(app, reference)
    assert "will go into the plan in your own words" in _text(
        client, f"/account/contributions/{views}/sent?lang=en"
    )


@pytest.mark.parametrize("role", ["parent_carer", "young_person"])
def test_views_for_a_request_not_yet_sent_are_not_promised_a_plan(
    client: FlaskClient, role: str
) -> None:
    """Started from the task list of a request still being written, by a parent or by a
    young person: no one has decided anything yet, so no plan is promised."""
    sign_in(client)
    draft = start_request(client, role)
    shown = _text(client, f"/account/contributions/new?draft={draft}")
    assert "goes at the start of" not in shown, shown
    assert "Your caseworker will read what you write and keep it with the case." in shown, shown


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_persons_thanks_for_views_not_promised_a_plan_speak_to_them_informally(
    client: FlaskClient, language: str
) -> None:
    """A young person sent their own views on their own request: the thank-you page said
    (in Polish) "Otrzymaliśmy Państwa opinię", formally, while all else spoke to them as
    "ty"."""
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    views = begin(client, "young_person", f"case:{reference}")
    answer_all(client, views, {"likes": "Painting"})
    assert post(client, f"/account/contributions/{views}/check", {}).status_code == 302
    sent = page(client.get(f"/account/contributions/{views}/sent?lang={language}"))
    thanks = sent.select_one("main p")
    assert thanks is not None
    said = thanks.get_text(" ", strip=True)
    assert FORMAL_ON_PAGE[language].findall(said) == [], said
