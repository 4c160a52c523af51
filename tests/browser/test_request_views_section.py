"""What a tester met on a request's Views section in Chromium: it said how many sets of
views there were and linked to another page, which had neither the request's identity bar
nor its sections, so the way back to Documents or History was the browser's Back button.
The section shows the views themselves, under the request's sections, with their files."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.contributions import add_file, answer_all, begin
from tests.support.files import PDF
from tests.support.pages import post
from tests.support.requests import submitted
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

HARD = "Queues at the canteen, and the hand dryers in the toilets."


@pytest.fixture(scope="module")
def with_views(live_app: Flask) -> str:
    """A parent's request with their views and a file sent for it (set up without a
    browser); its reference."""
    family = live_app.test_client()
    sign_in(family, person="views.section@example.org")
    reference = submitted(family)
    contribution = begin(family, "parent_carer", f"case:{reference}")
    answer_all(family, contribution, {"hard": HARD})
    add_file(family, contribution, PDF, "school-report.pdf")
    post(family, f"/account/contributions/{contribution}/check", {})
    return reference


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_views_section_shows_the_views_under_the_requests_sections(  # type: ignore[no-untyped-def]
    people, with_views, language
) -> None:
    staff = people["staff"]
    try:
        staff.goto(f"/caseworker/requests/{with_views}/views?lang={language}")
        main = staff.locator("main")
        assert HARD in main.inner_text(), "the views are on the section's own page"
        current = main.locator("nav .moj-sub-navigation__link[aria-current=page]")
        assert current.get_attribute("href").endswith(f"/caseworker/requests/{with_views}/views")
        assert main.locator(".moj-identity-bar").count() == 1
        assert main.get_by_role("link", name="school-report.pdf").count() == 1
        check_accessible(staff, "a request's views", language)
        assert staff.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        staff.goto("/caseworker/?lang=en")
