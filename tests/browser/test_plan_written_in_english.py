"""A family reading the portal in Romanian, Turkish or Arabic met the plan's own sections
in English with no word about it. Above the plan's sections (the case page, the draft plan
page and a section's comment page) a page in another language now says the plan is
written in English, and how to ask the SEN team for it in their language or for an
interpreter, with the council's email address and telephone number. In English it says
nothing. A parent reading Polish found that word only at the foot of the plan, after a
page of English: it comes before the plan."""

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


@pytest.mark.parametrize("language", ["ro", "tr", "ar", "pl"])
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
            assert _before_the_plan(tab, note), f"{path}: the note comes before the plan"
    finally:
        tab.goto("/?lang=en")
        tab.context.close()


# The first of the plan's sections: its title (where the page has one above its words)
# and its words.
FIRST_SECTION = """(text, note) => {
    const before = text.previousElementSibling;
    const start = text.closest('.portal-draft-section')
        || (before && /^H[1-6]$/.test(before.tagName) ? before : text);
    return !!(start.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_PRECEDING);
}"""


def _before_the_plan(tab, note) -> bool:  # type: ignore[no-untyped-def]
    sections = tab.locator("main .portal-plan-text[lang=en]")
    assert sections.count() >= 1
    return bool(sections.first.evaluate(FIRST_SECTION, note.element_handle()))


@pytest.mark.parametrize(
    ("person", "path"),
    [
        ("parent@example.org", f"/account/cases/{demo.FINAL}"),
        ("second.parent@example.org", f"/account/cases/{demo.CHILD_DRAFT}/draft-plan"),
    ],
)
def test_in_polish_the_word_comes_before_the_plan(  # type: ignore[no-untyped-def]
    browser, base_url: str, person: str, path: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", person)
        tab.goto(f"{path}?lang=pl")
        note = tab.locator("main .portal-plan-language")
        assert note.count() == 1, f"{path}: no word that the plan is in English"
        assert _before_the_plan(tab, note), f"{path}: the note comes before the plan"
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
