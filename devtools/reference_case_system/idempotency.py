"""Idempotency-Key: each write runs once per key, and a repeat gets the first answer.

A write first claims its key (a row "in_flight"), then runs, then stores its answer
("done"). An error other than 404 or 422 frees the key, so that trying again can succeed.
The key covers the method, path and body: the same key with another body is refused.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, cast

from flask import Response, g, request
from sqlalchemy import Table, bindparam, delete, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from devtools.reference_case_system.common import problem, sha256
from devtools.reference_case_system.database import db, write_lock
from devtools.reference_case_system.faults import drop_connection
from devtools.reference_case_system.models import IdempotencyRecord

_RECORDS = cast(Table, IdempotencyRecord.__table__)
# Built once: building a statement cost more than running it on SQLite.
_CLAIM = insert(_RECORDS).values(state="in_flight")
_THIS_KEY = (_RECORDS.c.client_id == bindparam("client"), _RECORDS.c.key == bindparam("k"))
_STORE = update(_RECORDS).where(*_THIS_KEY).values(state="done")
_FORGET = delete(_RECORDS).where(*_THIS_KEY)


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
        return problem(409, "Conflict", "the first request with this key is still being handled")
    status = first.response_status or 500
    kind = "application/problem+json" if status >= 400 else "application/json"
    return Response(first.response_body, status=status, mimetype=kind)


def forget(session: Session, key: str) -> None:
    """Undo a write and free its key, so that trying again can succeed."""
    session.rollback()
    session.execute(_FORGET, {"client": g.client_id, "k": key})
    session.commit()


def _valid_key(key: str) -> bool:
    return 8 <= len(key) <= 128 and all(ch.isalnum() or ch in "._:-" for ch in key)


def _claim(session: Session, key: str, digest: str) -> bool:
    """Record the key as in flight; False if it was already there."""
    try:
        with write_lock():
            session.execute(
                _CLAIM, {"client_id": g.client_id, "key": key, "request_sha256": digest}
            )
            session.commit()
    except IntegrityError:
        session.rollback()
        return False
    return True


def _run_once(session: Session, key: str, handler: Callable[[], Response]) -> tuple[Response, bool]:
    """Run the write and store its answer under the key, in one transaction; whether it
    was stored (an error other than 404 or 422 frees the key instead)."""
    with write_lock():
        try:
            response = handler()
        except Exception:
            forget(session, key)
            raise
        if response.status_code >= 400 and response.status_code not in (404, 422):
            forget(session, key)
            return response, False
        session.execute(
            _STORE,
            {
                "client": g.client_id,
                "k": key,
                "response_status": response.status_code,
                "response_body": response.get_data(as_text=True),
            },
        )
        session.commit()
    return response, True


def idempotent(handler: Any) -> Any:
    """Run a write once per Idempotency-Key; repeats get the first answer."""

    def wrapper(*args: Any, **kwargs: Any) -> Response:
        key = request.headers.get("Idempotency-Key", "")
        if not _valid_key(key):
            return problem(
                400, "Bad Request", "send an Idempotency-Key header of 8 to 128 characters"
            )
        body = request.get_data()
        # The key covers what was asked, where: method, path and body.
        digest = sha256(request.method.encode() + b" " + request.path.encode() + b"\n" + body)
        session = db()
        if not _claim(session, key, digest):
            return repeated(key, digest)
        if g.get("slow"):  # sleep(0) gives up the processor, for milliseconds when busy
            time.sleep(g.slow)
        response, stored = _run_once(session, key, lambda: handler(*args, **kwargs))
        if stored and g.get("drop_after_commit"):
            drop_connection()
        return response

    wrapper.__name__ = handler.__name__
    return wrapper
