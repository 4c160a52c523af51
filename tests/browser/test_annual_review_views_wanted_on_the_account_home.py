"""A tester, as a parent in Polish, looked at their account: Tobi's case had an annual
review meeting coming and its page asked for views before it, yet the account said
nothing of it, while the other cases each had a line. The account now says when the
meeting is and links to giving views, until the parent has sent theirs.

Sending views changes the demonstration case as the parent sees it, and other browser
tests send them too, so the portal runs here on a database of its own."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from tests.support.own_pages import review_views_sent
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_account_says_views_are_wanted_before_the_meeting(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    live_app, base_url = own_portal
    with live_app.test_request_context(), force_locale("ar"):
        meeting = gettext("The annual review meeting is on %(date)s.").split("%")[0].strip()
        link = gettext("The annual review: your views, the meeting and the decision")
        sent = gettext("You have sent your views for the annual review.")
        onward = gettext("The annual review: the meeting and the decision")
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 800})
        sign_in_in_browser(tab, "/account/?lang=ar", "parent@example.org")
        case = tab.locator("main li", has=tab.locator(f"a[href='/account/cases/{demo.REVIEW}']"))
        assert meeting in case.inner_text(), case.inner_text()
        check_accessible(tab, "the account with an annual review asking for views", "ar")
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320
        with tab.expect_navigation():
            case.get_by_role("link", name=link).click()
        assert tab.url.endswith(f"/account/cases/{demo.REVIEW}/annual-review"), tab.url

        review_views_sent(live_app, live_app.test_client(), {"hopes": "To swim for the county."})
        tab.goto("/account/?lang=ar")
        # Their views are sent, so nothing is asked; a tester then lost the meeting's date
        # and the way to the review from their account, the meeting still to come.
        shown = case.inner_text()
        assert link not in shown, "nothing is asked"
        assert sent in shown and meeting in shown, shown
        with tab.expect_navigation():
            case.get_by_role("link", name=onward).click()
        assert tab.url.endswith(f"/account/cases/{demo.REVIEW}/annual-review"), tab.url
    finally:
        tab.context.close()
