"""A tester, as a parent in Polish, asked under "Your data" for a correction to what they
had written for an annual review, telling what was wrong and what it should say. The
page that confirms the request showed only "Sprostowanie: Co działa dobrze?" (correct
it: what is working well?): neither what they said was wrong nor the wording they
asked for, which the caseworker sees. The family's copy of the request shows both."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

WRONG = "Napisałam, że Tobi lubi hałas w klasie, a to nieprawda."
RIGHT = "Tobi potrzebuje cichego miejsca, gdy w klasie jest głośno."


def test_the_request_sent_shows_what_was_wrong_and_what_it_should_say(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 800})
        sign_in_in_browser(tab, "/account/?lang=pl", "parent@example.org")
        tab.goto("/account/your-data/rights/views.hopes")
        tab.locator("input[name=right][value=rectification]").check()
        tab.locator("input[name=about]").first.check()  # one of their three children
        tab.locator("textarea[name=details]").fill(WRONG)
        tab.locator("textarea[name=correction]").fill(RIGHT)
        send(tab, tab.locator("main form button[type=submit]").last)
        assert "/account/your-data/requests/" in tab.url, tab.url
        shown = tab.locator("main").inner_text()
        assert WRONG in shown, shown
        assert RIGHT in shown, shown
        check_accessible(tab, "a correction request sent", "pl")
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        tab.context.close()
