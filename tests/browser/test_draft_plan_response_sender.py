"""A tester, as a manager, opened a family's response to Leo's draft EHC plan: "From:
Parent or carer", with no name or email, where the annual review's views page names the
account that sent them. The response's page, and the list of responses, now name its
sender the same way. Another tester read a parent's Polish comments there with nothing to
say they were Polish, and no `lang` for a screen reader to read them in.

A third tester saw a parent who had joined the case with a link code named by their
email address alone, when the caseworker had written the parent's name on the code (the
identity provider, like GOV.UK One Login, gives no name): the name on the code is the
name staff read."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.draft_plans import send_response
from tests.support.links import BORN, code_for, redeem
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "second.parent@example.org"  # Leo's, linked to his case in the demonstration
COMMENT = "Terapia logopedyczna musi być co tydzień."


def test_a_manager_reads_who_sent_a_response(browser, own_portal: tuple[Flask, str]) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal  # the demonstration parent's response is sent
    family = app.test_client()
    sign_in(family, person=PARENT)
    family.get("/account/?lang=pl")
    send_response(family, COMMENT)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "manager@council.example")
        tab.goto("/caseworker/draft-plan-responses")
        listed = tab.locator("tbody tr", has_text=demo.CHILD_DRAFT).locator("td").nth(1)
        assert PARENT in listed.inner_text(), listed.inner_text()
        assert "Parent or carer" in listed.inner_text(), listed.inner_text()
        tab.get_by_role("link", name=demo.CHILD_DRAFT).click()
        tab.wait_for_url("**/caseworker/draft-plan-responses/*")
        row = tab.locator(".govuk-summary-list__row", has_text="From").first
        sender = row.locator(".govuk-summary-list__value").inner_text()
        assert PARENT in sender, sender
        assert "Parent or carer" in sender, sender
        comment = tab.locator("main .portal-note", has_text=COMMENT)
        assert comment.get_attribute("lang") == "pl"
        assert "Written in Polish" in tab.locator("main").inner_text()
    finally:
        tab.context.close()


def test_a_caseworker_reads_the_name_the_link_code_was_for(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    code = code_for(app, demo.CHILD_DRAFT, "Ioana Popescu", "parent_carer")
    family = app.test_client()
    sign_in(family, person="ioana@example.org")
    assert redeem(family, code, BORN[demo.CHILD_DRAFT]).status_code == 302
    send_response(family, "Vrem terapie săptămânală.")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        tab.goto("/caseworker/draft-plan-responses")
        listed = tab.locator("tbody tr", has_text="Ioana Popescu")
        assert listed.count() == 1, tab.locator("tbody").inner_text()
        assert "ioana@example.org" not in listed.inner_text()
        listed.get_by_role("link", name=demo.CHILD_DRAFT).click()
        tab.wait_for_url("**/caseworker/draft-plan-responses/*")
        row = tab.locator(".govuk-summary-list__row", has_text="From").first
        assert "Ioana Popescu" in row.inner_text(), row.inner_text()
    finally:
        tab.context.close()
