"""A tester, as a caseworker, withdrew a request at the family's asking: the page was one
button, and nothing recorded how or when the family asked, or why, for the next
caseworker, the case system or a complaint. A withdrawal now asks how and when they
asked; without it the page says what is missing, and with it the request's history and
the case system keep it."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.support.queue import add_request
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser

ASKED = "Phoned on 3 December: their son now has a place at Elm Primary that meets his needs."


def test_a_withdrawal_records_how_the_family_asked(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-730301"
    add_request(live_app, reference, "Wil Drawn")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/withdraw")
    send(staff)
    summary = staff.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter how and when they asked to withdraw it")
    expect(staff.locator("#withdraw-reason-error")).to_contain_text(
        "Enter how and when they asked to withdraw it"
    )
    check_accessible(staff, "a withdrawal with nothing said", "en")

    staff.get_by_label("How and when they asked to withdraw it").fill(ASKED)
    send(staff)
    expect(staff.locator(".govuk-notification-banner")).to_contain_text("Request withdrawn")
    staff.goto(f"/caseworker/requests/{reference}/history")
    expect(staff.locator("main")).to_contain_text(ASKED)
