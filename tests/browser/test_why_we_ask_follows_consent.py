"""The "Why we ask for this" details under a views question, as met in Chromium: a young
person who had not agreed to sharing with NHS trusts, the West London Alliance or the
Virtual Child Development Service read "We may share it with: ... NHS trusts providing
health services, West London Alliance and Virtual Child Development Service". With no
choices made yet, it said the same, as though sharing with them did not need agreement."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

CASE = "BNT-2026-208451"  # the demo young person's own case, with a draft plan


def why_we_ask(tab) -> str:  # type: ignore[no-untyped-def]
    details = tab.locator("details.portal-why").first
    details.locator("summary").click()
    return details.inner_text()


def test_a_young_person_who_refused_nhs_trusts_is_not_told_they_get_it(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.person@example.org")
        tab.goto(f"/account/cases/{CASE}/consent/change")
        # Past the assessment (a draft plan), agreeing to it is not asked again.
        for box in tab.locator("input[name=sharing]").all():
            box.uncheck()
        tab.locator("input[name=sharing][value=family_services]").check()
        tab.locator("input[name=declaration]").check()
        press(tab, "Continue")
        if "/confirm" in tab.url:
            press(tab, "Confirm")
        consent_page = tab.locator("main").inner_text()
        # the demo case's consent was recorded by the SEN team: choosing replaces it, and
        # the partners left unticked are recorded withdrawn
        refused = "Not given" in consent_page or "Withdrawn on" in consent_page
        assert "Given" in consent_page and refused, consent_page

        tab.goto("/account/contributions/new")
        tab.locator(f"input[name=destination][value='case:{CASE}']").check()
        press(tab, "Start")
        assert "/about/" in tab.url, tab.url
        text = why_we_ask(tab)
        assert "NHS trusts" not in text, text
        assert "West London Alliance" not in text, text
        assert "Virtual Child Development Service" not in text, text
        assert "Barnet Family Services" in text, text

        tab.goto(tab.url.split("/about/")[0] + "/check")
        files_row = tab.locator(".govuk-summary-list__row", has_text="Files")
        files_row.get_by_role("link", name="Add").click()  # no file yet: "Add"
        tab.wait_for_load_state()
        text = why_we_ask(tab)
        assert "NHS trusts" not in text, f"the files page too: {text}"
    finally:
        tab.context.close()


def test_before_any_choice_sharing_that_needs_agreement_says_so(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.person@example.org")
        tab.goto("/account/request/who")
        tab.locator("input[value=young_person]").check()
        press(tab, "Continue")
        tab.get_by_role("link", name="All about me: views in your own words").click()
        tab.wait_for_url("**/contributions/new?draft=*")
        press(tab, "Start")
        tab.wait_for_url("**/about/likes")
        text = why_we_ask(tab)
        assert "if you agree" in text.lower(), text
        before, _, after = text.lower().partition("if you agree")
        assert "nhs trusts" not in before, text
        assert "nhs trusts" in after, text
    finally:
        tab.context.close()
