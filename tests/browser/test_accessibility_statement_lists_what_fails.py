"""A tester read the accessibility statement: "partially compliant ... because of the
content listed below", and below it only content outside the regulations' scope. The
statement says what is known not to meet the standard, under its own heading, as the
regulations ask."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_statement_says_what_is_not_accessible(people, lang: str) -> None:  # type: ignore[no-untyped-def]
    public = people["public"]
    public.goto(f"/accessibility?lang={lang}")
    headings = public.locator("main h3").all_inner_texts()
    if lang == "en":
        assert "Non-accessible content" in headings, headings
        i = headings.index("Non-accessible content")
        assert i < headings.index(
            "Content that is not within the scope of the accessibility regulations"
        )
    assert len(headings) == 3, headings
    check_accessible(public, "the accessibility statement", lang)


def test_the_compliance_status_agrees_with_what_is_listed(people) -> None:  # type: ignore[no-untyped-def]
    """The next tester read "partially compliant ... because of the content listed below",
    then "We know of no content that fails the standard": a status nothing listed bears
    out. The status keeps the regulations' words and says why it cannot claim full
    compliance, and the statement which right-to-left language every page is tested in."""
    public = people["public"]
    public.goto("/accessibility?lang=en")
    status = public.locator("main h3", has_text="Compliance status").locator(
        "xpath=following-sibling::p[1]"
    )
    said = status.inner_text()
    assert said.startswith("This service is partially compliant"), "the regulations' words"
    assert "because of the content listed below" not in said
    assert "accessibility specialists have not yet audited it" in said
    main = public.locator("main").inner_text()
    assert "in English and in Arabic, a right-to-left language" in main
    assert main.count("audited") == 1, "said once"
