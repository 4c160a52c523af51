"""A tester, as a parent, began helping their child give views from the child's case page
("Give your views"), and pressed "Back" on the first question: it led to their account's
home, not to the case they had come from. The first step's back link leads to the case
the views are for."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("author", ["child", "parent_carer"])
def test_the_first_questions_back_link_leads_to_the_case(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str], author: str
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "parent@example.org")  # linked to FINAL
        case_page = f"/account/cases/{demo.FINAL}"
        tab.goto(case_page)
        tab.get_by_role("link", name="Give your views").click()
        tab.locator(f"input[name=author][value={author}]").check()
        press(tab, "Start")
        with tab.expect_navigation():
            tab.locator(".govuk-back-link").click()
        assert tab.url.endswith(case_page), tab.url
    finally:
        tab.context.close()
