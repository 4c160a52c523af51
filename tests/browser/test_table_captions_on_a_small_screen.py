"""A caseworker's list on a phone: a wide table scrolls sideways inside its own region,
but its caption (which names the table and may explain it, as "The decision is due within
4 weeks of the meeting..." does) wraps within the screen, so it can be read without
scrolling the table, in English and in Persian (right to left)."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

# Each caption in a scrolling region: where its text is (not its box, which is as wide as
# the table) and whether its text overflows it.
CAPTIONS = """() => [...document.querySelectorAll(".portal-table-region caption")].map(c => {
  const lines = []
  const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const words = document.createRange()
    words.selectNodeContents(walker.currentNode)
    lines.push(...[...words.getClientRects()].filter(r => r.width > 0))
  }
  return {text: c.innerText.trim(), left: Math.min(...lines.map(r => r.left)),
          right: Math.max(...lines.map(r => r.right)), overflows: c.scrollWidth > c.clientWidth}
})"""


@pytest.fixture(scope="module", autouse=True)
def reference(live_app: Flask) -> str:
    """A request a family sent, so the queue has one (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize(
    "path", ["/caseworker/annual-reviews", "/caseworker/data-rights", "/caseworker/queue"]
)
def test_a_tables_caption_can_be_read_at_320_px(people, path: str, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["manager"]
    staff.set_viewport_size({"width": 320, "height": 640})
    try:
        staff.goto(f"{path}?lang={language}")
        check_accessible(staff, f"{path} at 320 px", language)
        assert staff.evaluate("document.documentElement.scrollWidth") <= 320
        captions = staff.evaluate(CAPTIONS)
        assert captions, f"{path} has no table with a caption"
        for caption in captions:
            assert caption["text"], f"{path}: an empty caption"
            within = caption["left"] >= -0.5 and caption["right"] <= 320.5
            assert within and not caption["overflows"], f"{path} in {language}: {caption}"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
