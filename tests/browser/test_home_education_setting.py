"""A parent whose child is educated at home says so on "Where do they learn now?".

A tester found no choice for elective home education (the hint said "If they learn at
home, tell us"), and pressing Continue with nothing chosen asked for the name of a
nursery, school or college before any setting was chosen."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, request_started, send, sign_in_in_browser

HOME = "Educated at home by their parents (elective home education)"


@pytest.mark.browser
def test_a_parent_says_their_child_is_educated_at_home(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "parent@example.org")
        task_list = request_started(tab)
        tab.goto(f"{task_list}education/setting")
        main = tab.locator("main")
        assert "If they learn at home, tell us" not in main.inner_text()

        send(tab)
        problems = tab.locator(".govuk-error-summary").inner_text()
        assert "Select where they learn now" in problems
        assert "Enter the name" not in problems

        tab.get_by_label(HOME).check()
        send(tab)
        assert not tab.locator(".govuk-error-summary").count(), tab.url

        tab.goto(f"{task_list}check")
        answers = tab.locator("main").inner_text()
        assert HOME in answers
        assert "Name of the nursery, school or college" not in answers
    finally:
        tab.context.close()
