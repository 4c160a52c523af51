"""A tester found a parent's account home silent on the most urgent dates: Kemi's case,
with a decision not to issue a plan (contact a mediation adviser by a date to disagree),
and Amara's, with a step the council is late with after her annual review, had no line
under them, while a sent request, a stopped plan and a draft plan each had one. Each now
says where it stands, in the words of its case page."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from portal.platform import deadlines
from portal.platform.written_dates import format_date
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_account_home_gives_each_cases_deadline(
    browser, base_url: str, live_app: Flask
) -> None:  # type: ignore[no-untyped-def]
    with live_app.test_request_context():
        decided = deadlines.council_today() - dt.timedelta(days=demo.NOT_ISSUING_DAYS_AGO)
        written = format_date(decided, "long")
        by = format_date(deadlines.contact_adviser_by(decided), "long")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")

        def line(reference: str) -> str:
            case = tab.locator("main li", has=tab.locator(f"a[href$='/account/cases/{reference}']"))
            hints = case.locator(".govuk-hint")
            return " ".join(hints.all_inner_texts())

        kemi = line(demo.NOT_ISSUING)
        assert f"We decided on {written} not to issue an EHC plan" in kemi, kemi
        assert f"contact a mediation adviser by {by}" in kemi, kemi
        amara = line(demo.FINAL)
        assert "The amended plan was due on 24 September 2026 and is late." in amara, amara
    finally:
        tab.context.close()
