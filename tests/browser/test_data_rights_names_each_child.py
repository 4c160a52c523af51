"""A tester, as a caseworker, opened a parent's request about their information: under
"Cases and requests who asked can see", every case linked with a code said "Not known to
this service" for the child, though the case system names each child. The child's name
is read from the case system where the portal holds none, so the caseworker can tell
which child's record the request is about."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.data_rights import sent
from tests.support.requests import submitted
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_each_linked_case_names_its_child(browser, own_portal: tuple[Flask, str]) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person="parent@example.org")  # linked to three demonstration cases
    request_id = sent(family)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        tab.goto(f"/caseworker/data-rights/{request_id}")
        table = tab.locator("table#their-cases")
        row = table.locator("tbody tr", has_text=demo.FINAL)
        assert "Amara Okafor" in row.inner_text(), row.inner_text()
        assert "Not known to this service" not in table.inner_text(), table.inner_text()
    finally:
        tab.context.close()


def test_who_asked_is_named_as_the_family_named_themselves(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    """A tester, as a caseworker, read "Who asked: parent@example.org" on a parent's
    request about their information, though the parent had given their name in their own
    request for an assessment: the caseworker had to search the case system for who that
    was. They are named as they named themselves, with the address to reach them."""
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person="second.parent@example.org")
    submitted(family)  # as Anna Kowalska, the child's mother
    request_id = sent(family)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        tab.goto(f"/caseworker/data-rights/{request_id}")
        row = tab.locator(".govuk-summary-list__row", has_text="Who asked")
        said = row.locator("dd").inner_text()
        assert "Anna Kowalska" in said and "second.parent@example.org" in said, said
    finally:
        tab.context.close()
