"""A request's "Actions" menu opened on a phone, in English and Arabic: every action in
the open menu lies within the screen, which cannot be scrolled sideways to reach one
(WCAG 1.4.10, reflow), and on a desktop the menu still opens beside its button."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request a family sent (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["en", "ar", "ro"])
def test_every_action_in_the_open_menu_is_on_the_screen(  # type: ignore[no-untyped-def]
    people, reference: str, width: int, language: str
) -> None:
    staff = people["staff"]
    staff.set_viewport_size({"width": width, "height": 800})
    try:
        staff.goto(f"/caseworker/requests/{reference}?lang={language}")
        menu = staff.locator(".moj-identity-bar .moj-button-menu")
        toggle = menu.locator(".moj-button-menu__toggle-button")
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        items = menu.locator(".moj-button-menu__item")
        assert items.count() > 1
        for item in items.all():
            assert item.is_visible()
            box = item.bounding_box()
            assert box is not None
            where = f"{item.inner_text()!r} at x = {box['x']:.0f}..{box['x'] + box['width']:.0f}"
            assert box["x"] >= 0, f"{where}: past the left edge of a {width} px screen"
            assert box["x"] + box["width"] <= width, f"{where}: past the right edge of {width} px"
        wide = staff.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"the page is {wide} px wide on a {width} px screen"
        if width > 320:
            button = toggle.bounding_box()
            first = items.first.bounding_box()
            assert button is not None and first is not None
            assert 0 <= first["y"] - (button["y"] + button["height"]) < 20, "just below it"
            if language == "ar":
                assert abs(first["x"] - button["x"]) < 2, "the menu starts at its left"
            else:
                right = button["x"] + button["width"]
                assert abs(first["x"] + first["width"] - right) < 2, "ends at its right"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/?lang=en")
