"""Server-side sessions: a random id in a `__Host-` cookie, the session in the database.

The cookie carries 32 random bytes; the database keeps only their SHA-256, so a copy of
the table cannot be used to take over a session. What the session holds (who is signed
in, their roles, a caseworker's tokens from the staff provider) is sealed with AES-GCM
under a key derived from the cookie, so a copy of the table cannot be read either: only
the person's own browser, sending its cookie, opens its row. A session ends after the idle timeout
or the absolute lifetime in app.yaml, whichever comes first, and is replaced by a new
one (with a new id) whenever someone signs in.

Visitors who have not signed in get no row at all, so they cannot grow the table: what
their session holds (the form token, a sign-in attempt's state) travels in a second
`__Host-` cookie, encrypted and authenticated with a key derived from SECRET_KEY, and
refused once older than the idle time-out.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, Request, g, request
from flask.sessions import SessionInterface, SessionMixin
from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.datastructures import CallbackDict
from werkzeug.wrappers import Response

from portal.models import WebSession
from portal.models.base import utcnow
from portal.platform import db
from portal.platform.db import session_factory

COOKIE_NAME = "__Host-session"
VISITOR_COOKIE = "__Host-visit"
TOUCH_INTERVAL = dt.timedelta(seconds=60)
# Requests that never open a session: assets and health checks do not count as activity.
SESSIONLESS_PREFIXES = ("/assets/", "/healthz", "/readyz")

log = logging.getLogger(__name__)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _data_cipher(token: str) -> AESGCM:
    return AESGCM(hashlib.sha256(b"session-data:" + token.encode()).digest())


def seal(token: str, id_hash: str, data: dict[str, Any]) -> bytes:
    """The session's contents, readable only with the cookie's token (the row's id is
    bound in, so a sealed value cannot be moved to another row)."""
    nonce = secrets.token_bytes(12)
    sealed = _data_cipher(token).encrypt(nonce, json.dumps(data).encode(), id_hash.encode())
    return nonce + sealed


def unseal(token: str, id_hash: str, sealed: bytes) -> dict[str, Any] | None:
    try:
        opened = _data_cipher(token).decrypt(sealed[:12], sealed[12:], id_hash.encode())
    except (InvalidTag, ValueError):
        return None
    data = json.loads(opened)
    return data if isinstance(data, dict) else None


class ServerSession(CallbackDict[str, Any], SessionMixin):
    def __init__(self, data: dict[str, Any] | None = None, token: str | None = None) -> None:
        def on_update(_self: CallbackDict[str, Any]) -> None:
            self.modified = True

        super().__init__(data or {}, on_update)
        self.token = token
        self.modified = False
        self.ended = False
        self.renewed = False

    def end(self) -> None:
        """Forget everything and delete the stored session (signing out)."""
        self.clear()
        self.ended = True

    def renew(self) -> None:
        """Give the session a new id, keeping its contents (signing in)."""
        self.renewed = True
        self.modified = True


class DatabaseSessionInterface(SessionInterface):
    def __init__(
        self, idle: dt.timedelta, lifetime: dt.timedelta, staff_lifetime: dt.timedelta
    ) -> None:
        self.idle = idle
        self.lifetime = lifetime
        self.staff_lifetime = staff_lifetime
        # Short test time-outs need activity recorded more often than once a minute.
        self.touch_interval = min(TOUCH_INTERVAL, idle / 10)

    def seconds_left(self, session: ServerSession) -> int:
        """How long this session has before it times out, counting this request."""
        now = utcnow()
        last_seen = getattr(session, "last_seen_at", None)
        expires_at = getattr(session, "expires_at", None)
        touched = g.get("session_touch", True) and (
            session.modified or (last_seen is not None and self._touches(last_seen, now))
        )
        if last_seen is None or touched:
            last_seen = now
        end = last_seen + self.idle
        if expires_at is not None:
            end = min(end, expires_at)
        return max(0, int((end - now).total_seconds()))

    def _touches(self, last_seen: dt.datetime, now: dt.datetime) -> bool:
        return now - last_seen > self.touch_interval

    @staticmethod
    def _visitor_cipher(app: Flask) -> Fernet:
        secret = str(app.config["SECRET_KEY"]).encode()
        return Fernet(base64.urlsafe_b64encode(hashlib.sha256(b"visit:" + secret).digest()))

    def _visitor_session(self, app: Flask, request: Request) -> ServerSession:
        sealed = request.cookies.get(VISITOR_COOKIE, "")
        if not sealed or len(sealed) > 4096:
            return ServerSession()
        try:
            ttl = int(self.idle.total_seconds())
            data = json.loads(self._visitor_cipher(app).decrypt(sealed.encode(), ttl=ttl))
        except (InvalidToken, ValueError):
            return ServerSession()
        session = ServerSession(data if isinstance(data, dict) else {})
        session.from_visitor_cookie = True  # type: ignore[attr-defined]
        return session

    def _save_visitor(self, app: Flask, session: ServerSession, response: Response) -> None:
        had_cookie = getattr(session, "from_visitor_cookie", False)
        if session.ended or not session:
            if had_cookie:
                response.delete_cookie(VISITOR_COOKIE, path="/", secure=True, httponly=True)
            return
        if not session.modified and had_cookie and not g.get("session_touch", True):
            return
        sealed = self._visitor_cipher(app).encrypt(json.dumps(dict(session)).encode())
        response.set_cookie(
            VISITOR_COOKIE, sealed.decode(), path="/", secure=True, httponly=True, samesite="Lax"
        )

    def open_session(self, app: Flask, request: Request) -> ServerSession | None:
        """Flask opens the session before its error handling starts, so a database that
        cannot be reached must not raise here: the access check then answers 503."""
        if request.path.startswith(SESSIONLESS_PREFIXES):
            return None
        token = request.cookies.get(COOKIE_NAME, "")
        if not token or len(token) > 100:
            return self._visitor_session(app, request)
        try:
            session = self._load(token)
        except SQLAlchemyError:
            log.warning("sessions unavailable: the database cannot be reached")
            _forget_transaction()
            g.database_unavailable = True
            unavailable = ServerSession()
            unavailable.unavailable = True  # type: ignore[attr-defined]
            return unavailable
        if session.token is None:
            # The cookie names a session that has ended (timed out, or signed out
            # elsewhere): the person is a visitor again, and signing in keeps its state
            # in the visitor cookie as for anyone else.
            session = self._visitor_session(app, request)
            session.stale_cookie = True  # type: ignore[attr-defined]
        return session

    def _load(self, token: str) -> ServerSession:
        now = utcnow()
        current = db.session()
        row = current.get(WebSession, hash_token(token))
        if row is None:
            return ServerSession()
        if row.expires_at <= now or now - row.last_seen_at > self.idle:
            g.session_timed_out = row.account_id is not None
            current.delete(row)
            current.commit()
            return ServerSession()
        data = unseal(token, row.id_hash, row.sealed)
        if data is None:
            return ServerSession()
        session = ServerSession(data, token)
        session.last_seen_at = row.last_seen_at  # type: ignore[attr-defined]
        session.expires_at = row.expires_at  # type: ignore[attr-defined]
        return session

    def save_session(self, app: Flask, session: ServerSession, response: Response) -> None:  # type: ignore[override]
        if getattr(session, "unavailable", False):
            return
        try:
            self._save(app, session, response)
        except SQLAlchemyError:
            log.warning("session not saved: the database cannot be reached")

    def _unchanged(self, session: ServerSession, now: dt.datetime) -> bool:
        """Nothing to write: most requests change nothing and come soon after the last."""
        if not session.token or session.ended or session.renewed or session.modified:
            return False
        last_seen = getattr(session, "last_seen_at", None)
        active = g.get("session_touch", True)
        return last_seen is not None and (not active or not self._touches(last_seen, now))

    def _save(self, app: Flask, session: ServerSession, response: Response) -> None:
        now = utcnow()
        if self._unchanged(session, now):
            return
        if session.token and (session.ended or session.renewed):
            _forget_transaction()
            db.session().execute(
                delete(WebSession).where(WebSession.id_hash == hash_token(session.token))
            )
            db.session().commit()
            session.token = None
        if session.ended:
            response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True)
            if request_has_visitor_cookie():
                response.delete_cookie(VISITOR_COOKIE, path="/", secure=True, httponly=True)
            return
        if session.token is None:
            if not session.get("account_id"):
                if getattr(session, "stale_cookie", False):
                    response.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True)
                self._save_visitor(app, session, response)
                return
            if getattr(session, "from_visitor_cookie", False):
                response.delete_cookie(VISITOR_COOKIE, path="/", secure=True, httponly=True)
            session.token = secrets.token_urlsafe(32)
            lifetime = self.staff_lifetime if session.get("kind") == "staff" else self.lifetime
            _forget_transaction()
            id_hash = hash_token(session.token)
            db.session().add(
                WebSession(
                    id_hash=id_hash,
                    sealed=seal(session.token, id_hash, dict(session)),
                    account_id=session.get("account_id"),
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + lifetime,
                )
            )
            db.session().commit()
            response.set_cookie(
                COOKIE_NAME, session.token, path="/", secure=True, httponly=True, samesite="Lax"
            )
            return
        changes: dict[str, Any] = {}
        id_hash = hash_token(session.token)
        if session.modified:
            sealed = seal(session.token, id_hash, dict(session))
            changes = {"sealed": sealed, "account_id": session.get("account_id")}
        last_seen = getattr(session, "last_seen_at", None)
        touched = session.modified or last_seen is None or self._touches(last_seen, now)
        if g.get("session_touch", True) and touched:
            changes["last_seen_at"] = now
        if changes:
            _forget_transaction()
            stored = WebSession.id_hash == id_hash
            changed = update(WebSession).where(stored).values(changes)
            db.session().execute(changed.execution_options(synchronize_session=False))
            db.session().commit()


def _forget_transaction() -> None:
    """The session is saved after the view, in the request's own database session: what
    the view left uncommitted is not the session's to commit (the request's end would
    roll it back), so it is rolled back first (a transaction that only read is ended with
    a commit, which keeps the connection's prepared statements)."""
    db.end_transaction(db.session())


def request_has_visitor_cookie() -> bool:

    return VISITOR_COOKIE in request.cookies


def end_sessions_of(app: Flask, account_id: str) -> int:
    """End every session of one account (back-channel logout); returns how many."""
    with session_factory(app)() as db:
        ended = db.execute(delete(WebSession).where(WebSession.account_id == account_id))
        db.commit()
        return ended.rowcount or 0


def remove_expired(app: Flask, idle: dt.timedelta) -> int:
    now = utcnow()
    with session_factory(app)() as db:
        stale = select(WebSession.id_hash).where(
            (WebSession.expires_at <= now) | (WebSession.last_seen_at < now - idle)
        )
        ended = db.execute(delete(WebSession).where(WebSession.id_hash.in_(stale)))
        db.commit()
        return ended.rowcount or 0


# Sign-ins started and not finished that are still honoured: one begun in another tab
# a moment before finishes too.
PENDING_SIGN_INS = 2


def forget_unfinished_sign_ins(session: SessionMixin, keep: int) -> None:
    """Drop all but the `keep` newest sign-ins started and not finished (authlib keeps each
    one's state in the session, an hour each). A visitor's session is a cookie: kept
    whole, a few left on the provider's page made it too large for the browser to keep,
    and then no sign-in from that browser could finish."""

    def started_at(key: str) -> float:
        state = session[key]
        return float(state.get("exp", 0)) if isinstance(state, dict) else 0.0

    started = sorted((key for key in session if key.startswith("_state_")), key=started_at)
    for key in started[: max(len(started) - keep, 0)]:
        del session[key]
