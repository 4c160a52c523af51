"""Views for a case where the council decided not to issue an EHC plan are not promised a
place in a plan: the start and sent pages say what will happen to them."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import page, post

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
