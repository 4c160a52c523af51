"""A tester, as a parent in Arabic, read "Your data" at 1280 px: in the "who has looked"
table every moment ended on two lines, "7 ديسمبر 2026، 2:18" and then "م" (pm) alone.

A time now keeps its am/pm marker on its line. Where the table's "when" column ends its
lines depends on the words in its rows, so the times are checked at every width from a
tablet's to a desktop's, on a portal of the module's own."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from tests.support.drawn import characters_drawn, lines
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

# A time with its marker ("2:18 م").
TIME = r"\d{1,2}:\d{2}\s[\u0621-\u064A]"


def _in(app: Flask, words: str) -> str:
    with app.test_request_context(), force_locale("ar"):
        return gettext(words)


def _signed_in(browser, base_url: str):  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    tab.set_viewport_size({"width": 1280, "height": 900})
    sign_in_in_browser(tab, "/account/", "parent@example.org")
    return tab


def test_times_in_who_has_looked_keep_their_marker(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    tab = _signed_in(browser, base_url)
    try:
        tab.goto("/account/your-data?lang=ar")
        check_accessible(tab, "Your data", "ar")
        seen = _in(app, "Who has seen or changed this information, including you")
        table = tab.locator("main h2", has_text=seen).locator("xpath=following-sibling::table[1]")
        cells = table.locator("tbody td:first-child")
        assert cells.count() > 0
        # The table's columns share the width as its words allow: somewhere between a
        # tablet and a desktop the "when" column ends between a time and its marker.
        for width in range(660, 1300, 20):
            tab.set_viewport_size({"width": width, "height": 900})
            for cell in cells.all():
                (time,) = characters_drawn(cell, TIME)
                assert len(lines(time)) == 1, (width, cell.inner_text())
    finally:
        tab.context.close()
