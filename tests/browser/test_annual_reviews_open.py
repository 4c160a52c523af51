"""A caseworker opens, from each row of the annual reviews, the case and the views its
family sent for the review: a tester found nothing to click, neither the case reference
nor "Views sent 0"."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.own_pages import review_views_sent
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def views_sent(live_app: Flask) -> None:
    """A second parent of the demo case with a review sends their views for it."""
    answers = {"hopes": "To join the swimming club."}
    review_views_sent(live_app, live_app.test_client(), answers, "second.parent@example.org")


def opened(tab, link) -> str:  # type: ignore[no-untyped-def]
    """The heading of the page `link` opens, after which the list is open again."""
    with tab.expect_navigation():
        link.click()
    assert tab.locator("main h1").count() == 1
    heading = tab.locator("main h1").inner_text()
    tab.go_back()
    return heading


def test_each_review_opens_its_case_and_the_views_sent(  # type: ignore[no-untyped-def]
    people, views_sent: None
) -> None:
    staff = people["staff"]
    staff.goto("/caseworker/annual-reviews?lang=en")
    rows = staff.locator("table.portal-reviews tbody tr")
    references = [row.locator("td").first.inner_text().split()[0] for row in rows.all()]
    assert len(references) >= 2, references
    for reference in references:
        row = rows.filter(has_text=reference)
        case = row.locator("td").first.locator("a")
        assert case.count() == 1, f"{reference}: the case reference opens the case"
        assert reference in opened(staff, case)
        views = row.locator("td").last.locator("a")
        if reference == demo.REVIEW:
            assert views.count() == 1, "the views sent open from the row"
            words = views.inner_text()
            assert "views" in words and reference in words, "says what it opens, and for what"
            assert reference in opened(staff, views)
            assert "To join the swimming club." in (
                staff.goto(views.get_attribute("href") or "").text()  # type: ignore[union-attr]
            )
            staff.goto("/caseworker/annual-reviews?lang=en")
        else:
            assert views.count() == 0, "no link to views nobody sent"
    check_accessible(staff, "the annual reviews with their links", "en")
