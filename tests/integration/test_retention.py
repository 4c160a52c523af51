"""`flask retention run` removes what app.yaml's periods say the portal no longer keeps.

Runs on SQLite and on PostgreSQL: the audit trail's triggers differ between them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError

from portal.case_api import outbox
from portal.models import (
    AssessmentRequest,
    AuditEvent,
    CaseLink,
    ConsentEvent,
    Contribution,
    OutboxMessage,
    RequestDraft,
)
from portal.platform import db
from tests.conftest import sign_in
from tests.support.contributions import add_file, answer_all, begin
from tests.support.files import PNG
from tests.support.pages import post
from tests.support.requests import fill, start

LONG_AGO = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)


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
