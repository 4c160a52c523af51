"""A tester, as a young person with their own account, read on "Correct, restrict or
erase your information" (and on "Your data") the heading "About you: Whether they are or
were looked after by a council": their own pages speak to them as "you"."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PAGES = ("/account/your-data", "/account/your-data/rights")


def test_the_young_persons_headings_say_you(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.person@example.org")
        for page in PAGES:
            tab.goto(f"{page}?lang=en")
            for summary in tab.locator("main details summary").all():
                summary.click()
            main = tab.locator("main").inner_text()
            assert "Whether they are or were looked after" not in main, page
        assert "About you: Whether you are or were looked after by a council" in main
    finally:
        tab.context.close()
