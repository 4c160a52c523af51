"""What a tester met as a caseworker: they made a link code, read "If it is lost, create a
new one", made a second code for the same person and case, and found both listed "Waiting
to be used" on the caseworker workspace with no way to cancel the lost one, which stayed
usable for 14 days. A new code for the same person and case now cancels the one still
waiting, and says so; each code waiting to be used has a button to cancel it; a cancelled
code is listed as such and no longer works. A family entering a cancelled code read "This
link code has expired", as if they had been too slow: it says the code no longer works."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.links import BORN
from tests.support.tabs import (
    check_accessible,
    fill_page,
    linked_in_browser,
    new_tab,
    press,
    sign_in_in_browser,
)

pytestmark = pytest.mark.browser


def _code_made(tab, reference: str, name: str) -> str:  # type: ignore[no-untyped-def]
    tab.goto("/caseworker/link-codes/new")
    fill_page(tab, {"case_reference": reference, "person_name": name})
    tab.locator("input[name=relationship][value=parent_carer]").check()
    press(tab, "Continue")
    press(tab, "Create link code")
    return str(tab.locator(".portal-link-code").inner_text()).strip()


def _rows(tab, name: str):  # type: ignore[no-untyped-def]
    tab.goto("/caseworker/")
    return tab.locator("main tbody tr", has_text=name)


def _refused(browser, app: Flask, base_url: str, code: str, person: str) -> str:  # type: ignore[no-untyped-def]
    sign_in(app.test_client(), person=person)  # known to the sign-in page
    family = new_tab(browser, base_url)
    try:
        linked_in_browser(family, code, BORN[demo.FINAL], person)
        assert family.url.endswith("/account/link"), "the case was not added"
        return str(family.locator("#code-error").inner_text())
    finally:
        family.context.close()


def test_a_second_code_for_the_same_person_cancels_the_lost_one(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        lost = _code_made(tab, demo.FINAL, "Grace Lost")
        _code_made(tab, demo.FINAL, "Grace Other")  # someone else's stays as it is
        _code_made(tab, demo.FINAL, "Grace Lost")
        said = tab.locator("main").inner_text()
        assert "earlier code" in said and "cancelled" in said, said

        rows = _rows(tab, "Grace Lost")
        assert rows.count() == 2
        statuses = rows.all_inner_texts()
        assert "Waiting to be used" in statuses[0], statuses
        assert "Cancelled on" in statuses[1] and "Waiting" not in statuses[1], statuses
        assert "Waiting to be used" in _rows(tab, "Grace Other").inner_text()

        refused = _refused(browser, app, base_url, lost, "lost.code@example.org")
        assert "no longer works" in refused and "Ask the SEN team for a new one" in refused
        assert "expired" not in refused, refused
    finally:
        tab.context.close()


def test_a_caseworker_cancels_a_code_waiting_to_be_used(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        code = _code_made(tab, demo.FINAL, "Tomasz Cancelled")
        row = _rows(tab, "Tomasz Cancelled")
        button = row.get_by_role("button", name="Cancel code")
        assert button.count() == 1, row.inner_text()
        assert "Tomasz Cancelled" in str(button.text_content()), "a screen reader hears whose"
        with tab.expect_navigation():
            button.click()

        assert tab.url.endswith("/caseworker/"), tab.url
        banner = tab.locator(".govuk-notification-banner--success")
        assert "Link code for Tomasz Cancelled cancelled" in banner.inner_text()
        check_accessible(tab, "the workspace after cancelling a link code", "en")
        row = tab.locator("main tbody tr", has_text="Tomasz Cancelled")
        assert "Cancelled on" in row.inner_text()
        assert row.get_by_role("button").count() == 0, "nothing left to cancel"

        refused = _refused(browser, app, base_url, code, "cancelled.code@example.org")
        assert "no longer works" in refused and "Ask the SEN team for a new one" in refused
        assert "expired" not in refused, refused
    finally:
        tab.context.close()
