"""What a tester met as a caseworker: a case's consent record opened from the annual
reviews list had "Back to requests" at its top, which led to the requests sent, not back
to the reviews they were working through. It leads back where it was opened from."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_consent_record_opened_from_annual_reviews_leads_back_to_them(  # type: ignore[no-untyped-def]
    people, language: str
) -> None:
    staff = people["staff"]
    staff.goto(f"/caseworker/annual-reviews?lang={language}")
    record = staff.locator("main table a[href*='/consent']").first
    with staff.expect_navigation():
        record.click()
    back = staff.locator(".govuk-back-link")
    assert back.get_attribute("href") == "/caseworker/annual-reviews", back.get_attribute("href")
    with staff.expect_navigation():
        back.click()
    assert staff.url.split("?")[0].endswith("/caseworker/annual-reviews"), staff.url
    staff.go_back()
    staff.wait_for_load_state()
    check_accessible(staff, "a consent record opened from annual reviews", language)
