"""A tester, as Tobi's parent, helped him give his own views for his annual review (the
review asks only the parent's questions; a child's views go through "Share your views").
The caseworkers' annual reviews list said "1 set of views" (the parent's), and its page
showed only those: nothing there led to Tobi's own words."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.pages import post
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_childs_views_for_the_case_are_found_from_the_annual_reviews(  # type: ignore[no-untyped-def]
    browser, own_portal
) -> None:
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person="parent@example.org")
    views = begin(family, "child", f"case:{demo.REVIEW}")
    answer_all(family, views, {"likes": "Football and drawing trains."})
    assert post(family, f"/account/contributions/{views}/check", {}).status_code == 302

    staff = new_tab(browser, base_url)
    try:
        sign_in_in_browser(staff, "/caseworker/", "caseworker@council.example")
        staff.goto("/caseworker/annual-reviews?lang=en")
        row = staff.locator("table.portal-reviews tbody tr", has_text=demo.REVIEW)
        other = row.get_by_role("link", name="1 other set of views")
        assert other.count() == 1, row.inner_text()
        check_accessible(staff, "the annual reviews with other views", "en")
        with staff.expect_navigation():
            other.click()
        assert "Football and drawing trains." in staff.locator("main").inner_text()
    finally:
        staff.context.close()
