"""The database: migrations match the models, and audit events are append-only.

These run on SQLite and, when TEST_DATABASE_URL is set (always in CI), on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import create_engine, inspect, select

from portal.models import AuditEvent
from portal.models.base import Base
from portal.platform import db
from tests.conftest import POSTGRES_URL, drop_postgres_schema, fresh_postgres_schema, migrate


def test_migrations_create_exactly_what_the_models_describe(database_url: str) -> None:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_migrations_go_down_and_up_again(database_url: str) -> None:
    migrate_down = __import__("alembic.command", fromlist=["downgrade"]).downgrade
    from alembic.config import Config

    from portal.platform.settings import PROJECT_ROOT

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    engine = create_engine(database_url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        migrate_down(config, "base")
    assert "audit_events" not in inspect(engine).get_table_names()
    engine.dispose()
    migrate(database_url)
    engine = create_engine(database_url)
    assert "audit_events" in inspect(engine).get_table_names()
    engine.dispose()


def test_times_are_stored_and_read_as_utc(db_app: Flask) -> None:
    moment = dt.datetime(2026, 11, 29, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with db_app.app_context():
        db.session().add(AuditEvent(actor_kind="system", action="test", occurred_at=moment))
        db.session().commit()
    with db_app.app_context():
        stored = db.session().scalars(select(AuditEvent)).one()
        assert stored.occurred_at == moment
        assert stored.occurred_at.tzinfo == dt.UTC
        assert stored.occurred_at.hour == 12


def test_audit_events_cannot_be_changed_or_deleted(db_app: Flask) -> None:
    with db_app.app_context():
        db.session().add(AuditEvent(actor_kind="staff", actor_id="cw-1", action="viewed"))
        db.session().commit()
        event = db.session().scalars(select(AuditEvent)).one()
        event.action = "nothing"
        with pytest.raises(PermissionError):
            db.session().commit()
        db.session().rollback()
        db.session().delete(db.session().scalars(select(AuditEvent)).one())
        with pytest.raises(PermissionError):
            db.session().commit()


def test_naive_datetimes_are_refused(db_app: Flask) -> None:
    with db_app.app_context():
        db.session().add(
            AuditEvent(actor_kind="system", action="test", occurred_at=dt.datetime(2026, 1, 1))
        )
        with pytest.raises(Exception, match="naive datetimes"):
            db.session().commit()


def test_the_database_itself_refuses_to_change_an_audit_event(database_url: str) -> None:
    """Even SQL that bypasses the application cannot rewrite the audit trail."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_events (occurred_at, actor_kind, action) "
                "VALUES (CURRENT_TIMESTAMP, 'system', 'test')"
            )
        )
    for statement in ("UPDATE audit_events SET action = 'forged'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()


def test_a_database_error_does_not_carry_what_was_sent_into_the_logs(database_url: str) -> None:
    """The error pages log a failed statement's exception, whose text would otherwise end
    with the values bound to it: a child's name, a caseworker's search."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    engine = db.make_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_events (occurred_at, actor_kind, action) "
                "VALUES (CURRENT_TIMESTAMP, 'system', 'test')"
            )
        )
    with pytest.raises(DBAPIError) as failed, engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET action = :name"), {"name": "Amara Okafor"})
    assert "append-only" in str(failed.value)
    assert "Amara" not in str(failed.value)
    engine.dispose()


def test_the_database_itself_refuses_to_change_a_consent_event(database_url: str) -> None:
    """A withdrawal is a new event: SQL cannot rewrite or remove one that was recorded."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO accounts (id, kind, issuer, subject, created_at) "
                "VALUES ('a1', 'family', 'https://idp.example', 's1', CURRENT_TIMESTAMP)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO consent_wordings (sha256, version, language, text, first_shown_at) "
                "VALUES (:sha, '1', 'en', 'Do you agree?', CURRENT_TIMESTAMP)"
            ),
            {"sha": "a" * 64},
        )
        connection.execute(
            text(
                "INSERT INTO consent_events (id, case_reference, account_id, given_by, choice, "
                "given, occurred_at, wording_version, wording_sha256, language, method) VALUES "
                "('e1', 'BNT-2026-000001', 'a1', 'parent_carer', 'assessment', :given, "
                "CURRENT_TIMESTAMP, '1', :sha, 'en', 'online')"
            ),
            {"sha": "a" * 64, "given": True},
        )
    for statement in (
        "UPDATE consent_events SET given = NOT given",
        "DELETE FROM consent_events",
    ):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()


@pytest.mark.skipif(not POSTGRES_URL, reason="SQLite has no TRUNCATE; CI always sets it")
@pytest.mark.parametrize(
    "statement",
    [
        "TRUNCATE audit_events",
        "TRUNCATE consent_events",
        "TRUNCATE consent_wordings CASCADE",
        "TRUNCATE accounts CASCADE",  # would empty consent_events through its foreign key
    ],
)
def test_postgresql_refuses_to_truncate_the_append_only_tables(statement: str) -> None:
    """Row triggers do not see TRUNCATE: without a statement trigger one line of SQL
    would empty the audit trail or every family's consent record."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    url = fresh_postgres_schema(POSTGRES_URL)
    try:
        migrate(url)
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO audit_events (occurred_at, actor_kind, action) "
                    "VALUES (CURRENT_TIMESTAMP, 'system', 'test')"
                )
            )
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_events")).scalar() == 1
        engine.dispose()
    finally:
        drop_postgres_schema(url)


@pytest.mark.skipif(not POSTGRES_URL, reason="needs PostgreSQL to drop connections; CI sets it")
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_page_opens_when_the_database_has_dropped_every_pooled_connection(
    db_app: Flask, database_url: str
) -> None:
    """As after a PostgreSQL restart or an idle connection closed by the network: no
    pre-ping guards a pooled connection, so the first statement finds it dropped and is
    run again on a new one, and every other connection from before the drop is replaced
    (the page writes its audit event on a second connection)."""
    from sqlalchemy import text

    from portal.models import Account
    from tests.support.sessions import signed_in

    with db_app.app_context():
        account = Account(kind="family", issuer="https://idp.example", subject="s1")
        db.session().add(account)
        db.session().flush()
        token = signed_in(db.session(), account.id)
        db.session().commit()
    family = db_app.test_client()
    family.set_cookie("__Host-session", token, domain="localhost")
    assert family.get("/account/your-data").status_code == 200
    assert db_app.extensions["db_engine"].pool.checkedin() == 2
    admin = create_engine(database_url)
    with admin.connect() as connection:
        dropped = connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).all()
    admin.dispose()
    assert len(dropped) == 2

    for _ in range(2):
        page = family.get("/account/your-data")
        assert page.status_code == 200
        assert "Looked at this information" in page.text


@pytest.mark.skipif(not POSTGRES_URL, reason="needs PostgreSQL's prepared statements; CI sets it")
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_page_viewed_again_is_not_planned_again(db_app: Flask) -> None:
    """psycopg prepares a statement it has run 5 times on a connection, so PostgreSQL
    plans it once; it forgets them all when a transaction is rolled back. A page that only
    reads ends its transaction with a commit, so its statements stay prepared."""
    from tests.conftest import sign_in

    family = db_app.test_client()
    sign_in(family)
    for _ in range(8):
        assert family.get("/account/").status_code == 200
    engine = db_app.extensions["db_engine"]
    pooled = [engine.connect() for _ in range(engine.pool.checkedin())]
    prepared = [
        statement
        for connection in pooled
        for statement in connection.exec_driver_sql(
            "SELECT statement FROM pg_prepared_statements"
        ).scalars()
    ]
    for connection in pooled:
        connection.close()
    assert any(statement.startswith("SELECT request_drafts.") for statement in prepared)
