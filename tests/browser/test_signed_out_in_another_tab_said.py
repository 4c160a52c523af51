"""A tester typed a mobile number in one tab, signed out in another, then pressed Save in
the first: "Sorry, we could not accept that - this can happen if the page was open for a
long time, or if your browser is not accepting cookies", when they had signed out."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, finish_signing_out, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_form_sent_after_signing_out_elsewhere_says_so(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    first = new_tab(browser, base_url)
    try:
        sign_in_in_browser(first, "/account/", "second.parent@example.org")
        first.goto("/account/contact-preferences?lang=en")
        second = first.context.new_page()
        second.goto(f"{base_url}/account/")
        second.get_by_role("button", name="Sign out").click()
        second.context_base_url = base_url
        finish_signing_out(second)

        first.locator("input[name=channels][value=sms]").check()
        first.locator("#mobile").fill("07700 900 111")
        with first.expect_navigation():
            first.get_by_role("button", name="Save").click()
        main = first.locator("main").inner_text()
        assert "You were signed out" in main, main
        assert "not accepting cookies" not in main
        first.console_errors.clear()  # the page's own status, 400: the form was refused
        check_accessible(first, "a form sent after signing out in another tab", "en")
        with first.expect_navigation():
            first.get_by_role(
                "link", name="Sign in again and go back to the page you were on"
            ).click()
        assert first.get_by_role("button", name="second.parent@example.org").count() == 1
    finally:
        first.context.close()
