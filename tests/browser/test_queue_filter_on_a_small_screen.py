"""The caseworker's queue on a phone or a tablet, in English and Arabic: the filter waits
behind a "Show filter" button, so the work trays and the requests can be reached and
clicked, and the filter can be shown and used with the keyboard alone. Without
JavaScript the filter sits above the requests in the page, not over them."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

TOPMOST = """element => {
  element.scrollIntoView({block: "center", inline: "center"})
  const box = element.getClientRects()[0]  // a reference may wrap at its hyphens
  const found = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
  return element.contains(found) || (found ? found.outerHTML.slice(0, 160) : "nothing")
}"""


@pytest.fixture(scope="module", autouse=True)
def reference(live_app: Flask) -> str:
    """A request a family sent, so the queue has one (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


def tab_to(tab, selector: str, key: str = "Tab", limit: int = 60) -> None:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) until the element `selector` has the focus."""
    for _ in range(limit):
        if tab.evaluate("s => document.activeElement.matches(s)", selector):
            return
        tab.keyboard.press(key)
    raise AssertionError(f"{selector} never had the focus by {key}")


def first_request(tab):  # type: ignore[no-untyped-def]
    return tab.locator("tbody a.govuk-link").first


@pytest.mark.parametrize("width", [320, 768])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_queue_works_on_a_small_screen(people, width: int, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.set_viewport_size({"width": width, "height": 900})
    try:
        staff.goto(f"/caseworker/queue?lang={language}")
        check_accessible(staff, f"the queue at {width} px", language)
        tray = staff.locator("nav.moj-sub-navigation a").last
        assert tray.evaluate(TOPMOST) is True, f"a work tray is covered at {width} px"
        link = first_request(staff)
        covering = link.evaluate(TOPMOST)
        assert covering is True, f"the first request is under {covering} at {width} px"
        reference = link.inner_text().strip()
        link.click(timeout=5000)
        staff.wait_for_load_state()
        assert f"/caseworker/requests/{reference}" in staff.url
        assert reference in staff.title()

        staff.goto(f"/caseworker/queue?lang={language}")
        toggle = staff.locator(".portal-filter-toggle button")
        assert toggle.is_visible()
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not staff.locator("#q").is_visible()
        if language == "en":
            assert toggle.inner_text() == "Show filter"
        tab_to(staff, ".portal-filter-toggle button")
        staff.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        if language == "en":
            assert toggle.inner_text() == "Hide filter"
        closing = staff.locator(".moj-filter-layout button[type=button]:visible")
        assert closing.count() == 1, f"one control closes the filter: {closing.all_inner_texts()}"
        assert closing.get_attribute("aria-expanded") == "true", "and it is the toggle"
        tab_to(staff, ".portal-filter-toggle button", key="Shift+Tab", limit=3)
        staff.keyboard.press("Enter")
        assert not staff.locator("#q").is_visible(), "closed from the keyboard"
        assert toggle.get_attribute("aria-expanded") == "false"
        assert staff.evaluate("document.activeElement.closest('.portal-filter-toggle') !== null")
        staff.keyboard.press("Enter")
        tab_to(staff, "#filter-status-1")
        staff.keyboard.press("Space")
        tab_to(staff, ".moj-filter__options button[type=submit]", key="Shift+Tab")
        with staff.expect_navigation():
            staff.keyboard.press("Enter")
        assert re.search(r"[?&]status=", staff.url), staff.url
        assert first_request(staff).evaluate(TOPMOST) is True, "the filtered list is covered"
        staff.locator(".portal-filter-toggle button").press("Enter")
        assert staff.locator("a.moj-filter__tag").count() == 1
        check_accessible(staff, f"the queue's filter shown at {width} px", language)
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/?lang=en")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_filter_stays_beside_the_requests_on_a_desktop(people, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/queue?lang={language}")
    assert not staff.locator(".portal-filter-toggle button").is_visible()
    assert staff.locator("#q").is_visible()
    filter_box = staff.locator(".moj-filter").bounding_box()
    table_box = staff.locator("table").bounding_box()
    assert filter_box and table_box
    assert filter_box["y"] < table_box["y"] + table_box["height"], "side by side"
    assert abs(filter_box["y"] - table_box["y"]) < 200, "side by side"
    assert first_request(staff).evaluate(TOPMOST) is True
    staff.goto("/caseworker/?lang=en")


@pytest.mark.parametrize("width", [320, 768])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_without_javascript_the_filter_is_above_the_requests(  # type: ignore[no-untyped-def]
    browser, base_url: str, people, width: int, language: str
) -> None:
    context = browser.new_context(
        base_url=base_url,
        java_script_enabled=False,
        storage_state=people["staff"].context.storage_state(),
        viewport={"width": width, "height": 900},
    )
    try:
        tab = context.new_page()
        tab.goto(f"/caseworker/queue?lang={language}")
        assert tab.locator("#q").is_visible()
        assert tab.locator(".moj-filter-layout__filter").evaluate(
            "e => getComputedStyle(e).position"
        ) not in ("fixed", "absolute")
        filter_box = tab.locator(".moj-filter").bounding_box()
        table_box = tab.locator("table").bounding_box()
        assert filter_box and table_box
        assert filter_box["y"] + filter_box["height"] <= table_box["y"], "filter above"
        assert first_request(tab).evaluate(TOPMOST) is True
    finally:
        context.close()
