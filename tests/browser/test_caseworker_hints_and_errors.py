"""What a tester met writing to a family in Chromium: the hint beside a message ran its
first sentence into the language advice with no full stop, spoke of "the family" when a
young person asked for themselves, and the decision's error summary listed the date
before the reasons, which the page shows first."""

from __future__ import annotations

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.support.queue import add_request

pytestmark = pytest.mark.browser


def hint_of(staff, label: str) -> str:  # type: ignore[no-untyped-def]
    box = staff.get_by_label(label)
    return " ".join(
        staff.locator(f"#{described}").inner_text()
        for described in box.get_attribute("aria-describedby").split()
        if "hint" in described
    )


def test_the_hint_reads_as_two_sentences_about_the_young_person(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-720001"
    add_request(
        live_app,
        reference,
        "Yusuf Own",
        status="accepted",
        language="tr",
        requester_role="young_person",
    )
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information")
    hint = hint_of(staff, "What do you need from the young person?")
    assert "saying it is there. The young person reads Turkish." in hint, hint
    assert "family" not in hint, hint


def test_the_decisions_errors_are_listed_in_the_pages_order(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-720002"
    add_request(live_app, reference, "Ada Undecided", status="accepted")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide")
    staff.get_by_label("Do not carry out an assessment").check()
    staff.get_by_role("button", name="Continue").click()
    expect(staff.locator(".govuk-error-summary")).to_be_focused()
    listed = staff.locator(".govuk-error-summary__list a").all_inner_texts()
    assert listed == [
        "Select at least one reason, or enter other reasons",
        "Enter the date of the decision",
    ], listed


@pytest.mark.parametrize(
    ("role", "reader", "reference"),
    [
        ("parent_carer", "The family", "BNT-2026-721101"),
        ("young_person", "The young person", "BNT-2026-721102"),
    ],
)
def test_a_caseworker_is_told_to_write_in_english_to_an_english_reader(  # type: ignore[no-untyped-def]
    live_app: Flask, people, role: str, reader: str, reference: str
) -> None:
    """A caseworker reading the staff pages in Turkish wrote their reasons in Turkish to a
    family who read English; the family were told "The caseworker also wrote, in English:".
    The advice beside the words says which language to write in."""
    add_request(live_app, reference, "Ada English", status="accepted", requester_role=role)
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide?lang=en")
    staff.get_by_label("Do not carry out an assessment").check()
    hint = hint_of(staff, "Other reasons (optional)")
    assert f"{reader} reads English. Write in English" in hint, hint
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information?lang=en")
    label = "What do you need from the young person?" if role == "young_person" else None
    hint = hint_of(staff, label or "What do you need from the family?")
    assert f"{reader} reads English. Write in English" in hint, hint
