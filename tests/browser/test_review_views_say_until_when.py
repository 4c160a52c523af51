"""A tester, as a young person with an annual review of their own plan, read when the
meeting was and "tell us before the meeting", but not until when their views could be
sent: a saved draft not sent by the meeting is never sent. The page says the last day,
before they begin and while their views wait to be sent."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_review_page_says_until_when_views_can_be_sent(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.student@example.org")
        review = f"/account/cases/{demo.OWN_REVIEW}/annual-review"
        tab.goto(review)
        meeting = tab.locator(".govuk-summary-list__row", has_text="Review meeting")
        day = meeting.locator("dd").first.inner_text().strip()
        said = f"You can send your views until {day}, the day of the meeting."
        assert said in tab.locator("main").inner_text(), tab.locator("main").inner_text()
        tab.get_by_role("link", name="Give your views").click()
        tab.locator("textarea").first.fill("College is going well.")
        send(tab, tab.get_by_role("button", name="Save and continue"))
        tab.goto(review)
        assert tab.get_by_role("button", name="Send your views").count() == 1
        assert said in tab.locator("main").inner_text(), "while they wait to be sent"
        check_accessible(tab, "a review's page with views waiting to be sent", "en")
    finally:
        tab.context.close()
