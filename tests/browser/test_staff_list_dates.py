"""The dates in a caseworker's lists (the queue, the recent requests, the requests about
families' information, the annual reviews) write the month in words in every language, as
the family's pages do, and stay short. A caseworker reading the queue in Arabic saw
"12/03/2026" (with right-to-left marks), and in Bulgarian "12.03.2026" and its word for
year, where an English one read "12 Mar 2026"."""

from __future__ import annotations

import re

import pytest
from babel.dates import get_month_names
from flask import Flask

from tests.conftest import sign_in
from tests.support.pages import post
from tests.support.queue import add_request
from tests.support.requests import fill, start

pytestmark = pytest.mark.browser

# A day written in figures alone: 12/03/2026, 12.03.2026, with any digits and marks.
IN_FIGURES = re.compile(r"\d+\W{1,3}\d+\W{1,3}\d+")


@pytest.fixture(scope="module")
def listed(live_app: Flask) -> None:
    """A request in the queue, one sent through the portal, and a family's request about
    their information (set up without a browser)."""
    add_request(live_app, "BNT-2026-700310", "Dates Example", due_in=20)
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    draft = start(family)
    fill(family, draft)
    assert post(family, f"/account/request/{draft}/check", {}).status_code == 302
    asked = {
        "right": "restriction",
        "details": "Only for the school",
        "correction": "",
        "about": "all",
    }
    assert post(family, "/account/your-data/rights/child.upn", asked).status_code == 302


def month_names(language: str) -> list[str]:
    code = "en_GB" if language == "en" else language
    return [
        name
        for width in ("abbreviated", "wide")
        for context in ("format", "stand-alone")
        for name in get_month_names(width, context, locale=code).values()
    ]


def dates_in(tab, cells: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The first line of each cell (a date, before any days left or overdue)."""
    return [
        cell.inner_text().strip().splitlines()[0]
        for cell in tab.locator(cells).all()
        if cell.inner_text().strip()
    ]


@pytest.mark.parametrize("language", ["en", "ar", "bg", "fa", "pl", "ro", "tr"])
def test_a_caseworkers_lists_write_the_month_in_words(  # type: ignore[no-untyped-def]
    people, listed: None, language: str
) -> None:
    staff = people["staff"]
    names = month_names(language)
    written = []
    staff.goto(f"/caseworker/queue?tray=all&q=BNT-2026-700310&lang={language}")
    written += dates_in(staff, "main tbody tr td:nth-child(4), main tbody tr td:nth-child(5)")
    staff.goto(f"/caseworker/data-rights?lang={language}")
    written += dates_in(staff, "main tbody tr td:nth-child(2), main tbody tr td:nth-child(5)")
    staff.goto(f"/caseworker/requests?lang={language}")
    written += dates_in(staff, "table:has(#recent-caption) tbody tr td:nth-child(2)")
    staff.goto(f"/caseworker/annual-reviews?lang={language}")
    written += dates_in(staff, "main tbody tr td:nth-child(3):not([colspan])")
    staff.goto("/caseworker/?lang=en")
    assert len(written) >= 5, written
    in_figures = [day for day in written if IN_FIGURES.search(day)]
    without_a_month = [day for day in written if not any(name in day for name in names)]
    assert in_figures == [] and without_a_month == [], (language, written)
    too_long = [day for day in written if len(day) > 20]
    assert too_long == [], "short enough for a table's column"
