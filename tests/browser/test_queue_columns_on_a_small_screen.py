"""The caseworker's queue on a phone, in English and in Persian (right to left): the table
scrolls sideways inside its own region, and that region opens at the table's start, so
its first columns (the box to select a request, then its reference) are on the screen
without scrolling: at the left in English, at the right in Persian."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

# Where the region and its table's first two header cells are on the screen, as the page
# opens (nothing scrolled into view first).
OPENED = """() => {
  const region = document.querySelector(".portal-table-region")
  const box = element => {
    const r = element.getBoundingClientRect()
    return {left: r.left, right: r.right}
  }
  const [first, second] = region.querySelectorAll("thead th")
  return {region: box(region), wider: region.scrollWidth > region.clientWidth,
          first: box(first), second: box(second), text: second.innerText.trim()}
}"""


@pytest.fixture(scope="module", autouse=True)
def reference(live_app: Flask) -> str:
    """A request a family sent, so the queue has one (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_queue_opens_at_its_first_column_at_320_px(people, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 640})
    try:
        staff.goto(f"/caseworker/queue?lang={language}")
        check_accessible(staff, "the queue at 320 px", language)
        assert staff.evaluate("document.documentElement.scrollWidth") <= 320
        opened = staff.evaluate(OPENED)
        assert opened["wider"], f"the table no longer scrolls at 320 px: {opened}"
        seen = (max(opened["region"]["left"], 0), min(opened["region"]["right"], 320))
        for column in ("first", "second"):
            cell = opened[column]
            inside = cell["left"] >= seen[0] - 0.5 and cell["right"] <= seen[1] + 0.5
            assert inside, (
                f"in {language} the {column} column ({opened['text']}) is off screen: {opened}"
            )
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
