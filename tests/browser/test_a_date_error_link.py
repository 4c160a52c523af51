"""The error summary's link for a date that is not real leads to its first box."""

from __future__ import annotations

import pytest

from tests.support.tabs import request_started, send

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("typed", [("31", "2", "2016"), ("12", "13", "2016")])
def test_the_link_to_a_wrong_date_puts_the_cursor_in_the_box_to_fix(people, typed) -> None:  # type: ignore[no-untyped-def]
    tab = people["family"]
    task_list = request_started(tab)
    tab.goto(f"{task_list}child/date-of-birth?lang=en")
    for part, value in zip(("day", "month", "year"), typed, strict=True):
        tab.locator(f"#date_of_birth-{part}").fill(value)
    send(tab)
    tab.locator(".govuk-error-summary a").first.click()
    wanted = "day" if typed[1] == "2" else "month"
    assert tab.evaluate("document.activeElement.id") == f"date_of_birth-{wanted}"
