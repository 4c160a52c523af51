"""A tester, as Leo's mother responding to his draft EHC plan in Polish, pressed "Save and
continue" on the setting's page without answering either question (both are the family's
choice): the response then read "Not asked for", as if she had chosen not to ask for a
school, and the page had "I do not want to ask for a particular school" ticked. Asking
for a school is her right; a page left blank is "Not answered", as a meeting's is."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_setting_page_left_blank_is_not_answered(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=pl", "second.parent@example.org")
        setting = f"/account/cases/{demo.CHILD_DRAFT}/draft-plan/setting"
        tab.goto(f"{setting}?lang=en")
        send(tab, tab.get_by_role("button", name="Save and continue"))
        tab.goto(f"/account/cases/{demo.CHILD_DRAFT}/draft-plan/check")
        row = tab.locator(".govuk-summary-list__row", has_text="setting").first.inner_text()
        assert "Not answered" in row and "Not asked for" not in row, row
        tab.goto(setting)
        assert tab.locator("input[name=setting_type]:checked").count() == 0
        tab.locator("input[name=setting_name]").fill("Oakfield Primary School, Barnet")
        send(tab, tab.get_by_role("button", name="Save and continue"))
        error = tab.locator(".govuk-error-summary").inner_text()
        assert "Select what kind of setting it is" in error
        assert "delete the name" not in error, error
    finally:
        tab.context.close()
