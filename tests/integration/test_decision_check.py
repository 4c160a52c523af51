"""A decision whether to assess is final, emailed to the family and sent to the case
system: it is recorded only from its check page, which warns of that; and a decision made
after it was due says why (the SEND Regulations 2014, regulation 5(4))."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import AssessmentRequest, OutboxMessage
from portal.platform import db, deadlines
from tests.support.pages import error, one, page
from tests.support.queue import add_request
from tests.support.staff import act, check_page, confirm, fill_in

STALE = "Someone else changed this request after you opened it. Check what changed, then try again"
LATE = "Select why the decision was made after it was due"


def _on(day: dt.date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


def _stored(app: Flask, reference: str) -> AssessmentRequest:
    with app.app_context():
        query = select(AssessmentRequest).where(AssessmentRequest.reference == reference)
        return db.session().scalars(query).one()


def _sent(app: Flask, kind: str) -> list[dict[str, Any]]:
    with app.app_context():
        rows = db.session().scalars(select(OutboxMessage).where(OutboxMessage.kind == kind))
        return [dict(row.payload or {}) for row in rows]


def _decisions(app: Flask) -> list[dict[str, Any]]:
    sent = [m["decision"] for m in _sent(app, "triage_decision.create")]
    return [d for d in sent if d["decision"] in ("assess", "not_assess")]


NOT_ASSESSING = {
    "decision": "not_assess",
    "standard_reasons": ["needs_met_by_setting"],
    "reason": "The school's SEN support is working.",
}


def test_nothing_is_recorded_until_the_decision_is_confirmed(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    emails = len(_sent(app, "email.send"))
    today = deadlines.council_today()
    check = fill_in(staff, reference, "decide", {**NOT_ASSESSING, "decided_on": _on(today)})
    assert check_page(check)
    shown = page(check).get_text(" ")
    assert "Check the decision before you record it" in shown
    assert "You cannot change a decision once it is recorded" in shown
    assert "Do not carry out an assessment" in shown
    assert "their needs can be met from the support their school" in shown
    assert "The school's SEN support is working." in shown
    assert "The family will get an email or text message" in shown
    assert "after it was due" not in shown, "a decision in time is not asked why"
    assert _stored(app, reference).status == "accepted"
    assert _decisions(app) == [] and len(_sent(app, "email.send")) == emails

    assert confirm(staff, reference, check).status_code == 302
    assert _stored(app, reference).status == "decided_not_assess"
    [sent] = _decisions(app)
    assert sent["decision_date"] == today.isoformat() and "late_reason" not in sent
    assert len(_sent(app, "email.send")) == emails + 1


def test_changing_the_decision_keeps_what_was_typed(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    check = fill_in(staff, reference, "decide", {**NOT_ASSESSING, "decided_on": _on(today)})
    back = page(confirm(staff, reference, check, "change"))
    assert one(back, "textarea[name=decide-reason]").get_text() == NOT_ASSESSING["reason"]
    assert one(back, "input[name=decide-decision][checked]")["value"] == "not_assess"
    assert one(back, "input[name=decide-standard_reasons][checked]")["value"] == (
        "needs_met_by_setting"
    )
    assert one(back, "#decide-decided_on-year")["value"] == str(today.year)
    assert back.select(".govuk-error-summary") == []
    assert _stored(app, reference).status == "accepted"


def test_a_decision_recorded_meanwhile_refuses_the_confirmation(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    check = fill_in(staff, reference, "decide", {**NOT_ASSESSING, "decided_on": _on(today)})
    other = act(staff, reference, "decide", {"decision": "assess", "decided_on": _on(today)})
    assert other.status_code == 302
    refused = confirm(staff, reference, check)
    assert refused.status_code == 409
    assert STALE in one(page(refused), ".govuk-error-summary").get_text(" ")
    assert _stored(app, reference).status == "decided_assess"
    assert [d["decision"] for d in _decisions(app)] == ["assess"]


def test_a_tampered_or_replayed_confirmation_does_no_harm(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    check = fill_in(staff, reference, "decide", {"decision": "assess", "decided_on": _on(today)})
    tampered = page(check)
    for field in tampered.select("input[name=decide-decision]"):
        field["value"] = "maybe"
    sent = confirm(staff, reference, tampered)
    assert sent.status_code == 200 and page(sent).select(".govuk-error-summary"), "shown again"
    no_token = page(check)
    for field in no_token.select("input[name$=csrf_token]"):
        field.decompose()
    assert confirm(staff, reference, no_token).status_code == 400
    assert _stored(app, reference).status == "accepted"
    assert confirm(staff, reference, check).status_code == 302
    assert confirm(staff, reference, check).status_code == 409
    assert [d["decision"] for d in _decisions(app)] == ["assess"]


def test_a_late_decision_says_why_and_the_case_system_and_history_are_told(
    app: Flask, staff: FlaskClient
) -> None:
    reference = "BNT-2026-730101"
    add_request(app, reference, "Ola Late", status="accepted", due_in=-8, received_days_ago=50)
    today = deadlines.council_today()
    asked = fill_in(staff, reference, "decide", {"decision": "assess", "decided_on": _on(today)})
    assert asked.status_code == 200 and error(asked) == LATE
    beside = one(page(asked), "#decide-late_reason-error").get_text(" ")
    assert LATE in beside
    typed = {"decision": "assess", "decided_on": _on(today), "late_reason": "school_closure"}
    check = fill_in(staff, reference, "decide", typed)
    shown = page(check).get_text(" ")
    assert "8 days after it was due" in shown
    # The law's whole period (the SEND Regulations 2014, regulation 5(4)(a)), not only the
    # week before the closure, as a tester read it at first.
    assert (
        "asked a school or college for advice from a week before it closed for at least 4 "
        "weeks in a row, until a week before it reopened" in shown
    )
    assert confirm(staff, reference, check).status_code == 302
    assert _stored(app, reference).late_reason == "school_closure"
    [sent] = _decisions(app)
    assert sent["late_reason"] == "school_closure"
    history = page(staff.get(f"/caseworker/requests/{reference}/history")).get_text(" ")
    assert (
        "Decided 8 days late: advice asked of a school or college about to close for 4 weeks "
        "or more" in history
    )


def test_a_decision_dated_before_it_was_due_is_not_asked_why(
    app: Flask, staff: FlaskClient
) -> None:
    reference = "BNT-2026-730102"
    add_request(app, reference, "Ian Intime", status="accepted", due_in=-8, received_days_ago=50)
    shown = page(staff.get(f"/caseworker/requests/{reference}/actions/decide"))
    assert shown.select("input[name=decide-late_reason]"), "overdue: the question is there"
    in_time = deadlines.council_today() - dt.timedelta(days=9)
    typed = {"decision": "assess", "decided_on": _on(in_time), "late_reason": "none"}
    check = fill_in(staff, reference, "decide", typed)
    assert check_page(check)
    assert "after it was due" not in page(check).get_text(" ")
    assert confirm(staff, reference, check).status_code == 302
    assert _stored(app, reference).late_reason is None
    assert "late_reason" not in _decisions(app)[0]


def test_a_decision_not_yet_due_does_not_ask_why_it_is_late(
    staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    shown = page(staff.get(f"/caseworker/requests/{reference}/actions/decide"))
    assert shown.select("input[name=decide-late_reason]") == []


def test_a_late_decisions_reason_shows_on_the_summary_with_the_decision(
    app: Flask, staff: FlaskClient
) -> None:
    reference = "BNT-2026-730104"
    add_request(app, reference, "Osk Late", status="accepted", due_in=-3, received_days_ago=45)
    today = deadlines.council_today()
    typed = {"decision": "assess", "decided_on": _on(today), "late_reason": "away"}
    assert confirm(staff, reference, fill_in(staff, reference, "decide", typed)).status_code == 302
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    decided = one(summary, ".govuk-summary-list").get_text(" ")
    assert "Decided 3 days late: away from the area for 4 weeks or more" in " ".join(
        decided.split()
    )


def test_a_decision_in_time_gives_no_reason_on_the_summary(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    assert act(staff, reference, "accept").status_code == 302
    typed = {"decision": "assess", "decided_on": _on(deadlines.council_today())}
    assert confirm(staff, reference, fill_in(staff, reference, "decide", typed)).status_code == 302
    assert "late" not in page(staff.get(f"/caseworker/requests/{reference}")).get_text(" ")


def test_a_request_the_family_replied_to_names_its_status_and_what_to_do_first(
    app: Flask, staff: FlaskClient
) -> None:
    reference = "BNT-2026-730105"
    replied = dt.datetime.now(dt.UTC)
    add_request(app, reference, "Rae Replied", status="received", replied_at=replied)
    shown = page(staff.get(f"/caseworker/requests/{reference}/actions/decide"))
    # Opened from its address, not sent: no error summary, as nothing was done wrong.
    assert shown.select(".govuk-error-summary") == []
    said = " ".join(one(shown, "main .govuk-grid-column-two-thirds").get_text(" ").split())
    assert "You cannot record a decision on this request while its status is Family replied" in said
    assert "New" not in said
    accept = shown.find("a", string="Accept the request for a decision first")
    assert accept is not None
    assert accept["href"] == f"/caseworker/requests/{reference}/actions/accept"
    assert shown.select("form input[name=decide-version]") == []


def test_a_date_in_the_future_shows_only_its_own_error_not_the_late_reasons(
    app: Flask, staff: FlaskClient
) -> None:
    reference = "BNT-2026-730106"
    add_request(app, reference, "Fay Future", status="accepted", due_in=-8, received_days_ago=50)
    tomorrow = deadlines.council_today() + dt.timedelta(days=1)
    sent = fill_in(staff, reference, "decide", {"decision": "assess", "decided_on": _on(tomorrow)})
    summary = one(page(sent), ".govuk-error-summary").get_text(" ")
    assert "Date of the decision must be today or in the past" in summary
    assert LATE not in summary
    assert page(sent).select("#decide-late_reason-error") == []
