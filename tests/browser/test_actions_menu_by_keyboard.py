"""A request's "Actions" menu used with a keyboard alone, in English and Persian, on a
desktop and a phone: opened with Enter on its button, it closes when focus leaves it with
Tab past its last action or Shift+Tab back before its button, and Escape closes it and
puts focus back on its button; closed, its button says so (aria-expanded="false") and
no action hangs over the page (WCAG 2.1.1, 2.4.3, 4.1.2)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import new_tab, sign_in_in_browser, tab_to

pytestmark = pytest.mark.browser

MENU = ".moj-identity-bar .moj-button-menu"
TOGGLE = f"{MENU} .moj-button-menu__toggle-button"
INSIDE = "el => el.contains(document.activeElement)"


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request a family sent (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="keyboard.menu.parent@example.org")
    return submitted(family)


@pytest.fixture(scope="module")
def staff(browser, base_url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
    yield tab
    tab.context.close()


def opened(tab, reference: str, language: str, width: int):  # type: ignore[no-untyped-def]
    """The request's page with its menu opened from the keyboard: Tab to the button, Enter."""
    tab.set_viewport_size({"width": width, "height": 800})
    tab.goto(f"/caseworker/requests/{reference}?lang={language}")
    tab_to(tab, TOGGLE, limit=80)
    tab.keyboard.press("Enter")
    menu = tab.locator(MENU)
    assert tab.locator(TOGGLE).get_attribute("aria-expanded") == "true"
    assert menu.locator(".moj-button-menu__item").first.is_visible()
    assert menu.locator(".moj-button-menu__wrapper").evaluate(INSIDE), "an action is focused"
    return menu


def assert_closed(menu, how: str) -> None:  # type: ignore[no-untyped-def]
    toggle = menu.locator(".moj-button-menu__toggle-button")
    assert toggle.get_attribute("aria-expanded") == "false", f"{how}: still announced open"
    items = menu.locator(".moj-button-menu__item").all()
    shown = [item.inner_text() for item in items if item.is_visible()]
    assert shown == [], f"{how}: {shown} still over the page"


@pytest.fixture(params=[1280, 320], ids=["desktop", "phone"])
def width(request: pytest.FixtureRequest, staff) -> Iterator[int]:  # type: ignore[no-untyped-def]
    yield request.param
    staff.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("language", ["en", "fa"])
def test_tab_past_the_last_action_closes_the_menu(  # type: ignore[no-untyped-def]
    staff, reference: str, language: str, width: int
) -> None:
    menu = opened(staff, reference, language, width)
    for _ in range(menu.locator(".moj-button-menu__item").count() + 1):
        staff.keyboard.press("Tab")
        if not menu.evaluate(INSIDE):
            break
    assert not menu.evaluate(INSIDE), "Tab never left the menu"
    assert_closed(menu, "Tab out of the menu")
    assert staff.evaluate("document.activeElement !== document.body"), "focus was lost"


@pytest.mark.parametrize("language", ["en", "fa"])
def test_tab_from_the_last_action_closes_the_menu(  # type: ignore[no-untyped-def]
    staff, reference: str, language: str, width: int
) -> None:
    menu = opened(staff, reference, language, width)
    staff.keyboard.press("End")
    last = menu.locator(".moj-button-menu__item").last
    assert last.evaluate("el => el === document.activeElement"), "End reaches the last action"
    staff.keyboard.press("Tab")
    assert not menu.evaluate(INSIDE), "Tab from the last action stayed in the menu"
    assert_closed(menu, "Tab past the last action")


@pytest.mark.parametrize("language", ["en", "fa"])
def test_shift_tab_before_the_button_closes_the_menu(  # type: ignore[no-untyped-def]
    staff, reference: str, language: str, width: int
) -> None:
    menu = opened(staff, reference, language, width)
    for _ in range(menu.locator(".moj-button-menu__item").count() + 2):
        staff.keyboard.press("Shift+Tab")
        if not menu.evaluate(INSIDE):
            break
    assert not menu.evaluate(INSIDE), "Shift+Tab never left the menu"
    assert_closed(menu, "Shift+Tab back before the button")


@pytest.mark.parametrize("language", ["en", "fa"])
def test_escape_closes_the_menu_and_returns_to_its_button(  # type: ignore[no-untyped-def]
    staff, reference: str, language: str, width: int
) -> None:
    menu = opened(staff, reference, language, width)
    staff.keyboard.press("ArrowDown")
    staff.keyboard.press("Escape")
    assert_closed(menu, "Escape")
    assert staff.locator(TOGGLE).evaluate("el => el === document.activeElement")
