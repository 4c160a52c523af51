"""A tester had a review question open to change in a second tab, sent their views from
the first, then saved the change in the second: they landed on "You sent your views",
their new words gone without a word. The page now says the change was not saved, since
the views had gone, and shows what they wrote, to copy."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

HUB = f"/account/cases/{demo.REVIEW}/annual-review"


def test_a_change_saved_after_the_views_went_is_shown_back(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    """In Arabic, as the tester met it."""
    _app, base_url = own_portal
    lang = "ar"
    first = new_tab(browser, base_url)
    try:
        sign_in_in_browser(first, "/account/", "parent@example.org")
        first.goto(f"{HUB}/views?lang={lang}")
        first.locator("textarea").first.fill("He loves the swimming club.")
        send(first, first.locator("main form button[type=submit]"))
        second = first.context.new_page()
        second.console_errors = []
        second.goto(f"{HUB}/views")
        first.goto(HUB)
        send(first, first.locator("main form button[type=submit]").last)
        second.locator("textarea").first.fill("A change made after sending.")
        send(second, second.locator("main form button[type=submit]"))
        banner = second.locator(".govuk-notification-banner").inner_text()
        assert "أُرسلت آراؤكم من قبل، لذلك لم يُحفظ هذا التغيير." in banner
        assert "A change made after sending." in second.locator("main").inner_text()
        team = second.locator("main a[href='mailto:sen.team@barnet.gov.uk']")
        assert team.count() == 1, "the address to email it to"
        check_accessible(second, "a change saved after the views were sent", lang)
    finally:
        first.context.close()
