"""A tester, as a parent in Arabic, read why they cannot ask us to erase an item, on
"Correct, restrict or erase your information" and on an item's own page: "(المادة
17(3)(b) من UK GDPR)" showed the article as "(b)(3)17". A legal reference such as
17(3)(b) or 7(1) is now drawn left to right, as it is written, in any language."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.drawn import characters_drawn, left_to_right
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

ARTICLE = r"\d+(?:\([0-9a-z]+\))+"


def _articles_in_order(tab) -> None:  # type: ignore[no-untyped-def]
    """Each legal reference shown on the page is drawn left to right."""
    main = tab.locator("main")
    found = [boxes for boxes in characters_drawn(main, ARTICLE) if boxes]
    assert found, main.inner_text()
    for boxes in found:
        assert left_to_right(boxes), main.inner_text()


def test_legal_references_keep_their_order_in_arabic(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        for width in (320, 1280):
            tab.set_viewport_size({"width": width, "height": 900})
            tab.goto("/account/your-data/rights?lang=ar")
            tab.locator("main details summary").click()
            check_accessible(tab, "the rights page", "ar")
            _articles_in_order(tab)

        kept = tab.locator("main table", has_text="17(3)(b)").first
        with tab.expect_navigation():
            kept.locator("tbody a").first.click()
        check_accessible(tab, "an item's rights", "ar")
        _articles_in_order(tab)
    finally:
        tab.context.close()
