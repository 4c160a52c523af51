"""A link code is never kept in the browser (autocomplete="off"): changing the language
of /account/link after typing one must not say that what was typed was put back. A parent
typed their code, chose العربية, and read that it had been put back above an empty box."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["ar", "pl"])
def test_changing_the_language_after_typing_a_code(browser, base_url: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/link?lang=en", "parent@example.org")
        tab.locator("input[name=code]").fill("ABCD-EFGH")
        with tab.expect_navigation():
            tab.locator(f"a[hreflang={language}]").click()
        tab.wait_for_load_state()
        assert tab.locator("html").get_attribute("lang") == language
        assert tab.locator("input[name=code]").input_value() == "", "a code is never kept"
        shown = tab.locator("[data-draft-restored]:visible")
        assert shown.count() == 0, f"told something was put back: {shown.all_inner_texts()}"
        assert tab.evaluate("Object.keys(sessionStorage).length") == 0, "nothing kept"
    finally:
        tab.context.close()


def test_a_date_typed_with_the_code_is_put_back(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """The date of birth may be kept (only the code is not): each of its three boxes comes
    back with what was typed in it, and the person is told. The three share one name, and
    each was given the last one's (an empty year), under the notice."""
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/link?lang=en", "parent@example.org")
        tab.locator("input[name=code]").fill("ABCD-EFGH")
        boxes = tab.locator("input[name=date_of_birth]")
        for index, typed in enumerate(["12", "3", ""]):
            boxes.nth(index).fill(typed)
        with tab.expect_navigation():
            tab.locator("a[hreflang=pl]").click()
        tab.wait_for_load_state()
        assert tab.locator("input[name=code]").input_value() == ""
        assert [boxes.nth(index).input_value() for index in range(3)] == ["12", "3", ""]
        assert tab.locator("[data-draft-restored=language]").is_visible()
    finally:
        tab.context.close()


def test_nothing_to_put_back_says_nothing(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    """A draft kept before codes were left out (by an earlier copy of the script, still in
    the tab's storage) holds only the code: nothing is filled in, so nothing is said."""
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/link?lang=en", "parent@example.org")
        tab.evaluate(
            """() => sessionStorage.setItem('portal-draft:/account/link', JSON.stringify({
              owner: document.body.dataset.sessionDraftOwner, savedAt: Date.now(),
              reason: 'language',
              forms: [[{ name: 'code', value: null, checked: null, text: 'ABCD-EFGH' }]]
            }))"""
        )
        tab.goto("/account/link?lang=ar")
        tab.wait_for_load_state()
        assert tab.locator("input[name=code]").input_value() == ""
        shown = tab.locator("[data-draft-restored]:visible")
        assert shown.count() == 0, f"told something was put back: {shown.all_inner_texts()}"
    finally:
        tab.context.close()
