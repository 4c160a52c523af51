"""A tester checking views before sending them pressed "Change" beside one answer, changed
it, and "Save and continue" took them to the top of the check page (the views' check
page), or to "Your views" above the first answer (the annual review page, whose four
questions are on one page), not back to the answer they had changed. Both now return to
that answer's row, with its "Change" link next in Tab order."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import PROMPTS, answer_all, begin
from tests.support.links import BORN, code_for
from tests.support.requests import start
from tests.support.tabs import linked_in_browser, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

LONG = "Our days are busy, and we write a lot here so that every answer takes up room. " * 4
REVIEW = f"/account/cases/{demo.REVIEW}/annual-review"


def _back_at_the_row(tab, anchor: str, first: str, change_text: str) -> None:  # type: ignore[no-untyped-def]
    """The page is open at the answer `anchor`, the first answer `first` above the screen,
    and Tab goes next to the answer's own "Change" link."""
    answer = tab.locator(f"#{anchor}")
    assert "Changed today." in answer.inner_text()
    assert answer.is_visible()
    above = tab.locator(f"#{first}").bounding_box()
    assert above["y"] + above["height"] < 0, "opened at the row changed, not at the first"
    tab.keyboard.press("Tab")
    focused = tab.evaluate("document.activeElement.textContent")
    assert " ".join(focused.split()) == " ".join(change_text.split()), focused


def test_a_changed_view_returns_to_its_row_on_the_check_page(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    person = "views.changed.row@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    views = begin(family, "parent_carer", f"draft:{start(family)}")
    answer_all(family, views, dict.fromkeys(PROMPTS, LONG))
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 640})
        sign_in_in_browser(tab, f"/account/contributions/{views}/check", person)
        change = tab.locator("main a[href*='/about/hard?']")
        change_text = change.inner_text()
        change.click()
        tab.wait_for_load_state()
        back = tab.locator(".govuk-back-link").get_attribute("href")
        assert back.endswith("/check#views-hard"), back
        # Opened at the answer's box, as a request's change links open theirs: a keyboard
        # user was left at the top of the page.
        assert tab.evaluate("document.activeElement.tagName") == "TEXTAREA"

        tab.locator("textarea").fill("Changed today.")
        send(tab)
        assert tab.url.endswith("/check#views-hard"), tab.url
        _back_at_the_row(tab, "views-hard", "views-likes", change_text)
    finally:
        tab.context.close()


def test_a_changed_review_view_returns_to_its_row(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    person = "review.changed.row@example.org"
    sign_in(live_app.test_client(), person=person)  # known to the sign-in page
    code = code_for(live_app, demo.REVIEW, "Jo Okafor", "parent_carer")
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 640})
        linked_in_browser(tab, code, BORN[demo.REVIEW], person)
        tab.goto(f"{REVIEW}/views")
        for box in tab.locator("main form textarea").all():
            box.fill(LONG)
        send(tab)
        tab.get_by_role("link", name="Continue").click()
        tab.wait_for_url(f"**{REVIEW}#your-views")

        change = tab.locator("main .portal-review-views a[href$='#hopes']")
        change_text = change.inner_text()
        change.click()
        tab.wait_for_load_state()
        assert tab.evaluate("document.activeElement.id") == "hopes", "opened at its box"
        back = tab.locator(".govuk-back-link").get_attribute("href")
        assert back.endswith(f"{REVIEW}#views-hopes"), back

        tab.locator("#hopes").fill("Changed today.")
        send(tab)
        assert tab.url.endswith(f"{REVIEW}#views-hopes"), tab.url
        _back_at_the_row(tab, "views-hopes", "views-working", change_text)
    finally:
        tab.context.close()
