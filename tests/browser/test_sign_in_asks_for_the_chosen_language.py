"""A tester reading the portal in Romanian, then in Arabic, pressed "Sign in" and saw the
portal ask the identity provider for English alone (`ui_locales=en`). `ui_locales` is a
list in order of preference (OpenID Connect Core 1.0, 3.1.2.1): the person's language
comes first; English follows it where the provider does not list that language (GOV.UK
One Login takes the first tag it shows pages in, English or Welsh)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.tabs import new_tab

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["ro", "ar"])
def test_signing_in_asks_the_provider_for_the_persons_language(  # type: ignore[no-untyped-def]
    browser, base_url: str, language: str
) -> None:
    tab = new_tab(browser, base_url)
    asked: list[str] = []

    def noted(sent) -> None:  # type: ignore[no-untyped-def]
        if "ui_locales=" in sent.url:
            asked.append(sent.url)

    tab.on("request", noted)
    try:
        tab.goto(f"/account/?lang={language}")
        assert asked, "the sign-in went to the provider"
        tags = parse_qs(urlsplit(asked[-1]).query)["ui_locales"][0].split()
        assert tags == [language, "en"], tags
    finally:
        tab.context.close()
