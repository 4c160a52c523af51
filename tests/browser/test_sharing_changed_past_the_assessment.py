"""A tester, as a parent on a 320 px phone in Polish, changed who is shared with on a case
whose consent the SEN team recorded and whose child has been assessed. Past the
assessment only the sharing is asked, yet afterwards the consent page said
"Zgoda na ocenę potrzeb EHC: Nie wyrażono" (agreement to the assessment: not given), on
a case whose assessment had finished; and before confirming, "we will start sharing" with
two organisations the SEN team's record may already share with. What the SEN team
recorded about the assessment still stands, and the pages say so."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

WIDTH = 320
LANGUAGE = "pl"


def _in_polish(app: Flask, message: str) -> str:
    with app.test_request_context(), force_locale(LANGUAGE):
        return gettext(message)


def test_the_assessment_stays_as_the_sen_team_recorded_it(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    live_app, base_url = own_portal  # the SEN team's record unchanged, whatever ran before
    consent_page = f"/account/cases/{demo.REVIEW}/consent"
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": WIDTH, "height": 800})
        sign_in_in_browser(tab, f"/account/?lang={LANGUAGE}", "parent@example.org")
        tab.goto(f"{consent_page}/change")
        assert not tab.locator("input[name=assessment]").count(), "past the assessment"
        tab.locator("input[name=sharing][value=family_services]").check()
        tab.locator("input[name=sharing][value=nhs_trusts]").check()
        tab.locator("input[name=declaration]").check()
        send(tab)
        assert tab.url.endswith("/consent/confirm"), tab.url
        check = tab.locator("main").inner_text()
        start = _in_polish(live_app, "We will start sharing information with: %(partners)s.")
        assert start.split("%")[0] not in check, "the SEN team's record may already share"
        share = _in_polish(live_app, "We will share information with: %(partners)s.")
        assert share.split("%")[0] in check, check
        check_accessible(tab, "the check page replacing the SEN team's record", LANGUAGE)
        send(tab)
        assert tab.url.endswith(consent_page), tab.url

        label = _in_polish(live_app, "Agreement to the EHC needs assessment")
        row = tab.locator(".govuk-summary-list__row", has_text=label)
        assert row.count() == 1
        assert _in_polish(live_app, "Not given") not in row.inner_text(), row.inner_text()
        recorded = _in_polish(live_app, "Recorded by the SEN team")
        assert recorded in row.inner_text(), row.inner_text()
        check_accessible(tab, "the consent page after changing who is shared with", LANGUAGE)
        assert tab.evaluate("document.documentElement.scrollWidth") <= WIDTH
    finally:
        tab.context.close()
