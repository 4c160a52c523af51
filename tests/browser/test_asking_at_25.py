"""A tester, as a young person of 25 (born 7 December 2001, on 7 December 2026), asked for
an EHC needs assessment for themselves and was let through, and so was one of 25 years
and 11 months: in law a young person is under 25 (Children and Families Act 2014, section
83(2)), so the council could not accept either request. A parent asking for someone of
25 was let through too."""

from __future__ import annotations

import pytest
from flask import Flask

from portal.platform import deadlines
from tests.conftest import sign_in
from tests.support.tabs import new_tab, request_started, send, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("young_person", "You must be under 25 to ask for an EHC needs assessment"),
        ("parent_carer", "The child or young person must be under 25"),
    ],
)
def test_someone_of_25_cannot_be_asked_for(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, role: str, said: str
) -> None:
    person = f"aged.25.{role}@example.org"
    sign_in(live_app.test_client(), person=person)  # known to the sign-in page
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", person)
        task_list = request_started(tab, role)
        today = deadlines.council_today()
        for years_ago in (25, 24):
            born = deadlines.add_months(today, -12 * years_ago)
            tab.goto(f"{task_list}child/date-of-birth")
            tab.locator("#date_of_birth-day").fill(str(born.day))
            tab.locator("#date_of_birth-month").fill(str(born.month))
            tab.locator("#date_of_birth-year").fill(str(born.year))
            send(tab, tab.get_by_role("button", name="Save and continue"))
            errors = tab.locator(".govuk-error-summary")
            if years_ago == 25:
                assert said in errors.inner_text(), tab.locator("main").inner_text()
            else:
                assert errors.count() == 0, errors.inner_text()
    finally:
        tab.context.close()
