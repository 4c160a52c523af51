"""The reference case system: a complete implementation of openapi.yaml.

It is the embedded default (`make run` and the tests), a separate WSGI application with
its own tables, standing where a council's adapter to its real case system would stand.
Tests can make it misbehave on purpose through `faults`.

Where to read on:
- auth.py: OAuth client credentials tokens, and the bearer token every request needs;
- cases.py, consent.py, contributions.py, data_rights.py, documents.py, draft_plans.py,
  mediation.py, notes.py, plans.py, reviews.py, triage.py: one blueprint per resource of
  openapi.yaml (entries.py stores what is added to a case);
- idempotency.py: each write runs once per Idempotency-Key;
- faults.py: the misbehaviour tests queue;
- database.py: the session of each request, and one writer at a time;
- models.py: its tables; demo.py: demonstration cases; wsgi.py: run on its own.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any

from flask import Flask, Response, g, request
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from devtools.reference_case_system import (
    auth,
    cases,
    consent,
    contributions,
    data_rights,
    documents,
    draft_plans,
    faults,
    mediation,
    notes,
    plans,
    reviews,
    triage,
)
from devtools.reference_case_system.common import problem, sha256
from devtools.reference_case_system.database import SQLiteWriter, close_db, db
from devtools.reference_case_system.faults import Faults
from devtools.reference_case_system.models import Case, CaseSystemBase, Client
from portal.platform.db import make_engine

__all__ = ["Faults", "count_cases", "create_reference_app"]


def create_reference_app(database_url: str, clients: dict[str, str]) -> Flask:
    """The application, its tables created and `clients` (client id: secret) registered."""
    app = Flask(__name__)
    engine = (
        make_engine(database_url)
        if database_url.startswith("sqlite")
        else create_engine(database_url)
    )
    write_lock: AbstractContextManager[Any] = nullcontext()
    if engine.dialect.name == "sqlite":
        write_lock = SQLiteWriter(engine.url.database)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with write_lock, sessions() as session:  # each of several processes starting at once
        CaseSystemBase.metadata.create_all(session.connection())
        for client_id, secret in clients.items():
            session.merge(Client(client_id=client_id, secret_sha256=sha256(secret)))
        session.commit()
    app.extensions["case_system"] = {
        "engine": engine,
        "sessions": sessions,
        "faults": Faults(),
        "write_lock": write_lock,
        "tokens": {},  # token hash -> client and expiry
    }
    app.teardown_request(close_db)
    app.before_request(_guard)
    for blueprint in (
        auth.bp,
        cases.bp,
        consent.bp,
        contributions.bp,
        documents.bp,
        triage.bp,
        notes.bp,
        mediation.bp,
        draft_plans.bp,
        data_rights.bp,
        plans.bp,
        reviews.bp,
    ):
        app.register_blueprint(blueprint)
    app.register_error_handler(404, _not_found)
    app.register_error_handler(405, _not_allowed)
    return app


def _guard() -> Response | None:
    """Before every request but a token request: any fault a test queued, then the
    bearer token."""
    if request.path.startswith("/oauth/"):
        return None
    injected = faults.inject_next()
    if injected is not None:
        return injected
    client_id = auth.authenticated_client()
    # End the read, so a write that follows starts its own transaction (SQLite cannot
    # turn a read into a write while another writer is busy).
    db().rollback()
    if client_id is None:
        return problem(401, "Unauthorized", "send a valid bearer token")
    g.client_id = client_id
    return None


def _not_found(_error: Exception) -> Response:
    return problem(404, "Not Found")


def _not_allowed(error: Any) -> Response:
    response = problem(405, "Method Not Allowed")
    response.headers["Allow"] = ", ".join(sorted(getattr(error, "valid_methods", None) or []))
    return response


def count_cases(app: Flask) -> int:
    with app.extensions["case_system"]["sessions"]() as db:
        return len(db.scalars(select(Case.reference)).all())
