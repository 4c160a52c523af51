"""What a tester met recording a decision in Chromium: "Record the decision" made it final
at once, with no check and no warning that it cannot be changed, emailing the family and
telling the case system; and a decision made after it was due was taken without asking
why (the SEND Regulations 2014, regulation 5(4))."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from portal.models import AssessmentRequest
from portal.platform import db, deadlines
from tests.support.queue import add_request
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser


def _stored(app: Flask, reference: str) -> AssessmentRequest:
    with app.app_context():
        return (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )


def _date(tab, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    for part, value in zip(("day", "month", "year"), (day.day, day.month, day.year), strict=True):
        tab.locator(f"#decide-decided_on-{part}").fill(str(value))


def test_the_decision_is_checked_changed_then_recorded(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-730001"
    add_request(live_app, reference, "Nia Checked", status="accepted")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide")
    staff.get_by_label("Do not carry out an assessment").check()
    staff.get_by_label("They are making good progress with the support they have now.").check()
    staff.get_by_label("Other reasons (optional)").fill("Doing well at Elm Primary.")
    today = deadlines.council_today()
    _date(staff, today)
    send(staff)

    main = staff.locator("main")
    expect(staff.locator("h1")).to_have_text("Check the decision before you record it")
    assert "Do not carry out an assessment" in main.inner_text()
    assert "Doing well at Elm Primary." in main.inner_text()
    assert "You cannot change a decision once it is recorded" in main.inner_text()
    assert "The family will get an email" in main.inner_text()
    assert _stored(live_app, reference).status == "accepted", "nothing recorded yet"
    check_accessible(staff, "the check page of a decision", "en")

    send(staff, staff.get_by_role("button", name="Change the decision"))
    expect(staff.get_by_label("Other reasons (optional)")).to_have_value(
        "Doing well at Elm Primary."
    )
    expect(staff.get_by_label("Do not carry out an assessment")).to_be_checked()
    staff.get_by_label("Carry out an EHC needs assessment").check()
    send(staff)
    assert "Carry out an EHC needs assessment" in main.inner_text()
    assert "Doing well at Elm Primary." not in main.inner_text()
    assert _stored(live_app, reference).status == "accepted"

    send(staff, staff.get_by_role("button", name="Record the decision"))
    assert "Decision recorded: carry out an EHC needs assessment" in main.inner_text()
    assert _stored(live_app, reference).status == "decided_assess"


def test_a_late_decision_asks_why_it_is_late(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-730002"
    add_request(live_app, reference, "Ola Late", status="accepted", due_in=-8, received_days_ago=50)
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide")
    staff.get_by_label("Carry out an EHC needs assessment").check()
    _date(staff, deadlines.council_today())
    send(staff)

    why = "Select why the decision was made after it was due"
    expect(staff.locator(".govuk-error-summary")).to_be_focused()
    assert staff.locator(".govuk-error-summary__list a").all_inner_texts() == [why]
    question = staff.get_by_role("group", name="Why was the decision made after it was due?")
    expect(question.locator(".govuk-error-message")).to_contain_text(why)
    question.get_by_label("Exceptional personal circumstances affected the child").check()
    send(staff)

    assert "Exceptional personal circumstances affected the child" in staff.inner_text("main")
    send(staff, staff.get_by_role("button", name="Record the decision"))
    assert _stored(live_app, reference).late_reason == "personal_circumstances"
    staff.goto(f"/caseworker/requests/{reference}/history")
    assert "Decided 8 days late: exceptional personal circumstances" in staff.inner_text("main")
