"""A Turkish parent signs out and in again: the language they chose is kept.

The tester saw the next sign-in ask the provider for English (`ui_locales=en`) after a
Turkish parent signed out. The language is kept (the `locale` cookie outlives the
session): the portal's pages are Turkish on either side of signing in again. The
provider is asked for Turkish, then English, as the embedded provider, like GOV.UK One
Login, shows its pages in English and Welsh only (a provider listing Turkish in app.yaml's
`ui_locales` is asked for Turkish alone: tests/integration/test_sign_in.py)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.tabs import finish_signing_out, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_chosen_language_survives_signing_out(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    asked: list[str] = []

    def keep(sent) -> None:  # type: ignore[no-untyped-def]
        if "ui_locales=" in sent.url:
            asked.append(sent.url)

    tab.on("request", keep)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto("/language/tr?next=/account/")
        assert tab.locator("html").get_attribute("lang") == "tr"
        tab.locator("header form button, .govuk-service-navigation form button").first.click()
        finish_signing_out(tab)
        assert tab.locator("html").get_attribute("lang") == "tr", "signed out, still Turkish"

        asked.clear()
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        assert tab.locator("html").get_attribute("lang") == "tr", "signed in again, in Turkish"
        query = parse_qs(urlsplit(asked[-1]).query)
        assert query["ui_locales"] == ["tr en"], "Turkish first, then English it shows"
    finally:
        tab.context.close()
