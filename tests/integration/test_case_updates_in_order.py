"""What happens to a case reaches the case system in the order it happened. The outbox
sends several messages at once, so without an order a reassignment could be recorded
before the assignment it replaces, or a withdrawn consent before the consent it ends.

Each test queues two updates, makes the case system fail the first attempt, and checks
that the second waited: it is never recorded before the first."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import Account, OutboxMessage
from portal.platform import db, deadlines
from tests.support.case_system import entries_since, faults, last_entry_id
from tests.support.outbox import make_due
from tests.support.pages import hidden, post
from tests.support.requests import give_consent
from tests.support.staff import act, decide_not_to_assess


def statuses(app: Flask, kind: str) -> list[str]:
    with app.app_context():
        return list(
            db.session().scalars(
                select(OutboxMessage.status)
                .where(OutboxMessage.kind == kind)
                .order_by(OutboxMessage.created_at)
            )
        )


def first_attempt_fails(app: Flask, kind: str) -> list[str]:
    """Deliver with the case system failing the first write: the statuses of `kind`'s
    messages after that round, in the order they were made."""
    faults(app).add("error")
    outbox.run_once(app)
    return statuses(app, kind)


def deliver_the_rest(app: Flask) -> None:
    make_due(app)
    outbox.run_once(app)


def test_a_caseworkers_actions_reach_the_case_system_in_the_order_taken(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    outbox.run_once(app)
    before = last_entry_id(app)
    with app.app_context():
        me = db.session().scalar(
            select(Account.id).where(Account.email == "caseworker@council.example")
        )
    assert act(staff, reference, "assign", {"assignee": me}).status_code == 302
    assert act(staff, reference, "accept").status_code == 302

    assert first_attempt_fails(app, "triage_decision.create") == ["pending", "pending"]
    deliver_the_rest(app)
    recorded = entries_since(app, before, reference, "triage_decision")
    assert [entry["decision"] for entry in recorded] == ["assigned", "accepted"]


def test_notes_reach_the_case_system_in_the_order_written(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    outbox.run_once(app)
    before = last_entry_id(app)
    for note in ("Rang the school.", "The school rang back."):
        address = f"/caseworker/requests/{reference}"
        token = hidden(staff.get(address))["csrf_token"]
        added = staff.post(f"{address}/notes", data={"csrf_token": token, "text": note})
        assert added.status_code == 302

    assert first_attempt_fails(app, "case_note.create") == ["pending", "pending"]
    deliver_the_rest(app)
    recorded = entries_since(app, before, reference, "case_note")
    assert [entry["text"] for entry in recorded] == ["Rang the school.", "The school rang back."]


def test_consent_withdrawn_and_given_again_reaches_the_case_system_in_that_order(
    app: Flask, client: FlaskClient, reference: str
) -> None:
    outbox.run_once(app)
    before = last_entry_id(app)
    withdraw = f"/account/cases/{reference}/consent/withdraw/share:nhs_trusts"
    assert client.post(withdraw, data=hidden(client.get(withdraw))).status_code == 302
    change = f"/account/cases/{reference}/consent/change"
    assert (
        give_consent(client, change, sharing=["family_services", "nhs_trusts"]).status_code == 302
    )
    assert post(client, f"/account/cases/{reference}/consent/confirm", {}).status_code == 302

    assert first_attempt_fails(app, "consent_event.create")[-2:] == ["pending", "pending"]
    deliver_the_rest(app)
    recorded = entries_since(app, before, reference, "consent_event")
    assert [(entry["choice"], entry["given"]) for entry in recorded] == [
        ("share:nhs_trusts", False),
        ("share:nhs_trusts", True),
    ]


def test_a_familys_mediation_steps_reach_the_case_system_in_the_order_recorded(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    decide_not_to_assess(staff, reference, ["needs_met_by_setting"])
    outbox.run_once(app)
    before = last_entry_id(app)
    today = deadlines.council_today()
    for step in ("contacted-mediation", "mediation-certificate"):
        path = f"/account/cases/{reference}/disagree/not_to_assess/{step}"
        typed = {"happened_on": [str(today.day), str(today.month), str(today.year)]}
        assert post(client, path, typed).status_code == 302

    assert first_attempt_fails(app, "mediation_step.create") == ["pending", "pending"]
    deliver_the_rest(app)
    recorded = entries_since(app, before, reference, "mediation_step")
    assert [entry["step"] for entry in recorded] == [
        "contacted_mediation",
        "mediation_certificate",
    ]
