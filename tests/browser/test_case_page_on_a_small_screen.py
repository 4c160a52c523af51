"""A family's case page on a 320 px wide screen (a small phone, or 400% zoom): the case's
reference in its heading is read, and quoted to the SEN team, as one, so it is never
broken at its hyphens (a young adult reading in Arabic saw "BNT-2019-" on one line of the
heading and "061288" on the next)."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_heading_keeps_the_reference_on_one_line(browser, base_url: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 800})
        sign_in_in_browser(tab, "/account/", "young.adult@example.org")
        tab.goto(f"/account/cases/{demo.CEASED}?lang={language}")
        reference = tab.locator("h1 bdi")
        assert reference.inner_text() == demo.CEASED
        lines = reference.evaluate("element => element.getClientRects().length")
        assert lines == 1, f"the reference is broken over {lines} lines"
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320, "nothing overflows"
    finally:
        tab.context.close()
