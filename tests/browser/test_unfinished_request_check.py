"""Check your answers reached on an unfinished request (from a bookmark or Back).

A tester found every missing answer "Not answered" under "Now send your request" and
"Accept and send", and pressing it gave a 17-item error summary. The page now says the
request is not finished, how many sections are left, and leads back to the task list."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, request_started, send, sign_in_in_browser


@pytest.mark.browser
def test_an_unfinished_request_is_not_offered_for_sending(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        task_list = request_started(tab)
        tab.goto(f"{task_list}child/name")
        tab.locator("#first_name").fill("Nell")
        tab.locator("#last_name").fill("Example")
        send(tab)

        tab.goto(f"{task_list}check")
        main = tab.locator("main")
        text = main.inner_text()
        assert "Now send your request" not in text
        assert not tab.get_by_role("button", name="Accept and send").count()
        assert "Your request is not finished yet" in text
        assert "You have 6 sections left to complete" in text
        tab.get_by_role("link", name="Go to your task list").first.click()
        tab.wait_for_load_state()
        assert tab.url == task_list
    finally:
        tab.context.close()
