"""A tester opened Leo's draft plan as his parent before answering anything: under "What
you are asking for" the school line said "Not asked for" but the meeting and the personal
budget "Not answered", and every row's link said "Change" though nothing had been entered.
Each row not answered now says so alike, and its link says "Add" (naming the row to a
screen reader), as the request's check page does for views not added; "Change" once it is
answered."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "second.parent@example.org"  # Leo's
HUB = f"/account/cases/{demo.CHILD_DRAFT}/draft-plan"
QUESTIONS = (
    "School, college or other setting",
    "Meeting with a council officer",
    "Personal budget",
)


def rows(tab) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each row of "What you are asking for": its answer, and its link as a screen reader
    reads it."""
    found = {}
    listed = tab.locator("#your-requests + .govuk-summary-list, .portal-check-comments ~ dl")
    for row in listed.first.locator(".govuk-summary-list__row").all():
        key = row.locator(".govuk-summary-list__key").inner_text().strip()
        value = row.locator(".govuk-summary-list__value").inner_text().strip()
        link = row.locator(".govuk-summary-list__actions a")
        found[key] = (value, " ".join(link.text_content().split()))
    return found


def test_rows_not_answered_say_so_alike_and_offer_to_add(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal  # the demonstration parent's response, answered here
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 390, "height": 844})
        sign_in_in_browser(tab, "/account/", PARENT)
        for page in (HUB, f"{HUB}/check"):
            tab.goto(page)
            shown = rows(tab)
            for key in QUESTIONS:
                assert shown[key] == ("Not answered", f"Add {key}"), (page, shown)
            assert shown["Evidence"] == ("None added", "Add Evidence"), (page, shown)
        section = tab.locator(".portal-check-comments .govuk-summary-list__row").first
        assert section.locator("a").text_content().startswith("Add "), "no comment yet"

        tab.get_by_role("link", name="Add Meeting with a council officer").click()
        tab.locator("input[name=meeting][value=no]").check()
        send(tab)
        assert tab.url.endswith(f"{HUB}/check#meeting"), tab.url
        shown = rows(tab)
        meeting = ("No", "Change Meeting with a council officer")
        assert shown["Meeting with a council officer"] == meeting, shown
        assert shown["Personal budget"] == ("Not answered", "Add Personal budget"), shown
    finally:
        tab.context.close()
