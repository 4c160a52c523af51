"""What a tester met: at 320 px in Polish the caseworker's consent page broke its heading
inside the case reference ("Zgody w sprawie BNT-" / "2025-104733"), and the family's link
page wrapped the example code in its hint ("KX7D-" / "P2MQ-9RTA"), in English at 1280 px
too. A reference or a code is drawn on one line in every staff heading that names one,
and in a hint, at any width and in either direction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.pages import post
from tests.support.requests import submitted
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

CODE = "KX7D-P2MQ-9RTA"

# How many lines each occurrence of `text` in the element is drawn on.
LINES_OF = """(element, text) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  const whole = element.textContent
  const found = []
  let start = whole.indexOf(text)
  while (start >= 0) {
    const range = document.createRange()
    let seen = 0, begun = false
    walker.currentNode = element
    while (walker.nextNode()) {
      const node = walker.currentNode, end = seen + node.data.length
      if (!begun && start < end) { range.setStart(node, start - seen); begun = true }
      if (begun && start + text.length <= end) {
        range.setEnd(node, start + text.length - seen)
        break
      }
      seen = end
    }
    found.push(new Set([...range.getClientRects()].filter(r => r.width)
                       .map(r => Math.round(r.top))).size)
    start = whole.indexOf(text, start + 1)
  }
  return found
}"""


@pytest.fixture(scope="module")
def pages(own_portal: tuple[Flask, str]) -> dict[str, str]:
    """A family's request and their request about their information (set up without a
    browser), on a portal of the module's own: the arguments of the caseworker's pages."""
    family = own_portal[0].test_client()
    sign_in(family, person="second.parent@example.org")
    reference = submitted(family)
    made = post(
        family,
        "/account/your-data/rights/child.upn",
        {"right": "restriction", "details": "Tylko dla szkoły", "correction": "", "about": "all"},
    )
    assert made.status_code == 302
    return {"reference": reference, "asked": made.headers["Location"].rsplit("/", 1)[-1]}


@pytest.fixture(scope="module")
def tabs(browser, own_portal: tuple[Flask, str]) -> Iterator[dict[str, object]]:  # type: ignore[no-untyped-def]
    staff, family = new_tab(browser, own_portal[1]), new_tab(browser, own_portal[1])
    sign_in_in_browser(staff, "/caseworker/", "caseworker@council.example")
    sign_in_in_browser(family, "/account/", "parent@example.org")
    yield {"staff": staff, "family": family}
    staff.context.close()
    family.context.close()


@pytest.mark.parametrize("language", ["pl", "fa"])
@pytest.mark.parametrize("width", [320, 640])
@pytest.mark.parametrize(
    "path",
    [
        f"/caseworker/cases/{demo.FINAL}/consent",
        "/caseworker/cases/{reference}/consent",
        "/caseworker/data-rights/{asked}",
    ],
)
def test_a_staff_heading_keeps_its_reference_whole(  # type: ignore[no-untyped-def]
    tabs, pages: dict[str, str], path: str, width: int, language: str
) -> None:
    staff = tabs["staff"]
    staff.set_viewport_size({"width": width, "height": 800})
    try:
        staff.goto(f"{path.format(**pages)}?lang={language}")
        heading = staff.locator("main h1")
        reference = heading.locator(".portal-reference")
        assert reference.count() == 1, f"{path}: {heading.inner_text()}"
        lines = heading.evaluate(LINES_OF, reference.inner_text())
        assert lines == [1], f"{path} in {language} at {width} px: {heading.inner_text()}"
        assert staff.evaluate("document.documentElement.scrollWidth <= innerWidth")
        if width == 320:
            check_accessible(staff, f"{path} at 320 px", language)
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("language", ["en", "pl", "fa"])
@pytest.mark.parametrize("width", [320, 375, 640, 1280])
def test_the_link_codes_example_stays_whole(tabs, width: int, language: str) -> None:  # type: ignore[no-untyped-def]
    family = tabs["family"]
    family.set_viewport_size({"width": width, "height": 800})
    try:
        family.goto(f"/account/link?lang={language}")
        hint = family.locator("#code-hint")
        assert CODE in hint.inner_text()
        lines = hint.evaluate(LINES_OF, CODE)
        assert lines == [1], f"{language} at {width} px: {hint.inner_text()}"
        assert family.evaluate("document.documentElement.scrollWidth <= innerWidth")
        if width == 320:
            check_accessible(family, "the link page at 320 px", language)
    finally:
        family.set_viewport_size({"width": 1280, "height": 800})
