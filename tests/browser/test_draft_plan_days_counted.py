"""The draft plan's 15 days as a parent reads them: a draft sent on the 2nd has its last
day on the 16th (the day it was sent is the first of the 15, SEND Regulations 2014,
regulation 13). The page said "15 days from the day we sent it", and a parent counting
15 days from the 2nd got the 17th. It says now that the day it was sent is day 1."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from portal.platform import deadlines
from tests.support.draft_plans import draft_sent_on, long_date
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_last_day_is_counted_with_the_day_the_draft_was_sent(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    sent = deadlines.council_today() - dt.timedelta(days=2)
    before = draft_sent_on(live_app, sent, demo.DRAFT)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.person@example.org")
        tab.goto(f"/account/cases/{demo.DRAFT}/draft-plan")
        inset = tab.locator("main .govuk-inset-text", has_text="You have until").inner_text()
        last = long_date(sent + dt.timedelta(days=14))
        assert inset.startswith(
            f"You have until {last} to respond. That is 15 days, counting the day we sent it "
            "as day 1."
        ), inset
        assert "from the day we sent it" not in inset
    finally:
        tab.context.close()
        draft_sent_on(live_app, before, demo.DRAFT)
