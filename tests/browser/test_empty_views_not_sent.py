"""Views in a person's own words, as a young person met them in a browser: they left every
question blank, added no file and pressed "Send your views" on the check page; the views
went, empty, for good. Now nothing is sent and the page says what to do, the GOV.UK way."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import Contribution
from portal.platform import db
from tests.support.links import young_persons_own_link
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "young.adult@example.org"
MESSAGE = "Answer at least one question or add a file before you send your views"


def test_a_young_person_cannot_send_views_with_nothing_in_them(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    young_persons_own_link(live_app, demo.REVIEW, PERSON)  # Tobi's case: he is 13
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", PERSON)
        tab.goto(f"/account/contributions/new?case={demo.REVIEW}")
        assert tab.locator("[name=author]").count() == 0, "not asked: their own views"
        send(tab, tab.locator("main form button[type=submit]").last)
        while "/check" not in tab.url:  # every question blank, no file
            button = tab.get_by_role("button", name="Save and continue")
            if button.count():
                send(tab, button)
            else:
                tab.get_by_role("link", name="Continue").click()
                tab.wait_for_url("**/check")

        send(tab, tab.get_by_role("button", name="Send your views"))

        assert tab.url.endswith("/check"), "still on the check page"
        summary = tab.locator(".govuk-error-summary")
        assert summary.count() == 1, "the page says what is wrong"
        assert summary.get_by_role("link", name=MESSAGE).count() == 1
        assert tab.title().startswith("Error: ")
        assert tab.evaluate("document.activeElement.classList.contains('govuk-error-summary')")
        check_accessible(tab, "the check page with nothing to send", "en")
        with live_app.app_context():
            [views] = db.session().scalars(
                select(Contribution).where(Contribution.case_reference == demo.REVIEW)
            )
            assert views.submitted_at is None and views.ready_at is None, "nothing was sent"

        summary.get_by_role("link", name=MESSAGE).click()
        tab.wait_for_url("**/about/likes?return_to=check")
        tab.locator("textarea").fill("I fix bikes at the weekend.")
        send(tab, tab.get_by_role("button", name="Save and continue"))
        assert tab.url.endswith("/check#views-likes"), "back at the answer's row"
        send(tab, tab.get_by_role("button", name="Send your views"))
        sent = tab.locator("main").inner_text()
        assert "Views sent" in sent and "I fix bikes at the weekend." in sent
    finally:
        tab.context.close()
