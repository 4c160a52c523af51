"""Caseworkers triage requests: the queue, the request view and its actions."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import AssessmentRequest, AuditEvent, MailboxMessage, OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import hidden, page, post
from tests.support.requests import submitted
from tests.support.staff import act


@pytest.fixture
def reference(client: FlaskClient) -> str:
    sign_in(client)
    return submitted(client)


@pytest.fixture
def staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return client


def stored(app: Flask, reference: str) -> AssessmentRequest:
    with app.app_context():
        return (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )


def test_the_queue_shows_due_dates_and_filters(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    queue = page(staff.get("/caseworker/queue"))
    row = queue.select_one("tbody tr").get_text(" ")
    assert reference in row and "Zoë O'Neill-Kowalska" in row
    due = dt.date.today() + dt.timedelta(weeks=6)
    assert f"{due.day} {due:%b %Y}" in row and "42 days left" in row
    assert "New" in row and "Not assigned" in row
    assert reference in staff.get("/caseworker/queue?q=zoë").get_data(as_text=True)
    assert reference in staff.get(f"/caseworker/queue?q={reference.lower()}").get_data(as_text=True)
    assert reference not in staff.get("/caseworker/queue?q=nobody").get_data(as_text=True)
    assert reference not in staff.get("/caseworker/queue?overdue=1").get_data(as_text=True)
    assert reference not in staff.get("/caseworker/queue?mine=1").get_data(as_text=True)
    assert reference in staff.get("/caseworker/queue?unassigned=1").get_data(as_text=True)


def test_opening_a_request_shows_everything_and_is_audited(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    shown = page(staff.get(f"/caseworker/requests/{reference}")).get_text(" ")
    assert "Finds reading very hard." in shown
    assert "Sharing with Barnet Family Services" in shown
    assert "assessment_request.create" in shown
    with app.app_context():
        actions = (
            db.session()
            .scalars(select(AuditEvent.action).where(AuditEvent.object_id == reference))
            .all()
        )
    assert "viewed_request" in actions


def test_assign_accept_and_decide_each_go_to_the_case_system(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    with app.app_context():
        from portal.models import Account

        me = (
            db.session()
            .scalars(select(Account.id).where(Account.email == "caseworker@council.example"))
            .one()
        )
    assert act(staff, reference, "assign", {"assignee": me}).status_code == 302
    assert reference in staff.get("/caseworker/queue?mine=1").get_data(as_text=True)
    assert act(staff, reference, "accept").status_code == 302
    received = stored(app, reference).submitted_at.date()
    too_early = received - dt.timedelta(days=1)
    refused = act(
        staff,
        reference,
        "decide",
        {
            "decision": "assess",
            "decided_on": [str(too_early.day), str(too_early.month), str(too_early.year)],
        },
    )
    assert refused.status_code == 200
    assert "Date of the decision must be on or after the request" in page(refused).get_text(" ")
    today = dt.date.today()
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
            "reason": "Needs met by the school's SEN support",
        },
    )
    assert decided.status_code == 302
    assert stored(app, reference).status == "decided_not_assess"
    outbox.run_once(app)
    with app.app_context():
        email = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.subject.contains("Our decision")))
            .one()
        )
        assert "First-tier Tribunal" in email.body and "mediation" in email.body
        sent = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create"))
            .all()
        )
    assert [m.payload["decision"]["decision"] for m in sent] == [
        "assigned",
        "accepted",
        "not_assess",
    ]
    with app.app_context():
        errors = db.session().scalars(select(OutboxMessage.last_error)).all()
    assert app.extensions["case_api"].get_case(reference)["status"] == "not_assessing", errors


def test_a_stale_form_is_refused_and_nothing_is_overwritten(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    opened = hidden(staff.get(f"/caseworker/requests/{reference}"))
    assert act(staff, reference, "accept").status_code == 302
    late = staff.post(
        f"/caseworker/requests/{reference}",
        data={
            "act": "withdraw",
            "csrf_token": opened["csrf_token"],
            "withdraw-version": opened["withdraw-version"],
        },
    )
    assert late.status_code == 409
    assert "changed this request after you opened it" in page(late).get_text(" ")
    assert stored(app, reference).status == "accepted"


def test_illegal_moves_are_refused(app: Flask, staff: FlaskClient, reference: str) -> None:
    today = dt.date.today()
    shown = hidden(staff.get(f"/caseworker/requests/{reference}"))
    response = staff.post(
        f"/caseworker/requests/{reference}",
        data={
            "act": "decide",
            "csrf_token": shown["csrf_token"],
            "decide-version": shown["withdraw-version"],
            "decide-decision": "assess",
            "decide-decided_on": [str(today.day), str(today.month), str(today.year)],
        },
    )
    assert response.status_code == 409, "a decision needs the request accepted first"
    assert stored(app, reference).status == "received"
    assert act(staff, reference, "withdraw").status_code == 302
    shown = hidden(staff.get(f"/caseworker/requests/{reference}"))
    assert "accept-version" not in shown, "a withdrawn request offers no way to accept it"
    forged = staff.post(
        f"/caseworker/requests/{reference}",
        data={
            "act": "accept",
            "csrf_token": shown["csrf_token"],
            "accept-version": str(stored(app, reference).version),
        },
    )
    assert forged.status_code == 409
    assert stored(app, reference).status == "withdrawn"


def test_asking_the_family_for_more_and_their_reply(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    asked = act(
        staff, reference, "more_information", {"message": "Please send the latest school report."}
    )
    assert asked.status_code == 302
    outbox.run_once(app)
    with app.app_context():
        email = (
            db.session()
            .scalars(
                select(MailboxMessage).where(MailboxMessage.subject.contains("more information"))
            )
            .one()
        )
        assert email.to == "anna@example.org"
    account = page(client.get("/account/")).get_text(" ")
    assert "We need more information from you" in account
    messages = f"/account/requests/{reference}/messages"
    assert "Please send the latest school report." in page(client.get(messages)).get_text(" ")
    assert post(client, messages, {"message": ""}).status_code == 200
    assert post(client, messages, {"message": "Sent by post on Monday."}).status_code == 302
    assert stored(app, reference).status == "received"
    assert "Sent by post on Monday." in page(
        staff.get(f"/caseworker/requests/{reference}")
    ).get_text(" ")


def test_an_exception_moves_the_due_date(app: Flask, staff: FlaskClient, reference: str) -> None:
    before = stored(app, reference).decision_due
    short = act(
        staff, reference, "exception", {"kind": "family_away", "days": "10", "reason": "Abroad"}
    )
    assert short.status_code == 200
    assert "4 weeks (28 days) or more" in page(short).get_text(" ")
    moved = act(
        staff,
        reference,
        "exception",
        {"kind": "family_away", "days": "30", "reason": "Abroad until March"},
    )
    assert moved.status_code == 302
    assert stored(app, reference).decision_due == before + dt.timedelta(days=30)


def test_a_duplicate_must_name_another_request(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    refused = act(staff, reference, "duplicate", {"of_reference": reference})
    assert refused.status_code == 200
    assert "Enter the reference of another request" in page(refused).get_text(" ")
    assert stored(app, reference).status == "received"


def test_families_cannot_reach_staff_pages(client: FlaskClient, reference: str) -> None:
    for path in ("/caseworker/queue", f"/caseworker/requests/{reference}"):
        assert client.get(path).status_code == 404
    assert client.post(f"/caseworker/requests/{reference}", data={"act": "accept"}).status_code in (
        400,
        404,
    )


def test_possible_duplicates_among_requests_and_in_the_case_system(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    answers = stored(app, reference).answers
    paper = f"BNT-2024-{random.randrange(100000, 999999)}"
    app.extensions["case_api"].create_assessment_request(
        {
            "reference": paper,
            # Today: the embedded case system outlives a test and holds other cases for
            # this child, and a search returns the 20 newest.
            "submitted_at": dt.datetime.now(dt.UTC).isoformat(),
            "requester_role": "parent_carer",
            "language": "en",
            "answers": {
                "child.first_name": answers["child.first_name"].upper(),
                "child.last_name": answers["child.last_name"],
                "child.date_of_birth": answers["child.date_of_birth"],
            },
            "documents": [],
        },
        f"paper-{paper}",
    )
    again = submitted(client)
    shown = page(staff.get(f"/caseworker/requests/{again}")).get_text(" ")
    assert "Possible duplicates" in shown and reference in shown
    assert "The case system holds cases that may be for the same child" in shown
    assert paper in shown, "a request that did not come through the portal is found too"
