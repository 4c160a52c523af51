"""What a tester met in Chromium as a young adult with a case of her own, in Arabic on a
small phone: the task "All about me" of the request she was writing asked "Which case are
these views for?", offering her other case beside the request, so her views could have
gone to the wrong one."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_views_started_from_a_young_adults_request_go_with_it(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 640})
        sign_in_in_browser(tab, "/account/?lang=ar", "young.adult@example.org")
        tab.goto("/account/request/who")
        tab.locator("input[value=young_person]").check()
        send(tab)
        task_list = tab.url.removeprefix(tab.context_base_url)

        with tab.expect_navigation():
            tab.locator("main a[href*='/account/contributions/new']").click()
        main = tab.locator("main").inner_text()
        assert "لأي ملف هذه الآراء؟" not in main, "not asked which case: the request's own"
        assert tab.locator("main input[type=radio]").count() == 0, main
        assert tab.locator(".govuk-back-link").get_attribute("href") == task_list
        check_accessible(tab, "views start page from a request", "ar")
        send(tab)
        assert "/about/likes" in tab.url, f"on the first views question: {tab.url}"
        assert tab.locator(".govuk-back-link").get_attribute("href") == task_list
        check_accessible(tab, "first views question from a request", "ar")

        tab.get_by_role("textbox").fill("أحب الرسم")
        while "/check" not in tab.url:
            if "/files" in tab.url:
                with tab.expect_navigation():
                    tab.locator("main a.govuk-button").click()
            else:
                send(tab)
        send(tab)

        tab.goto(f"{task_list}?lang=en")
        views_task = tab.locator(".govuk-task-list__item", has_text="All about me")
        assert "1 set of views saved" in views_task.inner_text(), views_task.inner_text()
        tab.goto(f"{task_list}check")
        views = tab.locator("dt", has_text="Your views in your own words").locator("..")
        assert "will be sent with your request" in views.inner_text(), views.inner_text()
    finally:
        tab.context.close()
