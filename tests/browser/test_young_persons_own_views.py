"""A young person (16 to 25) giving their own views, as the tester met them in Chromium:
from their own request's task "All about me", the start page told them views help
readers "first get to know the child or young person", asked who was giving views with
"I am a parent ... about my child" and "I am helping a child" among the answers, and
named their own request as one "about the person" with their own name. The hopes page
spoke of "when you are older", and their own request offered a nursery as where they
learn now."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import check_accessible, new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser


def start_own_request(tab) -> str:  # type: ignore[no-untyped-def]
    """A young person starts a request for themselves; returns its task list's address."""
    tab.goto("/account/request/who")
    tab.locator("input[value=young_person]").check()
    press(tab, "Continue")
    return tab.url


def test_a_young_person_gives_their_own_views_from_their_own_request(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.person@example.org")
        task_list = start_own_request(tab)
        tab.goto(task_list)
        with tab.expect_navigation():
            tab.get_by_role("link", name="All about me: views in your own words").click()

        # Their own views, with their own request: not asked who writes or where they go,
        # and not told of "the child" on the start page or the first question.
        assert tab.locator("main input[type=radio]").count() == 0
        assert "child" not in tab.locator("main").inner_text()
        check_accessible(tab, "a young person's own views' start page, from their request", "en")
        press(tab, "Start")
        assert "/about/likes" in tab.url, tab.url
        main = tab.locator("main").inner_text()
        assert "child" not in main, main
        check_accessible(tab, "a young person's own views, started from their request", "en")
        tab.goto(tab.url.rsplit("/", 1)[0] + "/hopes")
        hint = tab.locator(".govuk-hint").first.inner_text()
        assert "when you are older" not in hint and "school" not in hint, hint
        assert "the next few years" in hint, hint

        tab.goto("/account/contributions/new")
        assert tab.locator("input[name=author]").count() == 0, "from the account's own link too"
        assert "child" not in tab.locator("main").inner_text()
    finally:
        tab.context.close()


def test_a_young_persons_own_request_offers_no_nursery(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.person@example.org")
        task_list = start_own_request(tab)
        tab.goto(f"{task_list}education/setting")
        options = tab.locator("main .govuk-radios").inner_text()
        assert "Nursery" not in options, options
        assert "College or sixth form" in options
    finally:
        tab.context.close()


def test_a_parent_still_says_who_is_giving_views(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    # An account of its own: other browser tests begin young people's own requests on the
    # example parents' accounts, which rightly makes each a young person's too.
    parent = "views.voice.parent@example.org"
    family = live_app.test_client()
    sign_in(family, person=parent)
    submitted(family)  # views are given about a request or a case
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", parent)
        tab.goto("/account/contributions/new")
        # Parent or carer, or someone else who knows them: a parent's account is not the
        # young person's, so it is not offered their own voice.
        assert tab.locator("input[name=author]").count() == 2
        assert "I am a young person giving my own views" not in tab.locator("main").inner_text()
        tab.goto("/account/request/who")
        tab.locator("input[value=parent_carer]").check()
        press(tab, "Continue")
        tab.goto(f"{tab.url}education/setting")
        assert "Nursery, pre-school or childminder" in tab.locator("main").inner_text()
    finally:
        tab.context.close()
