"""`flask retention run` removes what app.yaml's periods say the portal no longer keeps.

Runs on SQLite and on PostgreSQL: the audit trail's triggers differ between them.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from devtools.reference_case_system import demo
from portal.case_api import outbox
from portal.models import (
    Account,
    AssessmentRequest,
    AuditEvent,
    CaseLink,
    CaseNote,
    ConsentEvent,
    ContactPreference,
    Contribution,
    DataRightsRequest,
    DeadlineException,
    DraftPlanResponse,
    FamilyMessage,
    MediationStep,
    OutboxMessage,
    RequestDraft,
    ReviewViews,
)
from portal.ops import retention
from portal.platform import db
from tests.conftest import sign_in
from tests.support.contributions import add_file, answer_all, begin
from tests.support.files import PNG
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import hidden, post
from tests.support.requests import fill, start
from tests.support.staff import act

LONG_AGO = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)


def mark_done(staff: FlaskClient, path: str):  # type: ignore[no-untyped-def]
    """A caseworker marks a data-rights request done (its form's fields are "close-")."""
    csrf = hidden(staff.get(path))["close-csrf_token"]
    return staff.post(f"{path}/done", data={"close-csrf_token": csrf, "close-reason": "Checked"})


def count(app: Flask, table: type) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(table))


def test_old_audit_events_go_and_the_rest_stay_untouchable(db_app: Flask) -> None:
    with db_app.app_context():
        db.session().add_all(
            [
                AuditEvent(actor_kind="system", action="old", occurred_at=LONG_AGO),
                AuditEvent(actor_kind="system", action="recent"),
            ]
        )
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 audit events." in result.output
    with db_app.app_context():
        assert [e.action for e in db.session().scalars(select(AuditEvent))] == ["recent"]
    engine = db_app.extensions["db_engine"]
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events"))


def test_old_sent_requests_and_their_outbox_messages_go_but_the_case_link_stays(
    db_app: Flask,
) -> None:
    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    outbox.run_once(db_app)
    with db_app.app_context():
        db.session().execute(update(AssessmentRequest).values(submitted_at=LONG_AGO))
        db.session().execute(update(OutboxMessage).values(delivered_at=LONG_AGO))
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 sent requests." in result.output
    assert count(db_app, AssessmentRequest) == count(db_app, OutboxMessage) == 0
    assert count(db_app, RequestDraft) == 0
    assert count(db_app, CaseLink) == 1
    assert count(db_app, ConsentEvent) == 3, "consent in force is worked out from its events"


def test_an_old_request_goes_with_its_messages_notes_and_time_limit_exceptions(
    db_app: Flask,
) -> None:
    family = db_app.test_client()
    sign_in(family)
    draft = start(family)
    fill(family, draft)
    post(family, f"/account/request/{draft}/check", {})
    with db_app.app_context():
        reference = db.session().scalars(select(AssessmentRequest.reference)).one()
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = act(staff, reference, "more_information", {"message": "Please send the report."})
    moved = act(
        staff, reference, "exception", {"kind": "family_away", "days": "30", "reason": "Away"}
    )
    noted = post(staff, f"/caseworker/requests/{reference}/notes", {"text": "Spoke to school"})
    assert [asked.status_code, moved.status_code, noted.status_code] == [302, 302, 302]
    outbox.run_once(db_app)
    with db_app.app_context():
        db.session().execute(update(AssessmentRequest).values(submitted_at=LONG_AGO))
        db.session().execute(update(OutboxMessage).values(delivered_at=LONG_AGO))
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert result.exit_code == 0, result.output
    assert "Deleted 1 sent requests." in result.output
    for table in (AssessmentRequest, FamilyMessage, DeadlineException, CaseNote, OutboxMessage):
        assert count(db_app, table) == 0, table.__name__
    assert count(db_app, CaseLink) == 1, "the family keeps its link to the case"


def test_a_request_not_yet_delivered_is_kept_however_old(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    with db_app.app_context():
        db.session().execute(update(AssessmentRequest).values(submitted_at=LONG_AGO))
        db.session().commit()
    db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert count(db_app, AssessmentRequest) == 1
    with db_app.app_context():
        kinds = db.session().scalars(select(OutboxMessage.kind)).all()
    assert sorted(kinds) == ["assessment_request.create"] + ["consent_event.create"] * 3 + [
        "email.send"
    ]


def test_views_go_when_unsent_and_stale_or_sent_and_old(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    with db_app.app_context():
        reference = db.session().scalars(select(AssessmentRequest.reference)).one()
    sent = begin(client, "parent_carer", f"case:{reference}")
    answer_all(client, sent, {"likes": "Kind"})
    post(client, f"/account/contributions/{sent}/check", {})
    unsent = begin(client, "parent_carer", f"case:{reference}")
    recent = begin(client, "parent_carer", f"case:{reference}")
    outbox.run_once(db_app)
    with db_app.app_context():
        db.session().execute(
            update(Contribution).where(Contribution.id == unsent).values(updated_at=LONG_AGO)
        )
        db.session().execute(
            update(Contribution).where(Contribution.id == sent).values(submitted_at=LONG_AGO)
        )
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 unsent views." in result.output and "Deleted 1 sent views." in result.output
    with db_app.app_context():
        assert db.session().scalars(select(Contribution.id)).all() == [recent]


def test_views_finished_after_their_request_and_kept_unsent_are_sent_not_deleted(
    db_app: Flask,
) -> None:
    """Before views took their request's case, views finished after the request had gone
    were kept unsent, and the family had been told they would go with it."""
    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    with db_app.app_context():
        reference = db.session().scalars(select(AssessmentRequest.reference)).one()
        db.session().add(
            Contribution(
                account_id=db.session().scalars(select(RequestDraft.account_id)).one(),
                author_role="parent_carer",
                draft_id=draft,
                answers={"views.likes": "Trains"},
                language="en",
                ready_at=LONG_AGO,
                updated_at=LONG_AGO,
            )
        )
        db.session().commit()
    db_app.test_cli_runner().invoke(args=["retention", "run"])
    with db_app.app_context():
        kept = db.session().scalars(select(Contribution)).one()
        assert kept.case_reference == reference and kept.submitted_at is not None
        message = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "contribution.create"))
            .one()
        )
        assert message.payload["contribution"]["answers"]["likes"] == "Trains"


def test_an_old_request_stays_while_views_finished_after_it_are_waiting_to_go(
    db_app: Flask,
) -> None:
    from portal.models import Document

    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    late = begin(client, "parent_carer", f"draft:{draft}")
    add_file(client, late, PNG, "drawing.png")
    post(client, f"/account/request/{draft}/check", {})
    outbox.run_once(db_app)
    answer_all(client, late, {"likes": "Trains"})
    post(client, f"/account/contributions/{late}/check", {})
    with db_app.app_context():
        db.session().execute(update(AssessmentRequest).values(submitted_at=LONG_AGO))
        db.session().commit()
    db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert count(db_app, Document) == 1, "the drawing is kept until it has gone"
    outbox.run_once(db_app)
    with db_app.app_context():
        statuses = (
            db.session()
            .scalars(
                select(OutboxMessage.status).where(
                    OutboxMessage.kind != "assessment_request.create",
                    OutboxMessage.kind != "consent_event.create",
                    OutboxMessage.kind != "email.send",
                )
            )
            .all()
        )
    assert sorted(statuses) == ["delivered", "delivered"], "the views and their drawing"


def test_old_mediation_steps_go_once_the_case_system_has_them(db_app: Flask) -> None:
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    family = db_app.test_client()
    sign_in(family)
    redeem(family, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    steps = f"/account/cases/{demo.FINAL}/disagree/final_plan"
    post(family, f"{steps}/contacted-mediation", {"happened_on": ["1", "8", "2025"]})
    outbox.run_once(db_app)
    post(family, f"{steps}/mediation-certificate", {"happened_on": ["31", "8", "2025"]})
    with db_app.app_context():
        db.session().execute(update(MediationStep).values(recorded_at=LONG_AGO))
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 mediation steps." in result.output
    with db_app.app_context():
        kept = db.session().scalars(select(MediationStep.step)).all()
    assert kept == ["mediation_certificate"], "not yet in the case system: kept"


def test_old_draft_plan_responses_go_once_the_case_system_has_them(db_app: Flask) -> None:
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    family = db_app.test_client()
    sign_in(family, person="second.parent@example.org")
    redeem(
        family,
        issue_code(staff, demo.CHILD_DRAFT, "Jo Brennan", "parent_carer"),
        BORN[demo.CHILD_DRAFT],
    )
    hub = f"/account/cases/{demo.CHILD_DRAFT}/draft-plan"
    post(family, f"{hub}/sections/A", {"comment": "Leo loves trains."})
    family.post(f"{hub}/check", data=hidden(family.get(f"{hub}/check")))
    with db_app.app_context():
        db.session().execute(
            update(DraftPlanResponse).values(submitted_at=LONG_AGO, draft_issued_on=LONG_AGO.date())
        )
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 0 draft plan responses." in result.output, "not yet in the case system"
    outbox.run_once(db_app)
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 draft plan responses." in result.output
    with db_app.app_context():
        assert db.session().scalars(select(DraftPlanResponse)).all() == []


def test_old_annual_review_views_go_once_the_case_system_has_them(db_app: Flask) -> None:
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    family = db_app.test_client()
    sign_in(family, person="parent@example.org")
    redeem(family, issue_code(staff, demo.REVIEW, "Jo Okafor", "parent_carer"), BORN[demo.REVIEW])
    hub = f"/account/cases/{demo.REVIEW}/annual-review"
    post(family, f"{hub}/views", {"hopes": "To swim for the county."})
    family.post(hub, data=hidden(family.get(hub)))
    with db_app.app_context():
        db.session().execute(
            update(ReviewViews).values(submitted_at=LONG_AGO, review_due_on=LONG_AGO.date())
        )
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 0 annual review views." in result.output, "not yet in the case system"
    outbox.run_once(db_app)
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 annual review views." in result.output
    with db_app.app_context():
        assert db.session().scalars(select(ReviewViews)).all() == []


def test_how_a_family_chose_to_hear_from_us_goes_when_the_account_is_long_unused(
    db_app: Flask,
) -> None:
    families = []
    for person in ("unused@example.org", "active@example.org"):
        client = db_app.test_client()
        sign_in(client, person=person)
        chosen = {"channels": ["sms"], "mobile": "07700 900 123", "language": "en"}
        assert post(client, "/account/contact-preferences", chosen).status_code == 302
        families.append(client)
    with db_app.app_context():
        db.session().execute(
            update(Account)
            .where(Account.email == "unused@example.org")
            .values(last_signed_in_at=LONG_AGO, created_at=LONG_AGO)
        )
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 contact preferences." in result.output
    with db_app.app_context():
        kept = db.session().scalars(select(ContactPreference.account_id)).all()
        emails = db.session().scalars(select(Account.email).where(Account.id.in_(kept))).all()
        assert emails == ["active@example.org"]


def test_answered_data_rights_requests_go_once_old_and_in_the_case_system(db_app: Flask) -> None:
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    family = db_app.test_client()
    sign_in(family)
    asked = {"right": "restriction", "details": "Please check it"}
    for item in ("child.first_name", "child.last_name", "child.upn"):
        assert post(family, f"/account/your-data/rights/{item}", asked).status_code == 302
    with db_app.app_context():
        ids = dict(
            db.session()
            .execute(select(DataRightsRequest.item_id, DataRightsRequest.id))
            .tuples()
            .all()
        )
    for item in ("child.first_name", "child.last_name"):
        path = f"/caseworker/data-rights/{ids[item]}"
        assert mark_done(staff, path).status_code == 302
    outbox.run_once(db_app)
    outbox.run_once(db_app)
    done_late = f"/caseworker/data-rights/{ids['child.upn']}"
    assert mark_done(staff, done_late).status_code == 302
    with db_app.app_context():
        db.session().execute(update(DataRightsRequest).values(closed_on=LONG_AGO.date()))
        db.session().commit()
    result = db_app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 2 answered data-rights requests." in result.output
    with db_app.app_context():
        kept = db.session().scalars(select(DataRightsRequest.item_id)).all()
    assert kept == ["child.upn"], "its answer has not reached the case system: kept"


def test_retention_deletes_in_batches_of_its_own_and_keeps_what_is_recent(
    db_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retention, "BATCH", 2)
    with db_app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="https://test.example", subject="many")
        session.add(account)
        session.flush()
        for n, when in enumerate([LONG_AGO] * 5 + [dt.datetime.now(dt.UTC)]):
            draft = RequestDraft(account_id=account.id, requester_role="parent_carer")
            session.add(draft)
            session.flush()
            session.add(
                AssessmentRequest(
                    reference=f"BNT-MANY-{n}",
                    draft_id=draft.id,
                    account_id=account.id,
                    requester_role="parent_carer",
                    answers={},
                    language="en",
                    submitted_at=when,
                    delivered_at=when,
                    decision_due=when.date(),
                )
            )
            session.add(AuditEvent(actor_kind="system", action=f"event {n}", occurred_at=when))
        session.commit()
    commits = []

    def committed(connection: object) -> None:
        commits.append(connection)

    engine = db_app.extensions["db_engine"]
    sqlalchemy.event.listen(engine, "commit", committed)
    try:
        removed = retention.remove_sent_requests(db_app), retention.remove_old_audit(db_app)
    finally:
        sqlalchemy.event.remove(engine, "commit", committed)
    assert removed == (5, 5)
    with db_app.app_context():
        assert db.session().scalars(select(AssessmentRequest.reference)).all() == ["BNT-MANY-5"]
        assert db.session().scalars(select(AuditEvent.action)).all() == ["event 5"]
        assert db.session().scalar(select(func.count()).select_from(RequestDraft)) == 1
    assert len(commits) >= 6, "three batches of two for each kind of row"
