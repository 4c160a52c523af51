"""The reference case system: a complete implementation of openapi.yaml.

It is the embedded default (`make run` and the tests), a separate WSGI application with
its own tables, standing where a council's adapter to its real case system would stand.
Tests can make it misbehave on purpose through `faults`.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import re
import secrets
import socket
import threading
import time
from collections import deque
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, g, request
from sqlalchemy import create_engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from devtools.reference_case_system.models import (
    Case,
    CaseSystemBase,
    Client,
    Entry,
    IdempotencyRecord,
    Plan,
    StoredDocument,
    Token,
)
from portal.case_api.contract import problems
from portal.models.base import utcnow
from portal.platform.db import make_engine

TOKEN_LIFETIME = dt.timedelta(hours=1)
DECISION_WEEKS = 6
UPN = r"[A-Z][0-9]{11}[0-9A-Z]"
PLAN_WEEKS = 20


def sha256(text: str | bytes) -> str:
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()


@dataclass
class Fault:
    kind: str  # "error", "slow", "drop" (before handling) or "drop_after_commit"
    seconds: float = 0.0


class Faults:
    """Misbehaviour queued by tests: each request to a write or read takes the next one."""

    def __init__(self) -> None:
        self._queue: deque[Fault] = deque()
        self._lock = threading.Lock()

    def add(self, kind: str, times: int = 1, seconds: float = 0.0) -> None:
        with self._lock:
            self._queue.extend(Fault(kind, seconds) for _ in range(times))

    def take(self) -> Fault | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()


def problem(status: int, title: str, detail: str = "", errors: list | None = None) -> Response:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    return Response(json.dumps(body), status=status, mimetype="application/problem+json")


def _drop_connection() -> None:
    """Close the socket under the request, so the client gets no answer at all."""
    connection = request.environ.get("werkzeug.socket")
    if isinstance(connection, socket.socket):
        connection.shutdown(socket.SHUT_RDWR)
    raise ConnectionAbortedError("connection dropped on purpose")


class SQLiteWriter:
    """One writer at a time, across this process's threads and the other processes
    serving the same file. SQLite allows one writer too, but a writer that finds it taken
    polls in sleeps of milliseconds; queueing on a lock hands it over at once."""

    def __init__(self, database: str | None) -> None:
        self._thread = threading.Lock()
        self._path = f"{database}.lock" if database and database != ":memory:" else None

    def __enter__(self) -> None:
        self._thread.acquire()
        if self._path:
            self._file = open(self._path, "a")
            fcntl.flock(self._file, fcntl.LOCK_EX)

    def __exit__(self, *_exc: object) -> None:
        if self._path:
            self._file.close()  # closing releases the lock
        self._thread.release()


def create_reference_app(database_url: str, clients: dict[str, str]) -> Flask:
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
    with write_lock, sessions() as db:  # each of several processes starting at once
        CaseSystemBase.metadata.create_all(db.connection())
        for client_id, secret in clients.items():
            db.merge(Client(client_id=client_id, secret_sha256=sha256(secret)))
        db.commit()
    faults = Faults()
    app.extensions["case_system"] = {"engine": engine, "sessions": sessions, "faults": faults}
    tokens: dict[str, tuple[str, dt.datetime]] = {}  # token hash -> client and expiry

    @app.teardown_request
    def _close(_exc: BaseException | None) -> None:
        db = g.pop("db", None)
        if db is not None:
            db.close()

    def db() -> Session:
        if "db" not in g:
            g.db = sessions()
        return g.db

    def authenticated_client() -> str | None:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        digest = sha256(header.removeprefix("Bearer ").strip())
        if digest not in tokens:
            token = db().get(Token, digest)
            if token is None:
                return None
            tokens[digest] = (token.client_id, token.expires_at)
        client_id, expires_at = tokens[digest]
        return client_id if expires_at > utcnow() else None

    @app.post("/oauth/token")
    def issue_token() -> Response:
        auth = request.authorization
        client_id = auth.username if auth else request.form.get("client_id")
        secret = auth.password if auth else request.form.get("client_secret")
        if request.form.get("grant_type") != "client_credentials":
            return Response(
                json.dumps({"error": "unsupported_grant_type"}), 400, mimetype="application/json"
            )
        client = db().get(Client, client_id or "")
        if (
            client is None
            or not secret
            or not secrets.compare_digest(client.secret_sha256, sha256(secret))
        ):
            return Response(
                json.dumps({"error": "invalid_client"}), 401, mimetype="application/json"
            )
        token, granted = secrets.token_urlsafe(32), client.client_id
        db().rollback()  # the write starts a transaction of its own, inside the lock
        with write_lock:
            db().add(
                Token(
                    token_sha256=sha256(token),
                    client_id=granted,
                    expires_at=utcnow() + TOKEN_LIFETIME,
                )
            )
            db().commit()
        return Response(
            json.dumps(
                {
                    "access_token": token,
                    "token_type": "Bearer",
                    "expires_in": int(TOKEN_LIFETIME.total_seconds()),
                }
            ),
            mimetype="application/json",
        )

    @app.before_request
    def _guard() -> Response | None:
        if request.path.startswith("/oauth/"):
            return None
        fault = faults.take()
        if fault is not None:
            if fault.kind == "error":
                return problem(500, "Internal Server Error", "a fault injected by a test")
            if fault.kind == "slow" and request.method == "GET":
                time.sleep(fault.seconds)
            if fault.kind == "slow":
                g.slow = fault.seconds  # a write is slow after it has claimed its key
            if fault.kind == "drop":
                _drop_connection()
            if fault.kind == "drop_after_commit":
                g.drop_after_commit = True
        client_id = authenticated_client()
        # End the read, so a write that follows starts its own transaction (SQLite cannot
        # turn a read into a write while another writer is busy).
        db().rollback()
        if client_id is None:
            return problem(401, "Unauthorized", "send a valid bearer token")
        g.client_id = client_id
        return None

    def repeated(key: str, digest: str) -> Response:
        """The answer to a repeat: the first answer, or why there is none to give."""
        first = db().get(IdempotencyRecord, (g.client_id, key))
        if first is None:
            return problem(409, "Conflict", "try again")
        if first.request_sha256 != digest:
            return problem(
                422, "Unprocessable Content", "this Idempotency-Key was used with a different body"
            )
        if first.state == "in_flight":
            return problem(
                409, "Conflict", "the first request with this key is still being handled"
            )
        status = first.response_status or 500
        kind = "application/problem+json" if status >= 400 else "application/json"
        return Response(first.response_body, status=status, mimetype=kind)

    def forget(session: Session, key: str) -> None:
        """Undo a write and free its key, so that trying again can succeed."""
        session.rollback()
        session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.client_id == g.client_id, IdempotencyRecord.key == key
            )
        )
        session.commit()

    def idempotent(handler: Any) -> Any:
        """Run a write once per Idempotency-Key; repeats get the first answer."""

        def wrapper(*args: Any, **kwargs: Any) -> Response:
            key = request.headers.get("Idempotency-Key", "")
            if not (8 <= len(key) <= 128) or not all(ch.isalnum() or ch in "._:-" for ch in key):
                return problem(
                    400, "Bad Request", "send an Idempotency-Key header of 8 to 128 characters"
                )
            body = request.get_data()
            # The key covers what was asked, where: method, path and body.
            digest = sha256(request.method.encode() + b" " + request.path.encode() + b"\n" + body)
            session = db()
            records = IdempotencyRecord.__table__
            try:
                with write_lock:
                    session.execute(
                        insert(records).values(
                            client_id=g.client_id, key=key, request_sha256=digest, state="in_flight"
                        )
                    )
                    session.commit()
            except IntegrityError:
                session.rollback()
                return repeated(key, digest)
            time.sleep(g.get("slow", 0))
            with write_lock:
                try:
                    response = handler(*args, **kwargs)
                except Exception:
                    forget(session, key)
                    raise
                if response.status_code >= 400 and response.status_code not in (404, 422):
                    forget(session, key)
                    return response
                session.execute(
                    update(records)
                    .where(records.c.client_id == g.client_id, records.c.key == key)
                    .values(
                        state="done",
                        response_status=response.status_code,
                        response_body=response.get_data(as_text=True),
                    )
                )
                session.commit()
            if g.get("drop_after_commit"):
                _drop_connection()
            return response

        wrapper.__name__ = handler.__name__
        return wrapper

    def json_body(schema: str) -> tuple[Any, Response | None]:
        try:
            document = json.loads(request.get_data() or b"null")
        except ValueError:
            return None, problem(400, "Bad Request", "the body is not JSON")
        found = problems(schema, document)
        if found:
            return None, problem(
                422, "Unprocessable Content", "the body does not match the contract", found
            )
        return document, None

    def created(document: dict[str, Any]) -> Response:
        return Response(json.dumps(document), status=201, mimetype="application/json")

    @app.post("/v1/assessment-requests")
    @idempotent
    def create_assessment_request() -> Response:
        document, error = json_body("AssessmentRequest")
        if error:
            return error
        if case_exists(document["reference"]):
            return problem(422, "Unprocessable Content", "a case with this reference exists")
        db().execute(
            insert(Case).values(
                reference=document["reference"],
                status="received",
                requester_role=document["requester_role"],
                language=document["language"],
                answers=document["answers"],
                documents=document["documents"],
                received_on=dt.datetime.fromisoformat(document["submitted_at"]).date(),
            )
        )
        return created({"case_reference": document["reference"], "status": "received"})

    def case_exists(reference: str) -> bool:
        return db().scalar(select(Case.reference).where(Case.reference == reference)) is not None

    def add_entry(reference: str, kind: str, schema: str) -> Response:
        if not case_exists(reference):
            return problem(404, "Not Found", "no such case")
        document, error = json_body(schema)
        if error:
            return error
        entry = Entry(case_reference=reference, kind=kind, body=document)
        db().add(entry)
        db().flush()
        if kind == "triage_decision":
            case = db().get(Case, reference)
            assert case is not None
            if document["decision"] in ("assess", "not_assess"):
                case.status = {"assess": "assessing", "not_assess": "not_assessing"}[
                    document["decision"]
                ]
                case.decided_on = dt.date.fromisoformat(
                    document.get("decision_date") or document["decided_at"][:10]
                )
            elif document["decision"] == "withdrawn":
                case.status = "closed"
        return created({"id": str(entry.id)})

    @app.post("/v1/cases/<reference>/consent-events")
    @idempotent
    def add_consent_event(reference: str) -> Response:
        return add_entry(reference, "consent_event", "ConsentEvent")

    @app.post("/v1/cases/<reference>/contributions")
    @idempotent
    def add_contribution(reference: str) -> Response:
        return add_entry(reference, "contribution", "Contribution")

    def referenced_sha256(case: Case, document_id: str) -> str | None:
        """The SHA-256 the request, a contribution or a family's reply gave for this file."""
        references = list(case.documents or [])
        for entry in db().scalars(
            select(Entry).where(
                Entry.case_reference == case.reference,
                Entry.kind.in_(("contribution", "triage_decision")),
            )
        ):
            references += entry.body.get("attachments", []) + entry.body.get("documents", [])
        return next((r["sha256"] for r in references if r.get("id") == document_id), None)

    @app.put("/v1/cases/<reference>/documents/<document_id>")
    @idempotent
    def put_document(reference: str, document_id: str) -> Response:
        case = db().get(Case, reference)
        if case is None:
            return problem(404, "Not Found", "no such case")
        expected = referenced_sha256(case, document_id)
        if expected is None:
            return problem(404, "Not Found", "no request or contribution refers to this file")
        data = request.get_data()
        if sha256(data) != expected:
            return problem(422, "Unprocessable Content", "the file does not match its SHA-256")
        if db().get(StoredDocument, (reference, document_id)) is None:
            db().add(
                StoredDocument(
                    case_reference=reference, document_id=document_id, sha256=expected, data=data
                )
            )
        return created({"id": document_id})

    @app.post("/v1/cases/<reference>/triage-decisions")
    @idempotent
    def record_triage_decision(reference: str) -> Response:
        return add_entry(reference, "triage_decision", "TriageDecision")

    @app.get("/v1/cases")
    def find_cases() -> Response:
        """A reference implementation: it reads every case, as a small case system may."""
        if any(len(values) > 1 for values in request.args.listvalues()):
            return problem(400, "Bad Request", "give each parameter once")
        upn = request.args.get("upn", "").strip().upper()
        first = request.args.get("first_name", "").strip().casefold()
        last = request.args.get("last_name", "").strip().casefold()
        born = request.args.get("date_of_birth", "").strip()
        if not upn and not (first and last and born):
            return problem(
                400, "Bad Request", "give a upn, or first_name, last_name and date_of_birth"
            )
        if "upn" in request.args and not re.fullmatch(UPN, request.args["upn"]):
            return problem(400, "Bad Request", "upn: not a unique pupil number")
        if max(len(first), len(last)) > 100:
            return problem(400, "Bad Request", "names must be 100 characters or fewer")
        if "date_of_birth" in request.args:
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", born):
                    raise ValueError(born)
                dt.date.fromisoformat(born)
            except ValueError:
                return problem(400, "Bad Request", "date_of_birth: not a date (YYYY-MM-DD)")

        def matches(answers: dict[str, Any]) -> bool:
            if upn:
                return (answers.get("child.upn") or "").upper() == upn
            return (
                (answers.get("child.first_name") or "").casefold() == first
                and (answers.get("child.last_name") or "").casefold() == last
                and answers.get("child.date_of_birth") == born
            )

        found = [
            {
                "case_reference": case.reference,
                "status": case.status,
                "received_on": case.received_on.isoformat(),
            }
            for case in db().scalars(
                select(Case).order_by(Case.received_on.desc(), Case.created_at.desc())
            )
            if matches(case.answers or {})
        ][:20]
        return Response(json.dumps(found), mimetype="application/json")

    @app.get("/v1/cases/<reference>")
    def get_case(reference: str) -> Response:
        case = db().get(Case, reference)
        if case is None:
            return problem(404, "Not Found", "no such case")
        plan = db().get(Plan, reference)
        body = {
            "case_reference": case.reference,
            "status": case.status,
            "received_on": case.received_on.isoformat(),
            "decision_due": (case.received_on + dt.timedelta(weeks=DECISION_WEEKS)).isoformat(),
            "decided_on": case.decided_on.isoformat() if case.decided_on else None,
            "draft_plan_due": None,
            "final_plan_due": (case.received_on + dt.timedelta(weeks=PLAN_WEEKS)).isoformat()
            if case.status in ("assessing", "draft_plan", "final_plan") or plan
            else None,
            "date_of_birth": case.answers.get("child.date_of_birth"),
            "child_name": " ".join(
                part
                for part in (
                    case.answers.get("child.first_name"),
                    case.answers.get("child.last_name"),
                )
                if part
            )
            or None,
        }
        return Response(json.dumps(body), mimetype="application/json")

    @app.get("/v1/cases/<reference>/plan")
    def get_plan(reference: str) -> Response:
        plan = db().get(Plan, reference)
        if plan is None:
            return problem(404, "Not Found", "this case has no plan")

        def day(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        body = {
            "case_reference": plan.case_reference,
            "status": plan.status,
            "issued_on": day(plan.issued_on),
            "last_review_on": day(plan.last_review_on),
            "next_review_due": day(plan.next_review_due),
            "sections": plan.sections,
        }
        return Response(json.dumps(body), mimetype="application/json")

    @app.errorhandler(404)
    def _not_found(_error: Exception) -> Response:
        return problem(404, "Not Found")

    @app.errorhandler(405)
    def _not_allowed(error: Any) -> Response:
        response = problem(405, "Method Not Allowed")
        response.headers["Allow"] = ", ".join(sorted(getattr(error, "valid_methods", None) or []))
        return response

    return app


def count_cases(app: Flask) -> int:
    with app.extensions["case_system"]["sessions"]() as db:
        return len(db.scalars(select(Case.reference)).all())
