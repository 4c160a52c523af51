"""The consent page's "or" before "I do not agree to share" at 320 px: in Turkish, "ya da"
broke over two lines (GOV.UK's divider is 40 px wide, centred); it stays on one."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

LINES = """el => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
}"""


@pytest.mark.parametrize("language", ["tr", "fa", "en"])
def test_the_consent_divider_is_on_one_line_at_320px(browser, base_url: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 800})
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto("/account/request/who")
        tab.locator("input[name=role][value=parent_carer]").check()
        press(tab, "Continue")
        tab.goto(f"{tab.url}consent?lang={language}")
        divider = tab.locator(".govuk-checkboxes__divider, .govuk-radios__divider").first
        assert divider.count() == 1
        text = divider.inner_text()
        assert divider.evaluate(LINES) == 1, f"{text!r} wraps at 320 px in {language}"
        no_scroll = "document.documentElement.scrollWidth <= window.innerWidth"
        assert tab.evaluate(no_scroll), "nothing wider than the screen"
    finally:
        tab.context.close()
