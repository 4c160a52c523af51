"""A tester read the start page telling professionals to ask through their own
organisation, "not this service", then met "I'm a professional asking on a family's
behalf" among the answers to "Who is asking?", as if they could. The service is for
families: the professional's answer leads to a page saying how professionals ask. Both
pages now say so, and both lead to that page."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

HOW = "/account/request/professionals"


def _said(locator) -> str:  # type: ignore[no-untyped-def]
    return " ".join(locator.inner_text().split())


def test_the_start_page_and_who_is_asking_tell_professionals_the_same(
    browser, base_url: str
) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        tab.goto("/?lang=en")
        told = tab.locator("main p", has_text="If you are a professional")
        assert "not this service" in _said(told), _said(told)
        assert told.locator(f"a[href='{HOW}']").count() == 1, "a way to find out how to ask"

        sign_in_in_browser(tab, "/account/request/who?lang=en", "second.parent@example.org")
        option = tab.locator(".govuk-radios__item", has=tab.locator("input[value=professional]"))
        said = _said(option)
        assert "on a family's behalf" not in said, said
        assert "not this service" in said, said
        option.locator("input").check()
        send(tab)
        assert tab.url.endswith(HOW), tab.url
        assert "as a professional" in _said(tab.locator("main h1"))
    finally:
        tab.context.close()
