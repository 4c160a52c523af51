"""A family reading the portal in Romanian, Turkish or Arabic met the plan's own sections
in English with no word about it. Under the plan's sections (the case page, the draft plan
page and a section's comment page) a page in another language now says the plan is
written in English, and how to ask the SEN team for it in their language or for an
interpreter, with the council's email address and telephone number. In English it says
nothing."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PAGES = [
    f"/account/cases/{demo.DRAFT}",
    f"/account/cases/{demo.DRAFT}/draft-plan",
    f"/account/cases/{demo.DRAFT}/draft-plan/sections/A",
]


@pytest.mark.parametrize("language", ["ro", "tr", "ar"])
def test_a_plan_in_english_is_said_to_be_in_english(  # type: ignore[no-untyped-def]
    browser, base_url: str, language: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.person@example.org")
        for path in PAGES:
            tab.goto(f"{path}?lang={language}")
            assert tab.locator("html").get_attribute("lang") == language
            note = tab.locator("main .portal-plan-language")
            assert note.count() == 1, f"{path} in {language}: no word that the plan is in English"
            assert note.locator("a[href='mailto:sen.team@barnet.gov.uk']").count() == 1
            assert "020 8359 2000" in note.inner_text()
            sections = tab.locator("main .portal-plan-text[lang=en]")
            assert sections.count() >= 1
            below = sections.last.evaluate(
                "(s, n) => !!(s.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)",
                note.element_handle(),
            )
            assert below, f"{path}: the note comes under the plan's sections"
    finally:
        tab.goto("/?lang=en")
        tab.context.close()


def test_in_english_nothing_is_said(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "young.person@example.org")
        for path in PAGES:
            tab.goto(f"{path}?lang=en")
            assert tab.locator("main .portal-plan-language").count() == 0, path
    finally:
        tab.context.close()
