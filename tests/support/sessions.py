"""Server-side sessions in tests: a signed-in family without going through sign-in (for
load tests and benchmarks), and what a browser's session holds, opened with its cookie
as the portal opens it."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from portal.auth.sessions import COOKIE_NAME, hash_token, seal, unseal
from portal.models import WebSession
from portal.models.base import utcnow
from portal.platform import db


def signed_in(session: Session, account_id: str) -> str:
    """Add a server-side session for the account; returns the cookie's value."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    id_hash = hash_token(token)
    session.add(
        WebSession(
            id_hash=id_hash,
            sealed=seal(token, id_hash, {"account_id": account_id, "kind": "family", "roles": []}),
            account_id=account_id,
            created_at=now,
            last_seen_at=now,
            expires_at=now.replace(year=now.year + 1),
        )
    )
    return token


def session_cookie(client: FlaskClient) -> str | None:
    cookie = client.get_cookie(COOKIE_NAME, domain="localhost")
    return cookie.value if cookie else None


def held_by(app: Flask, client: FlaskClient) -> dict[str, Any]:
    """What the client's session holds."""
    cookie = client.get_cookie(COOKIE_NAME, domain="localhost")
    assert cookie is not None, "signed in"
    with app.app_context():
        row = db.session().get(WebSession, hash_token(cookie.value))
        assert row is not None
        data = unseal(cookie.value, row.id_hash, row.sealed)
    assert data is not None
    return data


def change_held(app: Flask, client: FlaskClient, **changes: Any) -> None:
    """Change what the client's session holds, as if the portal had."""
    data = held_by(app, client) | changes
    token = client.get_cookie(COOKIE_NAME, domain="localhost").value  # type: ignore[union-attr]
    with app.app_context():
        row = db.session().get(WebSession, hash_token(token))
        row.sealed = seal(token, hash_token(token), data)  # type: ignore[union-attr]
        db.session().commit()
