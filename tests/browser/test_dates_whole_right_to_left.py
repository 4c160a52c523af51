"""A tester, as a parent in Arabic whose council decided not to issue Kemi's EHC plan,
told the case page the day they contacted the mediation adviser, then read "Your data"
at 1280 px. Under "What you told us about mediation" the line "قرارنا بعدم إصدار خطة EHC،
28 أكتوبر 2026" was drawn with "EHC، 28" as one left-to-right run: the day stood apart
from its month, between "خطة" and "EHC". In the "who has looked" table every moment
ended on two lines, "7 ديسمبر 2026، 2:18" and then "م" (pm) alone.

Each date in a line of parts ("what, when") is now drawn in one piece, and a time keeps
its am/pm marker on its line. Where the table's "when" column ends its lines depends on
the words in its rows, so the times are checked at every width from a tablet's to a
desktop's. The step changes the demonstration case, so the portal runs here on a
database of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from portal.platform import deadlines
from tests.support.case_system import decided_on
from tests.support.drawn import characters_drawn, lines, widest_gap
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

CASE = f"/account/cases/{demo.NOT_ISSUING}"
# An Arabic long date ("28 أكتوبر 2026") and a time with its marker ("2:18 م").
DAY = r"\d{1,2}\s[\u0621-\u064A]+\s\d{4}"
TIME = r"\d{1,2}:\d{2}\s[\u0621-\u064A]"


def _in(app: Flask, words: str) -> str:
    with app.test_request_context(), force_locale("ar"):
        return gettext(words)


def _record_contact(tab, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    tab.goto(f"{CASE}/disagree/not_to_issue/contacted-mediation?lang=ar")
    for part, value in zip(("day", "month", "year"), (day.day, day.month, day.year), strict=True):
        tab.locator(f"#happened_on-{part}").fill(str(value))
    send(tab)
    assert tab.url.endswith(CASE), tab.url


def _signed_in(browser, base_url: str):  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    tab.set_viewport_size({"width": 1280, "height": 900})
    sign_in_in_browser(tab, "/account/", "parent@example.org")
    return tab


def test_mediation_dates_drawn_whole_in_arabic(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    decided = decided_on(app, demo.NOT_ISSUING, "not_to_issue")
    tab = _signed_in(browser, base_url)
    try:
        _record_contact(tab, max(decided, deadlines.council_today() - dt.timedelta(days=1)))
        tab.goto("/account/your-data?lang=ar")
        check_accessible(tab, "Your data", "ar")
        heading = tab.locator("main h2", has_text=_in(app, "What you told us about mediation"))
        mediation = heading.locator("xpath=following-sibling::ul[1]/li")
        assert mediation.count() == 1, tab.locator("main").inner_text()
        days = characters_drawn(mediation, DAY)
        assert len(days) == 2, mediation.inner_text()
        for day in days:
            assert widest_gap(day) < 1, mediation.inner_text()

        tab.goto("/account/?lang=ar")
        check_accessible(tab, "the account home", "ar")
        said = tab.locator("main li", has=tab.locator(f"a[href$='{CASE}']"))
        for day in characters_drawn(said, DAY):
            assert widest_gap(day) < 1, said.inner_text()
    finally:
        tab.context.close()


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
