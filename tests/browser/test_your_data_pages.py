"""A long part of "Your data", a page at a time, in a real browser: accessible (axe-core,
WCAG 2.2 A and AA) in English and in Arabic, and the pages reached by their links."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "ar"])
def test_who_has_looked_a_page_at_a_time(people, language: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    for _ in range(27):  # each look at "Your data" is recorded: more than a page of them
        assert family.request.get("/account/your-data").ok
    family.goto(f"/account/your-data?lang={language}")
    check_accessible(family, "your data with more than it shows", language)
    family.locator("main a[href='/account/your-data/who-has-looked']").click()
    family.wait_for_url("**/account/your-data/who-has-looked")
    check_accessible(family, "who has looked, the first page", language)
    assert family.locator("main tbody tr").count() == 25
    family.locator("nav.govuk-pagination a[rel=next]").click()
    family.wait_for_url("**/account/your-data/who-has-looked?page=2")
    check_accessible(family, "who has looked, the second page", language)
    assert family.locator("nav.govuk-pagination [aria-current=page]").inner_text() == "2"
    assert family.locator("main tbody tr").count() >= 3
    # A tester read page 2 before page 1 in Arabic: the numbers run the way the words do.
    one, two = (
        family.locator("nav.govuk-pagination .govuk-pagination__item").nth(n).bounding_box()
        for n in (0, 1)
    )
    assert one and two
    if language == "ar":
        assert one["x"] > two["x"], "page 1 to the right of page 2"
    else:
        assert one["x"] < two["x"], "page 1 to the left of page 2"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_rights_page_names_each_table_once(people, language: str) -> None:  # type: ignore[no-untyped-def]
    """axe (landmark-unique) found two tables named "Special educational needs": one of
    what the family gave, one of what they had not."""
    family = people["family"]
    family.goto(f"/account/your-data/rights?lang={language}")
    family.locator("main details summary").click()  # what they have not given, shown too
    assert family.locator("main [role=region]").count() > 2
    check_accessible(family, "rights over each item", language)
    # A best-practice rule, outside the WCAG tags check_accessible runs.
    found = family.evaluate(
        "axe.run(document, {runOnly: ['landmark-unique'], resultTypes: ['violations']})"
    )
    assert [n["target"] for v in found["violations"] for n in v["nodes"]] == []
