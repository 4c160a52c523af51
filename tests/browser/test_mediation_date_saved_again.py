"""A tester opened "change the date you contacted the mediation adviser", found it filled
in with the date they had given, and pressed Save without changing it: the page said
again "We have sent it to the SEN team", and "Your data" listed the same contact twice.
A date saved again unchanged records nothing new, and says nothing was sent."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from portal.platform import deadlines
from tests.support.case_system import decided_on
from tests.support.mediation import CEASED_CASE
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_date_saved_again_unchanged_is_recorded_once(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    day = max(
        decided_on(app, demo.CEASED, "cease_plan"), deadlines.council_today() - dt.timedelta(days=3)
    )
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.adult@example.org")
        step = f"{CEASED_CASE}/disagree/cease_plan/contacted-mediation"
        tab.goto(step)
        for part, value in zip(
            ("day", "month", "year"), (day.day, day.month, day.year), strict=True
        ):
            tab.locator(f"#happened_on-{part}").fill(str(value))
        send(tab)
        assert "We have sent it to the SEN team." in tab.locator("main").inner_text()
        tab.goto(step)
        assert tab.locator("#happened_on-day").input_value() == str(day.day)
        send(tab)
        assert tab.url.endswith(CEASED_CASE), tab.url
        assert "We have sent it to the SEN team." not in tab.locator("main").inner_text()
        tab.goto("/account/your-data")
        listed = tab.locator("main h2", has_text="What you told us about mediation")
        lines = listed.locator("xpath=following-sibling::ul[1]/li").all_inner_texts()
        assert len(lines) == 1, lines
    finally:
        tab.context.close()
