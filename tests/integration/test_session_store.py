"""What the session table holds: a copy of it (a backup, a read replica, a leaked dump)
must not give away who is signed in as what, nor the provider's tokens, which would
let anyone holding them ask the staff provider about a caseworker."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import text

from portal.auth import sessions
from portal.platform import db
from tests.conftest import sign_in
from tests.support.sessions import session_cookie


def stored_rows(app: Flask) -> list[bytes]:
    with app.app_context():
        rows = db.session().execute(text("SELECT * FROM web_sessions")).all()
    return [repr(tuple(row)).encode() for row in rows]


def test_a_copy_of_the_session_table_shows_no_tokens_roles_or_names(app: Flask) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert staff.get("/caseworker/").status_code == 200
    cookie = session_cookie(staff)
    assert cookie

    (row,) = stored_rows(app)
    for secret in (b"access_token", b"id_token", b"caseworker@council.example", b"roles"):
        assert secret not in row, f"{secret!r} is readable in the session table"
    assert cookie.encode() not in row, "only a hash of the cookie is kept"

    with app.app_context():
        stored = db.session().execute(text("SELECT id_hash, sealed FROM web_sessions")).one()
    opened = sessions.unseal(cookie, stored.id_hash, bytes(stored.sealed))
    assert opened is not None
    assert opened["provider_token"]["access_token"], "the cookie opens what it sealed"
    assert "caseworker" in opened["roles"]


def test_a_sealed_session_opens_only_with_its_own_cookie(app: Flask) -> None:
    first, second = app.test_client(), app.test_client()
    sign_in(first, "families", "parent@example.org")
    sign_in(second, "families", "second.parent@example.org")
    assert first.get("/account/").status_code == 200

    with app.app_context():
        stored = {
            row.id_hash: bytes(row.sealed)
            for row in db.session().execute(text("SELECT id_hash, sealed FROM web_sessions"))
        }
    other = next(h for h in stored if h != sessions.hash_token(session_cookie(first) or ""))
    assert sessions.unseal(session_cookie(first) or "", other, stored[other]) is None
