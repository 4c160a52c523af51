"""A young person (16 to 25) asking for an assessment for themselves, as a tester met it
in Chromium in English, Arabic and Persian: the consent page offered sharing with the
Virtual Child Development Service (a service for young children); the first page's
introduction spoke only to a parent about "the child" before anyone had said who they
were; and the education questions gave a primary school pupil's examples ("Year 4")."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, request_started, sign_in_in_browser

pytestmark = pytest.mark.browser

VCDS = "Virtual Child Development Service"


def why_we_ask(tab) -> str:  # type: ignore[no-untyped-def]
    details = tab.locator("details.portal-why").first
    details.locator("summary").click()
    return details.inner_text()


def test_a_young_person_is_not_offered_a_service_for_young_children(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "parent@example.org")
        own = request_started(tab, "young_person")
        tab.goto(f"{own}child/name")
        assert VCDS not in why_we_ask(tab), "not named as a choice before consent"
        tab.goto(f"{own}consent")
        choices = tab.locator("main form").inner_text()
        assert VCDS not in choices, choices
        assert "Barnet Family Services" in choices, choices

        for_a_child = request_started(tab)
        tab.goto(f"{for_a_child}consent")
        assert VCDS in tab.locator("main form").inner_text(), "a parent is still offered it"
    finally:
        tab.context.close()


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_who_is_asking_speaks_to_a_young_person_too(  # type: ignore[no-untyped-def]
    browser, base_url: str, language: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/?lang={language}", "parent@example.org")
        tab.goto("/account/request/who")
        intro = " ".join(tab.locator("main p.govuk-body:not(form *)").all_inner_texts())
        ages = ("16", "۱۶", "شانزده")  # Persian may write the age in words
        assert any(age in intro for age in ages), f"a young person is not spoken to: {intro}"
        if language == "en":
            assert "for yourself" in intro, intro
            assert "the child or young person has" not in intro, intro
    finally:
        tab.context.close()


def test_a_young_person_at_college_gets_a_young_persons_examples(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "parent@example.org")
        own = request_started(tab, "young_person")
        tab.goto(f"{own}education/setting")
        hint = tab.locator("#year_group-hint").inner_text()
        assert "Year 4" not in hint, hint
        assert "Year 12" in hint, hint

        for_a_child = request_started(tab)
        tab.goto(f"{for_a_child}education/setting")
        assert "Year 4" in tab.locator("#year_group-hint").inner_text()
    finally:
        tab.context.close()
