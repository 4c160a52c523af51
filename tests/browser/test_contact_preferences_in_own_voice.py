"""A young person (16 to 25, with their own account) on "How we contact you" reads that
text messages never carry their own name or needs; a parent reads that they never carry
a child's. The young person was told "They never include a child's name or anything
about their needs", as if they were a parent."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PAGE = "/account/contact-preferences"


def what_the_page_says_about_texts(browser, base_url: str, person: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The page's words on text messages, and the reason it gives for the mobile number
    once "By text message" is ticked."""
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"{PAGE}?lang=en", person)
        tab.goto(PAGE)
        said = tab.locator("main p", has_text="Text messages are short").inner_text()
        tab.locator("input[name=channels][value=sms]").check()
        revealed = tab.locator(".govuk-checkboxes__conditional")
        revealed.locator(".govuk-details__summary").click()
        why = revealed.locator(".govuk-details__text").inner_text()
        return [said, why]
    finally:
        tab.context.close()


def test_a_young_person_reads_that_texts_never_carry_their_own_name(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    said, why = what_the_page_says_about_texts(browser, base_url, "young.person@example.org")
    assert "child" not in said and "child" not in why, (said, why)
    assert "They never include your name or anything about your needs" in said
    assert "never include your name or anything about your needs" in why


def test_a_parent_reads_that_texts_never_carry_a_childs_name(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    said, why = what_the_page_says_about_texts(browser, base_url, "parent@example.org")
    assert "They never include a child's name or anything about their needs" in said
    assert "never include a child's name or their needs" in why
