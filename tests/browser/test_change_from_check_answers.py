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


def test_a_mistake_made_after_a_change_link_is_shown_at_the_error_summary(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    """A parent pressed "Change" beside an answer, made a mistake and saved: the error
    summary was drawn, but the focus went to the box the change link had opened at (its
    address kept "#…" after saving), about 1,400 pixels below it, so a person using a
    screen reader or the keyboard was taken past it."""
    person = "second.parent@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    draft = start(family)
    fill(family, draft)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/request/{draft}/check", person)
        tab.locator("a[href*='/child/name?return_to=check']").first.click()
        tab.wait_for_load_state()
        assert "#" in tab.url, "the change link opens the page at its box"
        tab.locator("input[name=first_name]").fill("")
        send(tab)
        assert tab.locator(".govuk-error-summary").count() == 1
        assert tab.evaluate("document.activeElement.classList.contains('govuk-error-summary')")
        assert "#" not in tab.url, tab.url
    finally:
        tab.context.close()
