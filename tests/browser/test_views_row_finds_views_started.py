"""What a tester met on a request's task list: a parent who had started their views, left
them half written and came back by the task list's Views row found "Optional" and an empty
start page, and pressing Start began a second set. The row says the views are in
progress, and its page lists the request's sets of views, to finish or to read, above the
form that starts another."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, new_tab, request_started, send, sign_in_in_browser

pytestmark = pytest.mark.browser

VIEWS_ROW = "Views of the child or young person, and your views"
PARENT_VIEWS = "I am a parent or carer giving my views about my child"
WRITTEN = "She loves the climbing frame and hates the hand dryers."


def views_row(tab):  # type: ignore[no-untyped-def]
    return tab.locator(".govuk-task-list__item", has=tab.get_by_role("link", name=VIEWS_ROW))


@pytest.mark.parametrize("language", ["fa"])
def test_views_left_half_written_are_found_again_from_the_task_list(  # type: ignore[no-untyped-def]
    browser, base_url: str, language: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "parent@example.org")
        task_list = request_started(tab)
        with tab.expect_navigation():
            tab.get_by_role("link", name=VIEWS_ROW).click()
        tab.get_by_label(PARENT_VIEWS).check()
        send(tab, tab.get_by_role("button", name="Start"))
        tab.locator("[name=answer]").fill(WRITTEN)
        send(tab, tab.get_by_role("button", name="Save and continue"))

        tab.goto(task_list)
        assert views_row(tab).locator(".govuk-task-list__status").inner_text() == "In progress"
        with tab.expect_navigation():
            tab.get_by_role("link", name=VIEWS_ROW).click()
        started = tab.get_by_role("link", name="Finish the views you started on")
        assert started.count() == 1, tab.locator("main").inner_text()
        assert "Your views as a parent or carer" in tab.locator("main").inner_text()
        tab.goto(f"{tab.url}&lang={language}")
        check_accessible(tab, "the views of a request, one not finished", language)
        assert "Views with this request" not in tab.locator("main").inner_text()
        tab.goto(f"{tab.url.split('&lang=')[0]}&lang=en")

        with tab.expect_navigation():
            started.click()
        assert WRITTEN in tab.locator("main").inner_text(), "the same set, as written"
        send(tab, tab.get_by_role("button", name="Save your views"))

        tab.goto(task_list)
        assert views_row(tab).locator(".govuk-task-list__status").inner_text() == (
            "1 set of views saved"
        )
        with tab.expect_navigation():
            tab.get_by_role("link", name=VIEWS_ROW).click()
        assert tab.get_by_role("link", name="Finish the views you started on").count() == 0
        with tab.expect_navigation():
            tab.get_by_role("link", name="Your views as a parent or carer").click()
        assert WRITTEN in tab.locator("main").inner_text(), "the saved set, to read"
    finally:
        tab.context.close()
