"""Case references in lines of text on a 320 px wide screen (a small phone, or 400% zoom):
each is read, and quoted to the SEN team, as one, so it is never broken at its hyphens.
A parent saw "BNT-2025-" and "104733" on two lines in the choices of "Which case are these
views for?" and on "Your data", where the case page's heading keeps it whole."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

# Every case reference in the page's main content that a person sees: the lines its
# text is laid out on (distinct tops of its boxes), and whether it is in an element
# that keeps it whole (`| reference`).
REFERENCES = r"""
() => {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    if (node.parentElement.closest(".govuk-visually-hidden")) continue;
    for (const match of node.data.matchAll(/BNT-\d{4}-\d{6}/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const boxes = [...range.getClientRects()].filter((box) => box.width > 0);
      const lines = new Set(boxes.map((box) => Math.round(box.top))).size;
      const whole = node.parentElement.closest("bdi.portal-reference[dir=ltr]") !== null;
      found.push({ reference: match[0], lines, whole });
    }
  }
  return found;
}
"""

PAGES = {
    "views": "/account/contributions/new",
    "your data": "/account/your-data",
    "account": "/account/",
}


@pytest.fixture(scope="module")
def sent(live_app: Flask) -> str:
    """A request a second parent sent (set up without a browser): "Your data" lists the
    consent they gave with it, each line ending "Case <its reference>"."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("page", list(PAGES))
def test_kept_on_one_line(browser, base_url: str, sent: str, page: str, language: str) -> None:  # type: ignore[no-untyped-def]
    person, shown = ("parent@example.org", demo.FINAL)
    if page == "your data":
        person, shown = ("second.parent@example.org", sent)
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 800})
        sign_in_in_browser(tab, "/account/", person)
        tab.goto(f"{PAGES[page]}?lang={language}")
        found = tab.evaluate(REFERENCES)
        assert shown in {each["reference"] for each in found}, found
        broken = [each for each in found if each["lines"] != 1 or not each["whole"]]
        assert broken == [], f"{page} in {language}: references broken over lines: {broken}"
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320, "nothing overflows"
    finally:
        tab.context.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_case_to_choose_reads_whole(browser, base_url: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """The choice's label is the child's name and the reference, nothing added or lost:
    each escaped, the reference left to right in a right-to-left line."""
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        tab.goto(f"/account/contributions/new?lang={language}")
        label = tab.locator("main label", has_text=demo.FINAL)
        reference = label.locator("bdi.portal-reference")
        assert reference.inner_text() == demo.FINAL
        assert reference.get_attribute("dir") == "ltr"
        assert "<" not in label.inner_text()
        assert tab.locator(f"input[value='case:{demo.FINAL}']").count() == 1
    finally:
        tab.context.close()
