"""A young adult whose plan the council decided to stop found nothing about it on their
account home: the other cases there say where they stand ("Sent on…", "Respond by…"),
this one had no line, and the date to contest the decision was only on the case page.
The home now says that the council decided to stop the plan, on what date, and by when
to contact a mediation adviser if they disagree."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from portal.platform import deadlines
from portal.platform.written_dates import format_date
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_account_home_says_the_plan_is_being_stopped(
    browser, base_url: str, live_app: Flask
) -> None:  # type: ignore[no-untyped-def]
    with live_app.test_request_context():
        decided = deadlines.council_today() - dt.timedelta(days=demo.CEASED_DAYS_AGO)
        written = format_date(decided, "long")
        by = format_date(deadlines.contact_adviser_by(decided), "long")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.adult@example.org")
        case = tab.locator("main li", has=tab.locator(f"a[href$='/account/cases/{demo.CEASED}']"))
        line = case.locator(".govuk-hint").inner_text()
        assert f"We decided on {written} to stop the EHC plan" in line, line
        assert f"contact a mediation adviser by {by}" in line, line
    finally:
        tab.context.close()
