"""Going back to "Who is asking?" and pressing Continue again returns to the request just
begun: it does not begin another, which the account home would list as a second,
identical "Continue the request you started" (a tester made five this way)."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def _started(tab) -> int:  # type: ignore[no-untyped-def]
    tab.goto("/account/?lang=en")
    return tab.locator("main a[href*='/account/request/'][href$='/']").count()


@pytest.mark.parametrize("role", ["young_person", "parent_carer"])
def test_back_and_continue_again_is_the_same_request(browser, base_url: str, role: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "second.parent@example.org")
        before = _started(tab)
        tab.goto("/account/request/who")
        tab.locator(f"input[value={role}]").check()
        send(tab)
        first = tab.url
        tab.go_back()
        tab.locator(f"input[value={role}]").check()
        send(tab)
        assert tab.url == first, "the same request, not a second one"
        tab.go_back()
        other = "parent_carer" if role == "young_person" else "young_person"
        tab.locator(f"input[value={other}]").check()
        send(tab)
        assert tab.url == first, "a changed answer to the first question, on the same request"
        assert _started(tab) <= before + 1
    finally:
        tab.context.close()
