"""What a transaction holds: an audit event commits with the change it records, a read
never commits the request's unfinished work, and a file outlives a row that could not
be deleted. The database is made to refuse on purpose, with a trigger of its own."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select, text

from portal.case_api import outbox, reads
from portal.models import AssessmentRequest, AuditEvent, Document, MailboxMessage, OutboxMessage
from portal.platform import db, deadlines, files
from tests.conftest import sign_in
from tests.support.files import PDF
from tests.support.pages import post
from tests.support.requests import start, submitted, upload
from tests.support.staff import act


def refuse(app: Flask, table: str, event: str, when: str = "") -> None:
    """Make the database itself refuse `event` on `table` from now on."""
    url = app.extensions["portal_settings"].database_url
    engine = create_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(
                text(
                    "CREATE FUNCTION refuse_for_test() RETURNS trigger AS $$ BEGIN "
                    "RAISE EXCEPTION 'refused for the test'; END; $$ LANGUAGE plpgsql"
                )
            )
            condition = f"WHEN ({when})" if when else ""
            connection.execute(
                text(
                    f"CREATE TRIGGER refuse_for_test BEFORE {event} ON {table} FOR EACH ROW "
                    f"{condition} EXECUTE FUNCTION refuse_for_test()"
                )
            )
        else:
            condition = f"WHEN {when}" if when else ""
            connection.execute(
                text(
                    f"CREATE TRIGGER refuse_for_test BEFORE {event} ON {table} {condition} "
                    "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
                )
            )
    engine.dispose()


@pytest.fixture
def family(db_app: Flask) -> FlaskClient:
    client = db_app.test_client()
    sign_in(client)
    return client


def test_a_decision_whose_audit_event_cannot_be_written_is_not_made(
    db_app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert act(staff, reference, "accept").status_code == 302
    refuse(db_app, "audit_events", "INSERT", "NEW.action = 'triage_not_assess'")
    today = deadlines.council_today()
    refused = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
            "reason": "Needs met by the school's SEN support",
        },
    )
    assert refused.status_code == 500
    with db_app.app_context():
        request = db.session().scalars(select(AssessmentRequest)).one()
        assert request.status == "accepted", "an unaudited decision stood"
        decisions = db.session().scalars(
            select(OutboxMessage.payload).where(OutboxMessage.kind == "triage_decision.create")
        )
        assert [d["decision"]["decision"] for d in decisions] == ["accepted"]
        assert db.session().scalars(select(AuditEvent.action)).all().count("triage_accept") == 1


def test_a_request_page_whose_viewing_cannot_be_audited_is_not_shown(
    db_app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    answers = f"/caseworker/requests/{reference}/answers"
    assert "Finds reading very hard." in staff.get(answers).get_data(as_text=True)
    refuse(db_app, "audit_events", "INSERT", "NEW.action = 'viewed_request'")
    refused = staff.get(answers)
    assert refused.status_code == 500
    assert "Finds reading very hard." not in refused.get_data(as_text=True)


def test_a_request_page_that_fails_keeps_the_record_that_it_was_seen(
    db_app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    with create_engine(db_app.extensions["portal_settings"].database_url).begin() as connection:
        # Not a table the request itself is read with (consent_events is, for a withdrawal).
        connection.execute(text("ALTER TABLE documents RENAME TO documents_gone"))
    failed = staff.get(f"/caseworker/requests/{reference}/documents")
    assert failed.status_code in (500, 503), "the documents section could not read its files"
    with db_app.app_context():
        seen = db.session().scalars(
            select(AuditEvent.action).where(AuditEvent.object_id == reference)
        )
        assert list(seen).count("viewed_request") == 1


def test_reading_a_case_does_not_commit_the_requests_unfinished_work(
    db_app: Flask, family: FlaskClient
) -> None:
    reference = submitted(family)
    outbox.run_once(db_app)  # the case system now has the case
    with db_app.test_request_context():
        db.session().add(
            MailboxMessage(to="x@example.org", subject="unfinished", body="", language="en")
        )
        with db.session().no_autoflush:  # SQLite: an unflushed change holds no lock
            assert reads.case_status(reference).body is not None
        db.session().rollback()
    with db_app.app_context():
        subjects = db.session().scalars(select(MailboxMessage.subject)).all()
        assert "unfinished" not in subjects


def test_a_file_is_kept_while_its_row_could_not_be_deleted(
    db_app: Flask, family: FlaskClient
) -> None:
    draft = start(family)
    upload(family, draft, PDF, "report.pdf")
    with db_app.app_context():
        document = db.session().scalars(select(Document)).one()
    refuse(db_app, "documents", "DELETE")
    refused = post(family, f"/account/request/{draft}/documents/{document.id}/remove", {})
    assert refused.status_code == 500
    with db_app.app_context():
        assert db.session().get(Document, document.id) is not None
        assert files.read(document.storage_key).startswith(b"%PDF")
    assert family.get(f"/account/request/{draft}/documents/{document.id}").status_code == 200


@pytest.mark.parametrize("flushed", [True, False], ids=["written", "added"])
def test_a_request_that_ends_without_committing_leaves_nothing_behind(
    db_app: Flask, flushed: bool
) -> None:
    """A request's transaction that only read is ended with a commit (see db.end_transaction): one
    that wrote, or holds an unsaved change, must still be rolled back."""
    with db_app.test_request_context():
        db.session().scalars(select(MailboxMessage.subject)).all()
        db.session().add(
            MailboxMessage(to="x@example.org", subject="unfinished", body="", language="en")
        )
        if flushed:
            db.session().flush()
    with db_app.app_context():
        assert "unfinished" not in db.session().scalars(select(MailboxMessage.subject)).all()


def test_a_request_that_failed_after_writing_leaves_nothing_behind(db_app: Flask) -> None:
    with pytest.raises(RuntimeError), db_app.test_request_context():
        db.session().add(
            MailboxMessage(to="x@example.org", subject="unfinished", body="", language="en")
        )
        db.session().flush()
        raise RuntimeError("the view failed")
    with db_app.app_context():
        assert "unfinished" not in db.session().scalars(select(MailboxMessage.subject)).all()
