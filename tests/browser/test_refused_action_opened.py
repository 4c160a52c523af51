"""An action the request's status refuses, opened from its address (a bookmark, a link
kept from before): the page says why, named for the action, and what to do first, as a
paragraph, not an error summary, as nothing was sent; in English and in Arabic, at a
phone's width as at a laptop's."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

SAID = {
    "en": ("You cannot record a decision on this request while its status is New", "Accept"),
    "ar": ("لا يمكنكم تسجيل قرار بشأن هذا الطلب ما دامت حالته: جديد", "اقبلوا الطلب"),
}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_decision_on_a_new_request_says_to_accept_it_first(  # type: ignore[no-untyped-def]
    people, live_app: Flask, language: str
) -> None:
    reference = {"en": "BNT-2026-410101", "ar": "BNT-2026-410102"}[language]
    add_request(live_app, reference, "Nia New")
    staff = people["staff"]
    said, accept = SAID[language]
    try:
        for width in (320, 1100):
            staff.set_viewport_size({"width": width, "height": 800})
            staff.goto(f"/caseworker/requests/{reference}/actions/decide?lang={language}")
            assert staff.locator(".govuk-error-summary").count() == 0
            main = staff.locator("main").inner_text()
            assert said in main, main
            link = staff.locator(f"main a.govuk-link[href$='/{reference}/actions/accept']")
            assert accept in link.inner_text()
            assert staff.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            check_accessible(staff, f"a refused decision at {width} px", language)
        with staff.expect_navigation():
            link.click()
        assert staff.locator("main form button[type=submit]").count() == 1, "accept's own page"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/queue?lang=en")
