"""The annual reviews' case references opened the case's consent, which no word on the
list said (only ", consent" to a screen reader), and nothing opened the review. On that
consent page, a case with a plan for which this service recorded no consent read "Not
given" for every choice, as if the family had refused."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

VISIBLE_TEXT = """a => {
  const shown = a.cloneNode(true);
  shown.querySelectorAll('.govuk-visually-hidden').forEach(hidden => hidden.remove());
  return shown.textContent;
}"""


def test_a_reviews_case_link_says_it_opens_the_consent_record(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto("/caseworker/annual-reviews?lang=en")
    rows = staff.locator("table.portal-reviews tbody tr").all()
    assert rows
    for row in rows:
        reference = row.locator("td").first.inner_text().split()[0]
        link = row.locator("td").first.locator("a")
        assert link.count() == 1
        shown = link.evaluate(VISIBLE_TEXT)
        assert "Consent record" in shown, f"{reference}: says, for all to see, what it opens"
        assert reference in (link.text_content() or ""), "and for which case"


def test_consent_never_recorded_reads_not_recorded(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto("/caseworker/annual-reviews?lang=en")
    checked = 0
    for href in staff.locator("table.portal-reviews tbody tr td:first-child a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    ):
        staff.goto(href)
        if "No consent has been recorded for this case." not in staff.locator("main").inner_text():
            continue
        checked += 1
        values = staff.locator("main .govuk-summary-list__value").all_inner_texts()
        assert values and all(v.strip() == "Not recorded" for v in values), values
    assert checked, "a case on the list has no consent recorded here"


def test_each_review_names_its_child(people) -> None:  # type: ignore[no-untyped-def]
    """A tester, as a caseworker, found an overdue review listed by its case reference
    alone: to know whose it was, they had to open each case."""
    staff = people["staff"]
    staff.goto("/caseworker/annual-reviews?lang=en")
    row = staff.locator("table.portal-reviews tbody tr", has_text=demo.FINAL)
    assert row.count() == 1
    assert "Amara Okafor" in row.inner_text(), row.inner_text()
    check_accessible(staff, "the annual reviews with their children's names", "en")


def test_a_review_nobody_opened_names_its_child(  # type: ignore[no-untyped-def]
    browser, own_portal
) -> None:
    """A tester found Priya Shah's review listed as "Not known to this service" until she
    opened her case herself: the name came only from what the portal had kept. The list
    asks the case system for the names it does not keep."""
    _app, base_url = own_portal
    staff = new_tab(browser, base_url)
    try:
        sign_in_in_browser(staff, "/caseworker/?lang=en", "caseworker@council.example")
        staff.goto("/caseworker/annual-reviews")
        row = staff.locator("table.portal-reviews tbody tr", has_text=demo.OWN_REVIEW)
        assert "Priya Shah" in row.inner_text(), row.inner_text()
        assert "Not known to this service" not in staff.locator("main").inner_text()
    finally:
        staff.context.close()
