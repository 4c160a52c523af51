"""What a tester met at 320 px in Polish: the responses to draft plans (a 920 px table in a
290 px box), the requests sent to the case system, the requests about families'
information and a case's consent history were cut off inside a region that scrolled with
nothing to show it, words cut mid-word ("second.paren", "Rodzic lub op", "Termin
decyzj"). On a phone each row is a card, every cell named; a wide screen keeps the
table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.draft_plans import send_response
from tests.support.pages import post
from tests.support.requests import submitted
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "second.parent@example.org"  # linked to the draft plan's case in the demonstration

# Every cell of the page's tables drawn past the screen's edges or its region's, and each
# region that scrolls sideways.
CUT_OFF = """() => {
  const cut = []
  for (const table of document.querySelectorAll("main table")) {
    const region = table.closest(".portal-table-region")
    const room = region ? region.getBoundingClientRect() : {left: 0, right: innerWidth}
    for (const cell of table.querySelectorAll("tbody th, tbody td")) {
      const box = cell.getBoundingClientRect()
      if (box.width && (box.left < Math.max(0, room.left) - 0.5
                        || box.right > Math.min(innerWidth, room.right) + 0.5))
        cut.push(cell.innerText.trim().slice(0, 40))
    }
    if (region && region.scrollWidth > region.clientWidth + 1) cut.push("a region scrolls")
  }
  return cut
}"""


@pytest.fixture(scope="module")
def portal(own_portal: tuple[Flask, str]) -> str:
    """A response to the demonstration's draft plan, a request sent through the portal and
    a request about the family's information (set up without a browser), on a portal of
    the module's own; the request's reference."""
    app = own_portal[0]
    family = app.test_client()
    sign_in(family, person=PARENT)
    send_response(family, "Terapia logopedyczna musi być co tydzień.")
    reference = submitted(family)
    asked = {
        "right": "restriction",
        "details": "Tylko dla szkoły",
        "correction": "",
        "about": "all",
    }
    assert post(family, "/account/your-data/rights/child.upn", asked).status_code == 302
    return reference


@pytest.fixture(scope="module")
def staff(browser, own_portal: tuple[Flask, str]) -> Iterator[object]:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, own_portal[1])
    sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
    yield tab
    tab.context.close()


PAGES = [
    "/caseworker/draft-plan-responses",
    "/caseworker/requests",
    "/caseworker/data-rights",
    "/caseworker/cases/{reference}/consent",
]


@pytest.mark.parametrize("language", ["pl", "fa"])
@pytest.mark.parametrize("path", PAGES)
def test_each_row_is_a_card_on_a_phone(staff, portal: str, path: str, language: str) -> None:  # type: ignore[no-untyped-def]
    address = path.format(reference=portal)
    staff.set_viewport_size({"width": 320, "height": 800})
    try:
        staff.goto(f"{address}?lang={language}")
        assert staff.locator("main tbody tr").count(), f"{address} lists nothing"
        cut = staff.evaluate(CUT_OFF)
        assert cut == [], f"{address} in {language} at 320 px: {cut}"
        assert staff.evaluate("document.documentElement.scrollWidth <= innerWidth")
        check_accessible(staff, f"{address} at 320 px", language)
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("path", PAGES)
def test_a_wide_screen_keeps_the_table(staff, portal: str, path: str) -> None:  # type: ignore[no-untyped-def]
    staff.goto(f"{path.format(reference=portal)}?lang=pl")
    heads = staff.locator("main thead th")
    assert heads.first.is_visible()
    assert staff.locator("main .portal-stack-label").first.is_hidden()
