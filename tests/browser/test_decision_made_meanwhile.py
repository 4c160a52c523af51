"""A tester, as a caseworker, recorded a decision in one tab and then, in another, on the
same request: the page said "Someone else changed this request" and "You cannot record a
decision on this request while its status is Decided: assess", and below it offered the
empty decision form with its Continue button, inviting them to fill it in again. What
they had chosen stays, to copy, but there is nothing to send: the page leads back to the
request."""

from __future__ import annotations

import pytest
from flask import Flask

from portal.platform import deadlines
from tests.conftest import sign_in
from tests.support.queue import add_request
from tests.support.staff import act
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser

REFERENCE = "BNT-2026-779001"


def test_a_decision_someone_else_made_meanwhile_is_not_offered_again(  # type: ignore[no-untyped-def]
    people, live_app: Flask
) -> None:
    add_request(live_app, REFERENCE, "Noor Meanwhile", status="accepted")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{REFERENCE}/actions/decide?lang=en")
    other = live_app.test_client()
    sign_in(other, "staff", "manager@council.example")
    today = deadlines.council_today()
    on = [str(today.day), str(today.month), str(today.year)]
    assert (
        act(other, REFERENCE, "decide", {"decision": "assess", "decided_on": on}).status_code == 302
    )
    staff.locator("input[name$=decision][value=assess]").check()
    staff.locator("[id$=decided_on-day]").fill(on[0])
    staff.locator("[id$=decided_on-month]").fill(on[1])
    staff.locator("[id$=decided_on-year]").fill(on[2])
    send(staff, staff.get_by_role("button", name="Continue"))
    summary = staff.locator(".govuk-error-summary").inner_text()
    assert "Someone else changed this request" in summary, summary
    assert staff.get_by_role("button", name="Continue").count() == 0, "nothing to send"
    assert staff.get_by_role("link", name="Back to the request").count() == 1
    staff.console_errors[:] = [e for e in staff.console_errors if "(CONFLICT)" not in e]
    check_accessible(staff, "a decision made meanwhile by someone else", "en")
