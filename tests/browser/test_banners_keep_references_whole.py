"""A caseworker reading Persian on a phone saw a request's reference broken at its hyphen
in the banner that said which requests were already theirs ("BNT-2026-" at the end of
one line, "720101" at the start of the next): a reference in a banner is kept whole, as
it is in a heading."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import account, add_request
from tests.support.tabs import check_accessible, reference_lines

pytestmark = pytest.mark.browser

REFERENCES = ["BNT-2026-720101", "BNT-2026-720102", "BNT-2026-720103", "BNT-2026-720104"]


@pytest.fixture(scope="module")
def mine(live_app: Flask) -> str:
    """The caseworker's account id, with the requests already assigned to them."""
    caseworker = account(live_app, "staff", "caseworker@council.example")
    for number, reference in enumerate(REFERENCES):
        add_request(live_app, reference, f"Shirin Bannerline {number}", assigned_to=caseworker)
    return caseworker


@pytest.mark.parametrize("language", ["fa", "en"])
def test_references_in_a_banner_are_never_broken_across_lines(  # type: ignore[no-untyped-def]
    people, mine: str, language: str
) -> None:
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 800})
    try:
        staff.goto(f"/caseworker/queue?lang={language}&q=Bannerline")
        assert staff.locator("tbody input[name=selected]").count() == len(REFERENCES)
        staff.locator("#queue-checkboxes-all").click(force=True)
        staff.locator("#assignee").select_option(mine)
        staff.locator(".moj-action-bar button[type=submit]").click()
        staff.wait_for_load_state()
        banner = staff.locator(".govuk-notification-banner")
        assert banner.count() == 1
        lines = reference_lines(banner)
        assert len(lines) == len(REFERENCES), banner.inner_text()
        assert set(lines) == {1}, f"references drawn on {lines} lines at 320 px in {language}"
        check_accessible(staff, "the queue saying what was already assigned", language)
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/queue?lang=en")
