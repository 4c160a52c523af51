"""What a tester met on the annual review page, in Bulgarian at 320 px: their views read
back before sending, each question not answered ("Без отговор") with a "Промяна"
("Change") link, as if there were something to change. As on a draft plan's check page,
a question not answered, and no report, is "Add"; what is there is "Change".

Saving views changes the demonstration case, so the portal runs on a database of its own."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale

from devtools.reference_case_system import demo
from portal.platform.voices import voiced
from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import post
from tests.support.requests import start
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

YP = "young person"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_question_not_answered_is_added_not_changed(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str], language: str
) -> None:
    live_app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 640})
        views = f"/account/cases/{demo.OWN_REVIEW}/annual-review/views?lang={language}"
        sign_in_in_browser(tab, views, "young.student@example.org")
        tab.goto(views)
        for box in tab.locator("main textarea").all():
            box.fill("")
        tab.locator("textarea[name=working]").fill("Art on Thursdays.")
        send(tab)
        tab.goto(f"/account/cases/{demo.OWN_REVIEW}/annual-review?lang={language}")

        with live_app.test_request_context(), force_locale(language):
            add, change = voiced("Add", YP), voiced("Change", YP)
            not_answered, none_added = voiced("Not answered", YP), voiced("None added", YP)
        rows = tab.locator(".portal-review-views .govuk-summary-list__row")
        seen = []
        for row in rows.all():
            value = row.locator(".govuk-summary-list__value").inner_text().strip()
            action = row.locator(".govuk-summary-list__actions a").inner_text()
            seen.append((value, action.split("\n")[0].strip()))
        assert len(seen) == 5, seen
        assert [value for value, _action in seen].count(not_answered) == 3, seen
        for value, action in seen:
            empty = value in (not_answered, none_added)
            assert action.startswith(add if empty else change), (value, action)
        check_accessible(tab, "a young person's review views, some not answered", language)
    finally:
        tab.context.close()


@pytest.mark.parametrize("language", ["tr", "en"])
def test_a_childs_views_not_answered_are_added_not_changed(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, language: str
) -> None:
    """The same on the page where views are checked before they are saved, in the child's
    words where a child is helped to give them."""
    person = f"views.added.{language}@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    views = begin(family, "child", f"draft:{start(family)}")
    post(family, f"/account/contributions/{views}/about/likes", {"answer": "Trains."})
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/contributions/{views}/check?lang={language}", person)
        with live_app.test_request_context(), force_locale(language):
            add, change = voiced("Add", "child"), voiced("Change", "child")
        actions = [
            " ".join(link.split())
            for link in tab.locator("main .govuk-summary-list__actions a").all_inner_texts()
        ]
        wanted = [add, change] + [add] * 5  # who helped, likes; four questions, files
        assert [action.split(" ")[0] for action in actions] == [w.split(" ")[0] for w in wanted]
        check_accessible(tab, "a child's views, some not answered", language)
    finally:
        tab.context.close()
