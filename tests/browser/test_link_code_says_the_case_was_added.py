"""What a tester met entering a link code the SEN team gave them: a correct code and date
of birth took them straight to the child's case page, with nothing saying it worked or
that the case is now in their account for good. The case page says so, once."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.links import BORN, code_for
from tests.support.tabs import check_accessible, linked_in_browser, new_tab

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_case_added_with_a_link_code_says_so_on_its_page(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str], language: str
) -> None:
    live_app, base_url = own_portal
    person = f"linked.banner.{language}@example.org"
    sign_in(live_app.test_client(), person=person)  # known to the sign-in page
    code = code_for(live_app, demo.FINAL, "Sam Banner", "parent_carer")
    tab = new_tab(browser, base_url)
    try:
        tab.goto(f"/account/?lang={language}")
        linked_in_browser(tab, code, BORN[demo.FINAL], person)
        assert f"/account/cases/{demo.FINAL}" in tab.url, tab.url
        banner = tab.locator(".govuk-notification-banner--success")
        assert banner.count() == 1, tab.locator("main").inner_text()
        assert demo.FINAL in banner.inner_text()
        check_accessible(tab, "a case just added with a link code", language)
        tab.reload()
        assert tab.locator(".govuk-notification-banner--success").count() == 0, "said once"
    finally:
        tab.context.close()
