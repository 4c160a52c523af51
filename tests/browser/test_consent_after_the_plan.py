"""A tester, as a parent whose child has a final EHC plan, opened "See or change your
consent" from the case: the page to change it asked again "Do you agree to the EHC needs
assessment?" and said "If you agree, we will carry out an EHC needs assessment", as if the
assessment had not happened. Past the assessment the consent pages say where the case
stands, and the choices left to make are who we share information with."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_parent_with_a_final_plan_is_not_asked_to_agree_to_an_assessment(
    browser, base_url: str
) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/cases/{demo.FINAL}", "parent@example.org")
        tab.get_by_role("link", name="See or change your consent").click()
        summary = tab.locator("main").inner_text()
        assert "we have issued an EHC plan" in summary, summary
        tab.get_by_role("link", name="Change your choices").click()
        tab.wait_for_url(f"**/{demo.FINAL}/consent/change")
        main = tab.locator("main").inner_text()
        assert "we have issued an EHC plan" in main, main
        assert "agree to the EHC needs assessment" not in main, main
        assert "we will carry out an EHC needs assessment" not in main, main
        assert tab.get_by_role("radio", name="Yes").count() == 0
        sharing = tab.get_by_role("group", name="Who can we share information with?")
        assert sharing.is_visible()
    finally:
        tab.context.close()
