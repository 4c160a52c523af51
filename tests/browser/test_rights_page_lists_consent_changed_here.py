"""A tester, as a parent, changed who we may share information with on their case's
consent page (BNT-2026-219904, a case they did not ask about on this service). On
"Correct, restrict or erase your information" the consent choices were only under
"Information you have not given us on this service", and the Romanian page said "You
have not given us any information on this service yet"."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "parent@example.org"
SHARING = "Who can we share information with?"


def test_consent_changed_on_the_case_is_information_given(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    with app.test_request_context(), force_locale("ro"):
        none_given = gettext("You have not given us any information on this service yet.")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", PARENT)
        tab.goto(f"/account/cases/{demo.NOT_ISSUING}/consent/change")
        for box in tab.locator("input[name=sharing]").all():
            box.uncheck()
        tab.locator("input[name=sharing][value=family_services]").check()
        tab.locator("input[name=declaration]").check()
        press(tab, "Continue")
        if "/confirm" in tab.url:
            press(tab, "Confirm")

        tab.goto("/account/your-data/rights?lang=en")
        given = tab.locator("main [role=region]:not(details [role=region])")
        assert given.locator("tbody th", has_text=SHARING).count() == 1, given.all_inner_texts()
        row = given.locator("tbody tr", has_text=SHARING)
        assert "Barnet Family Services" in row.inner_text(), row.inner_text()
        not_given = tab.locator("main details tbody th", has_text=SHARING)
        assert not_given.count() == 0, "not also among what they have not given"

        tab.goto("/account/your-data/rights?lang=ro")
        main = tab.locator("main").inner_text()
        assert none_given not in main, main
    finally:
        tab.context.close()
