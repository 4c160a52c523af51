"""What a tester met as a caseworker giving a family access to a case: they entered
BNT-2025-104733 and chose "The young person (aged 16 to 25)". The confirm page showed the
child, Amara Okafor, born 14 May 2016 (10 years old), and "Create link code" made a code
for "the young person" with no warning: a 10-year-old's own access to their case. The
relationship question now refuses it, saying why, with what was typed kept."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.support.tabs import (
    check_accessible,
    fill_page,
    new_tab,
    press,
    sign_in_in_browser,
)

pytestmark = pytest.mark.browser


def _asked_for(tab, reference: str, name: str, relationship: str) -> None:  # type: ignore[no-untyped-def]
    tab.goto("/caseworker/link-codes/new")
    fill_page(tab, {"case_reference": reference, "person_name": name})
    tab.locator(f"input[name=relationship][value={relationship}]").check()
    press(tab, "Continue")


def test_a_young_persons_own_code_is_refused_for_a_child_of_ten(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        _asked_for(tab, demo.FINAL, "Amara Okafor", "young_person")

        assert tab.url.endswith("/caseworker/link-codes/new"), "no confirm page, no code"
        summary = tab.locator(".govuk-error-summary")
        assert summary.count() == 1, tab.locator("main").inner_text()
        said = summary.inner_text()
        assert "14 May 2016" in said and "under 16" in said, said
        assert "parent or carer" in said, said
        beside = tab.locator("#relationship-error")
        assert beside.count() == 1 and "14 May 2016" in beside.inner_text()
        link = summary.locator("a")
        assert link.get_attribute("href") == "#relationship", "leads to the question"
        assert tab.locator("#case_reference").input_value() == demo.FINAL
        assert tab.locator("#person_name").input_value() == "Amara Okafor"
        assert tab.locator("input[name=relationship][value=young_person]").is_checked()
        check_accessible(tab, "a young person's code refused for a child", "en")

        tab.goto("/caseworker/")
        listed = tab.locator("main table").inner_text()
        assert "Amara Okafor" not in listed, "no code was made"

        # A parent or carer's code for her case is made as before.
        _asked_for(tab, demo.FINAL, "Grace Okafor", "parent_carer")
        assert tab.url.endswith("/caseworker/link-codes/confirm"), tab.url
    finally:
        tab.context.close()


def test_a_young_persons_own_code_is_made_for_someone_of_eighteen(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    _app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        _asked_for(tab, demo.DRAFT, "Sam Young", "young_person")  # born 3 February 2008
        assert tab.url.endswith("/caseworker/link-codes/confirm"), tab.url
        press(tab, "Create link code")
        assert tab.locator(".portal-link-code").count() == 1
    finally:
        tab.context.close()
