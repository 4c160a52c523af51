"""A tester, a parent who had sent a request for one child, began one for another: "About
you" was empty again, name, phone and language to type once more. A parent's own details
come from their last request sent; what is about the child (their relationship to it,
others with parental responsibility) is asked afresh."""

from __future__ import annotations

import pytest

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import new_tab, request_started, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_a_second_request_has_the_parents_own_details_filled_in(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person="second.parent@example.org")
    submitted(family)  # as Anna Kowalska, mother, 07700 900 982
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", "second.parent@example.org")
        task_list = request_started(tab)
        tab.goto(f"{task_list}you/name?lang=pl")
        assert tab.locator("#first_name").input_value() == "Anna"
        assert tab.locator("#last_name").input_value() == "Kowalska"
        assert tab.locator("input[name=relationship]:checked").count() == 0, "asked afresh"
        tab.goto(f"{task_list}you/contact")
        assert tab.locator("#phone").input_value() == "07700 900 982"
    finally:
        tab.context.close()
