"""A young person with one case pressed "Start" on "Give your views" and was told to
"Select which case these views are for": the only case there was. With one place the
views can go, it is chosen already."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_only_case_is_chosen_already(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.student@example.org")
        tab.goto("/account/contributions/new?lang=en")
        places = tab.locator("input[name=destination]")
        assert places.count() == 1
        assert places.first.is_checked()
    finally:
        tab.context.close()
