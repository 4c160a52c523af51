"""A tester who had chosen Romanian as the language we write to them in signed in on
another computer and read the portal in English: the language stayed with the browser.
Signing in on a browser that has no language chosen now shows the portal in the
language of the account's contact preferences; a language chosen on this browser, with
the switcher or a link, still wins."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "parent@example.org"


def test_a_new_browser_shows_the_language_the_family_chose(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    _app, base_url = own_portal
    first = new_tab(browser, base_url)
    try:
        sign_in_in_browser(first, "/account/contact-preferences?lang=en", PERSON)
        first.locator("input[name=channels][value=email]").check()
        first.locator("input[name=language][value=ro]").check()
        press(first, "Save")
        assert first.locator("html").get_attribute("lang") == "en"
    finally:
        first.context.close()

    another = new_tab(browser, base_url)
    try:
        sign_in_in_browser(another, "/account/", PERSON)
        assert another.locator("html").get_attribute("lang") == "ro"
        another.goto("/")
        assert another.locator("html").get_attribute("lang") == "ro", "kept after signing in"
    finally:
        another.context.close()

    chosen_here = new_tab(browser, base_url)
    try:
        sign_in_in_browser(chosen_here, "/account/?lang=pl", PERSON)
        assert chosen_here.locator("html").get_attribute("lang") == "pl"
    finally:
        chosen_here.context.close()
