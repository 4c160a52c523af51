"""Half an hour after midnight in British Summer Time it is already 1 June in the UK, and
still 31 May on a server that keeps UTC. Every date a person reads, or the law counts,
is the council's: the UK date. Only the council's clock (deadlines.now) is set here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Review
from portal.models import AssessmentRequest, CaseCache, OutboxMessage, RequestDraft
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.draft_plans import linked_parent
from tests.support.own_pages import linked_to_case
from tests.support.pages import page, seen
from tests.support.queue import add_request, rows, trays
from tests.support.requests import start
from tests.support.staff import act

UK_TODAY = dt.date(2026, 6, 1)
HALF_PAST_MIDNIGHT_BST = dt.datetime(2026, 5, 31, 23, 30, tzinfo=dt.UTC)


@pytest.fixture
def half_past_midnight(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(deadlines, "now", lambda: HALF_PAST_MIDNIGHT_BST)
    assert deadlines.council_today() == UK_TODAY
    yield


def due_on(app: Flask, reference: str, day: dt.date) -> None:
    with app.app_context():
        db.session().execute(
            update(AssessmentRequest)
            .where(AssessmentRequest.reference == reference)
            .values(decision_due=day)
        )
        db.session().commit()


def test_a_caseworker_sees_days_left_and_trays_by_the_uk_date(
    app: Flask, staff: FlaskClient, half_past_midnight: None
) -> None:
    add_request(app, "BNT-TODAY", "Ana")
    add_request(app, "BNT-YESTERDAY", "Bea")
    due_on(app, "BNT-TODAY", UK_TODAY)
    due_on(app, "BNT-YESTERDAY", UK_TODAY - dt.timedelta(days=1))

    queue = page(staff.get("/caseworker/queue"))
    counted = {label: count for label, (count, _url, _now) in trays(queue).items()}
    assert counted["Overdue"] == 1 and counted["Due this week"] == 1
    assert rows(page(staff.get("/caseworker/queue?tray=overdue"))) == ["BNT-YESTERDAY"]
    assert rows(page(staff.get("/caseworker/queue?tray=week"))) == ["BNT-TODAY"]
    shown = {
        seen(row.select("td")[1]): row.get_text(" ", strip=True) for row in queue.select("tbody tr")
    }
    assert "Due today" in shown["BNT-TODAY"]
    assert "1 day overdue" in shown["BNT-YESTERDAY"]

    request_page = page(staff.get("/caseworker/requests/BNT-YESTERDAY")).get_text(" ")
    assert "1 day overdue" in request_page
    home = page(staff.get("/caseworker/")).get_text(" ")
    assert "Overdue (1)" in home and "Due this week (1)" in home


def test_a_withdrawal_is_sent_to_the_case_system_with_the_uk_date(
    app: Flask, staff: FlaskClient, reference: str, half_past_midnight: None
) -> None:
    assert act(staff, reference, "withdraw").status_code == 302
    with app.app_context():
        sent = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create")
        )
        [decision] = [m.payload["decision"] for m in sent if m.payload is not None]
        stored = db.session().scalars(
            select(AssessmentRequest.decided_on).where(AssessmentRequest.reference == reference)
        )
        assert stored.one() == UK_TODAY
    assert decision["decision"] == "withdrawn"
    assert decision["decision_date"] == UK_TODAY.isoformat()


def test_the_daily_job_tells_of_a_draft_issued_today_in_the_uk(
    app: Flask, client: FlaskClient, sent_on: Any, half_past_midnight: None
) -> None:
    linked_parent(app, client)
    sent_on(UK_TODAY)
    told = app.test_cli_runner().invoke(args=["families", "tell"]).output
    assert "Told 1 families of a draft plan." in told


def test_the_daily_job_does_not_remind_of_a_draft_whose_15_days_ended_yesterday(
    app: Flask, client: FlaskClient, sent_on: Any, half_past_midnight: None
) -> None:
    linked_parent(app, client)
    sent_on(UK_TODAY - dt.timedelta(days=15))  # its 15 days ended on 31 May
    told = app.test_cli_runner().invoke(args=["families", "tell"]).output
    assert "Told 0 families of a draft plan." in told
    assert "Queued 0 reminders." in told


def test_a_request_started_just_after_midnight_says_the_uk_date_and_time(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    draft = start(client)
    with app.app_context():
        db.session().execute(
            update(RequestDraft)
            .where(RequestDraft.id == draft)
            .values(created_at=HALF_PAST_MIDNIGHT_BST)
        )
        db.session().commit()
    account = page(client.get("/account/")).get_text(" ", strip=True)
    assert "started on 1 June 2026 at 00:30" in account
    assert "31 May" not in account


@pytest.fixture
def meeting_on(app: Flask) -> Iterator[Any]:
    """Set the demonstration review's meeting for one test, and put it back afterwards."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    replaced: list[dt.date | None] = []

    def setter(day: dt.date | None) -> None:
        with sessions() as session:
            review = session.get(Review, demo.REVIEW)
            if not replaced:
                replaced.append(review.meeting_on)
            review.meeting_on = day
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()

    yield setter
    if replaced:
        setter(replaced[0])


def test_views_are_taken_on_the_meeting_day_in_the_uk_and_not_the_day_after(
    app: Flask, client: FlaskClient, meeting_on: Any, half_past_midnight: None
) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    views = f"/account/cases/{demo.REVIEW}/annual-review/views"
    meeting_on(UK_TODAY)
    assert family.get(views).status_code == 200
    meeting_on(UK_TODAY - dt.timedelta(days=1))
    assert family.get(views).status_code == 302
    hub = page(family.get(f"/account/cases/{demo.REVIEW}/annual-review")).get_text(" ")
    assert "After the meeting" in hub
    assert "The council has not yet told you its decision" in hub
