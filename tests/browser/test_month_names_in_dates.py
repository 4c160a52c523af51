"""A tester, as a caseworker, recorded a decision dated "1 Dec 2026", typing the month as
"Dec", and read "Date of the decision must be a real date". GOV.UK's date input pattern
takes a month's name, whole or short, as well as its number; so does every date here, in
English and in the page's language."""

from __future__ import annotations

from typing import Literal

import pytest
from babel.dates import get_month_names
from flask import Flask
from playwright.sync_api import expect

from portal.platform import deadlines
from tests.support.queue import add_request
from tests.support.tabs import send

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("reference", "language", "width", "heading"),
    [
        ("BNT-2026-730101", "en", "abbreviated", "Check the decision before you record it"),
        ("BNT-2026-730102", "en", "wide", "Check the decision before you record it"),
        ("BNT-2026-730103", "pl", "wide", "Prosimy sprawdzić decyzję przed jej zarejestrowaniem"),
    ],
)
def test_a_caseworker_types_the_month_by_its_name(  # type: ignore[no-untyped-def]
    live_app: Flask,
    people,
    reference: str,
    language: str,
    width: Literal["abbreviated", "wide"],
    heading: str,
) -> None:
    today = deadlines.council_today()
    month = get_month_names(width, "format", language)[today.month].lower()
    add_request(live_app, reference, "Mo Named", status="accepted")
    staff = people["staff"]
    try:
        staff.goto(f"/caseworker/requests/{reference}/actions/decide?lang={language}")
        staff.locator("input[name=decide-decision][value=assess]").check()
        for part, value in (("day", str(today.day)), ("month", month), ("year", str(today.year))):
            staff.locator(f"#decide-decided_on-{part}").fill(value)
        send(staff)
        expect(staff.locator(".govuk-error-summary")).to_have_count(0)
        expect(staff.locator("h1")).to_have_text(heading)
    finally:
        staff.goto("/caseworker/?lang=en")
