"""A tester, as a caseworker, made a link code for "Parent or carer with parental
responsibility" on the case of Jordan, who is 18, without a word of warning: the parent
then saw Jordan's draft plan and could answer it. From the end of compulsory school age
the decisions are the young person's own (Children and Families Act 2014): a parent may
see their case only where the young person agreed, or cannot decide this for
themselves. The caseworker confirms which before the code is made."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.tabs import check_accessible, fill_page, new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser


def _parents_code_asked_for(tab, reference: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """As a caseworker, a parent's code for the case asked for, on its check page."""
    sign_in_in_browser(tab, "/caseworker/?lang=en", "caseworker@council.example")
    tab.goto("/caseworker/link-codes/new")
    fill_page(tab, {"case_reference": reference, "person_name": name})
    tab.locator("input[name=relationship][value=parent_carer]").check()
    press(tab, "Continue")


def test_a_parents_code_for_a_young_persons_case_asks_why(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        _parents_code_asked_for(tab, demo.DRAFT, "Pat Hale")
        press(tab, "Create link code")
        summary = tab.locator(".govuk-error-summary")
        assert "Confirm the young person agreed" in summary.inner_text(), tab.locator(
            "main"
        ).inner_text()
        assert tab.locator(".portal-link-code").count() == 0, "no code made"
        check_accessible(tab, "a parent's code for a young person's case", "en")
        tab.locator("input[name=young_persons_agreement]").check()
        press(tab, "Create link code")
        assert tab.locator(".portal-link-code").count() == 1
    finally:
        tab.context.close()


def test_a_parents_code_for_a_childs_case_is_not_asked_why(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        _parents_code_asked_for(tab, demo.FINAL, "Pat Okafor")
        assert tab.locator("input[name=young_persons_agreement]").count() == 0
        press(tab, "Create link code")
        assert tab.locator(".portal-link-code").count() == 1
    finally:
        tab.context.close()
