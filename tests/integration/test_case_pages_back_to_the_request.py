"""The case's consent history (opened from a request's Consent tab) and its views (from
the list of requests sent to the case system): a tester lost the request there, as those
pages went "Back to requests" and did not say whose they were."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.pages import one, page, post
from tests.support.requests import submitted

CHILD = "Zoë O'Neill-Kowalska"


def _staff(app: Flask) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    return staff


def _leads_back(shown, tab: str, reference: str) -> None:  # type: ignore[no-untyped-def]
    back = one(shown, "a.govuk-back-link")
    assert back["href"] == f"/caseworker/requests/{reference}/{tab}"
    assert back.get_text(strip=True) == "Back to the request"
    bar = one(shown, ".moj-identity-bar").get_text(" ")
    assert CHILD in bar and reference in bar


def test_consent_history_goes_back_to_the_requests_consent_tab(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = _staff(app)
    tab = page(staff.get(f"/caseworker/requests/{reference}/consent"))
    opened = next(a["href"] for a in tab.select("main a") if "Consent history" in a.get_text())
    _leads_back(page(staff.get(opened)), "consent", reference)


def test_views_go_back_to_the_requests_views_tab(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    contribution = begin(client, "parent_carer", f"case:{reference}")
    answer_all(client, contribution, {"hard": "Busy rooms"})
    post(client, f"/account/contributions/{contribution}/check", {})
    staff = _staff(app)
    sent = page(staff.get("/caseworker/requests"))
    opened = next(
        a["href"] for a in sent.select("main a") if str(a["href"]).endswith("/contributions")
    )
    _leads_back(page(staff.get(opened)), "views", reference)
