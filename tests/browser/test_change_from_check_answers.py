"""A young person changed their course from "Check your answers", a page about 5,800
pixels tall at 320 px, and saving took them back to its top: with the keyboard alone,
about 200 presses of Tab to reach the send button again. Saving a change now returns to
the row changed, and the next Tab reaches that row's change link."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import fill, start
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_saving_a_change_returns_to_the_row_changed(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    person = "second.parent@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    draft = start(family)
    fill(family, draft)  # a whole request: nothing missing, so no error summary takes the focus
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 640})
        sign_in_in_browser(tab, f"/account/request/{draft}/check", person)
        change = tab.locator("a[href*='/child/ethnicity?return_to=check']").first
        row_text = change.inner_text()
        change.click()
        tab.wait_for_load_state()
        assert tab.locator(".govuk-back-link").get_attribute("href").endswith("#child-ethnicity")
        send(tab)
        assert tab.url.endswith("/check#child-ethnicity"), tab.url
        assert tab.evaluate("window.scrollY") > 0, "the page opens at the row, not its top"
        tab.keyboard.press("Tab")
        focused = tab.evaluate("document.activeElement.textContent")
        assert " ".join(focused.split()) == " ".join(row_text.split()), focused
    finally:
        tab.context.close()
