"""A tester, as a parent reading Romanian, gave views on Tobi's plan. Their check page said
the annual review was due by 11 January and to send the views before the meeting; the
meeting, on 4 January, was booked and known, and not said. Where the meeting is booked,
the check page names its date; where it is not, the date the review is due by."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from portal.platform.written_dates import format_date
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_check_page_names_the_booked_meeting(browser, live_app: Flask, base_url: str) -> None:  # type: ignore[no-untyped-def]
    with live_app.test_request_context():
        meeting = format_date(demo.review_meeting_on())
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/contributions/new?lang=en", "parent@example.org")
        tab.locator("input[name=author][value=parent_carer]").check()
        tab.locator(f"input[name=destination][value='case:{demo.REVIEW}']").check()
        tab.locator("main form button").click()
        tab.wait_for_url("**/account/contributions/*/**")
        found = re.search(r"/account/contributions/([0-9a-f]{32})/", tab.url)
        assert found, tab.url
        tab.goto(f"/account/contributions/{found.group(1)}/check")
        inset = tab.locator("main .govuk-inset-text:visible").first.inner_text()
        assert f"The annual review meeting is on {meeting}" in inset, inset
        check_accessible(tab, "the views' check page", "en")
    finally:
        tab.context.close()
