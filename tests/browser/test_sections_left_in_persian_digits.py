"""A tester, as a parent reading Persian, read on "Check your answers" that "1" section was
left to complete, in a Western digit, on a page that writes every other number in Persian
digits. The count of sections left is written in the page's digits too."""

from __future__ import annotations

import re

import pytest

from tests.support.tabs import new_tab, request_started, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_sections_left_are_counted_in_persian_digits(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=fa", "parent@example.org")
        task_list = request_started(tab)
        tab.goto(task_list.rstrip("/") + "/check")
        said = tab.locator("main .govuk-notification-banner, main .govuk-warning-text, main p")
        left = [text for text in said.all_inner_texts() if "بخش" in text and re.search(r"\d", text)]
        assert left, said.all_inner_texts()
        assert not re.search(r"[0-9]", " ".join(left)), left
        assert re.search(r"[۰-۹]", " ".join(left)), left
    finally:
        tab.context.close()
