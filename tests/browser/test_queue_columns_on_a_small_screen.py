"""The caseworker's queue on a phone, in English and in Persian (right to left): each
request is a card with nothing to scroll sideways to, its box to select it at the card's
start (the left in English, the right in Persian) and its reference beside the box."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

# Where the first request's box and reference link are on the screen, as the page opens.
OPENED = """() => {
  const region = document.querySelector(".portal-table-region")
  const box = element => {
    const r = element.getBoundingClientRect()
    return {left: r.left, right: r.right}
  }
  const row = region.querySelector("tbody tr")
  return {wider: region.scrollWidth > region.clientWidth,
          first: box(row.querySelector("input[type=checkbox]")),
          second: box(row.cells[1].querySelector("a"))}
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
        assert not opened["wider"], f"the table scrolls sideways at 320 px: {opened}"
        for column in ("first", "second"):
            cell = opened[column]
            inside = cell["left"] >= -0.5 and cell["right"] <= 320.5
            assert inside, f"in {language} the {column} column is off screen: {opened}"
        box, link = opened["first"], opened["second"]
        beside = box["right"] <= link["left"] if language == "en" else link["right"] <= box["left"]
        assert beside, f"in {language} the box is not at the card's start: {opened}"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
