"""The queue on a phone (320 px): its rows are cards and its column headings leave the
screen, so the sort links stood alone in a row above the cards ("Child or young person
Received Decision due"), links a tester could not tell the purpose of. On a phone the row
now starts "Sort by"; at a laptop's width the links are the columns' own headings, and
"Sort by" is not shown."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request

pytestmark = pytest.mark.browser

SORT_ROW = "main thead tr"


@pytest.mark.parametrize(("language", "sort_by"), [("en", "Sort by"), ("ar", "ترتيب حسب")])
def test_the_sort_links_on_a_phone_say_they_sort(people, language: str, sort_by: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    try:
        staff.set_viewport_size({"width": 320, "height": 640})
        staff.goto(f"/caseworker/queue?lang={language}")
        label = staff.locator(SORT_ROW).get_by_text(sort_by, exact=True)
        assert label.is_visible(), staff.locator(SORT_ROW).inner_text()
        row = staff.locator(SORT_ROW).inner_text()
        first_link = staff.locator(f"{SORT_ROW} a").first.inner_text()
        assert row.index(sort_by) < row.index(first_link), row

        staff.set_viewport_size({"width": 1100, "height": 800})
        assert not label.is_visible(), "at a laptop's width the headings are the columns'"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/queue?lang=en")


@pytest.mark.parametrize(
    ("language", "select_all", "reference"),
    [("en", "Select all", "BNT-2026-730201"), ("bg", "Изберете всички", "BNT-2026-730202")],
)
def test_select_all_on_a_phone_says_what_it_does(  # type: ignore[no-untyped-def]
    live_app: Flask, people, language: str, select_all: str, reference: str
) -> None:
    """A tester at 320 px saw a bare box beside "Sort by" and read it as part of sorting:
    on a phone, "Select all" is written beside its box, on a line of its own."""
    add_request(live_app, reference, "Phone Request")
    staff = people["staff"]
    try:
        staff.set_viewport_size({"width": 320, "height": 640})
        staff.goto(f"/caseworker/queue?lang={language}")
        label = staff.locator(f"{SORT_ROW} label", has_text=select_all)
        assert label.is_visible() and label.bounding_box()["width"] > 40, label.bounding_box()
        words = staff.locator(SORT_ROW).get_by_text(select_all, exact=True).bounding_box()
        sort_by = staff.locator(f"{SORT_ROW} .portal-stack-sort-by").bounding_box()
        assert words["y"] + words["height"] <= sort_by["y"], (words, sort_by)
        staff.set_viewport_size({"width": 1100, "height": 800})
        assert (
            staff.locator(SORT_ROW).get_by_text(select_all, exact=True).bounding_box()["width"] <= 1
        ), "at a laptop's width the words are for screen readers only"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/queue?lang=en")
