"""A tester, as a caseworker, recorded a time limit exception (the young person away for
30 days): the family's account home then said "We will decide whether to assess by 9
January 2027", but their case page still said "We must decide by 10 December 2026". The
case system was told of the exception only in words, so it kept its date of 6 weeks from
the request. It is told the new date, and the case page says it."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import AssessmentRequest
from portal.platform import db
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.staff import act
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

FAMILY = "exception.dates@example.org"


def drain(app: Flask) -> None:
    while outbox.run_once(app):
        pass


def test_the_case_page_says_the_date_an_exception_moved_the_decision_to(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person=FAMILY)
    reference = submitted(family)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert act(staff, reference, "accept").status_code == 302
    fields = {"kind": "family_away", "days": "30", "reason": "Abroad until the new year."}
    assert act(staff, reference, "exception", fields).status_code == 302
    drain(app)
    with app.test_request_context("/"):
        request = (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )
        case, due = request.case_reference, format_date(request.decision_due)
    assert case, "delivered to the case system"
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", FAMILY)
        assert f"by {due}" in tab.locator("main").inner_text()
        tab.goto(f"/account/cases/{case}")
        assert f"We must decide by {due}" in tab.locator("main").inner_text()
    finally:
        tab.context.close()
