"""Views for an annual review, as a family meets them in a browser: they can be sent once,
so a press of "Send your views" with nothing written and no report sends nothing and
says what to do, in the GOV.UK way (a young person saved the views page without typing,
pressed the green button on the review page, and their empty views went, for good)."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import ReviewViews
from portal.platform import db
from tests.support.links import young_persons_own_link
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

HUB = f"/account/cases/{demo.REVIEW}/annual-review"
PERSON = "young.adult@example.org"


def test_views_with_nothing_in_them_are_not_sent(browser, base_url: str, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    young_persons_own_link(live_app, demo.REVIEW, PERSON)  # Tobi's case: he is 13
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", PERSON)
        tab.goto(HUB)
        tab.get_by_role("link", name="Give your views").click()
        send(tab, tab.get_by_role("button", name="Save and continue"))  # nothing typed
        tab.get_by_role("link", name="Continue").click()  # no report either
        tab.wait_for_url(f"**{HUB}#your-views")

        send(tab, tab.get_by_role("button", name="Send your views"))

        tab.wait_for_load_state()
        assert "You sent your views on" not in tab.locator("main").inner_text()
        summary = tab.locator(".govuk-error-summary")
        assert summary.count() == 1, "the page says what is wrong"
        message = "Answer at least one question or add a report before you send your views"
        assert summary.get_by_role("link", name=message).count() == 1
        assert tab.title().startswith("Error: Annual review")
        assert tab.evaluate("document.activeElement.classList.contains('govuk-error-summary')"), (
            tab.evaluate("document.activeElement.outerHTML.slice(0, 200)")
        )
        check_accessible(tab, "the review page with its error", "en")
        with live_app.app_context():
            [views] = (
                db.session()
                .scalars(
                    select(ReviewViews).where(
                        ReviewViews.case_reference == demo.REVIEW,
                        ReviewViews.author_role == "young_person",
                    )
                )
                .all()
            )
            assert views.submitted_at is None, "nothing was sent"

        # The error leads to the questions; once one is answered, the views go.
        summary.get_by_role("link", name=message).click()
        tab.wait_for_url(f"**{HUB}/views")
        tab.locator("textarea").first.fill("My mentor on Tuesdays.")
        send(tab, tab.get_by_role("button", name="Save and continue"))
        tab.get_by_role("link", name="Continue").click()
        send(tab, tab.get_by_role("button", name="Send your views"))
        assert "You sent your views on" in tab.locator("main").inner_text()
        assert tab.locator(".govuk-error-summary").count() == 0
    finally:
        tab.context.close()


def test_the_changed_plan_has_one_date_it_is_due_by(people) -> None:  # type: ignore[no-untyped-def]
    """Amara's plan is being changed for her move to secondary school: due 8 weeks from the
    proposed changes, and marked overdue. A parent read, under it, that the changed plan
    'must be ready by 15 February 2027', the later date of the move, and took it that the
    council still had until February."""
    family = people["family"]
    family.goto(f"/account/cases/{demo.FINAL}/annual-review")
    due = family.locator(".portal-review-steps .govuk-summary-list__row").last
    assert due.inner_text().split() == [
        "Changed",
        "plan",
        "due",
        "by",
        "24",
        "September",
        "2026",
        "Overdue",
    ]
    main = family.locator("main").inner_text()
    ready_by = re.findall(r"the changed plan must be ready by ([^.]+)\.", main)
    assert ready_by in ([], ["24 September 2026"]), f"a second date for the plan: {ready_by}"
