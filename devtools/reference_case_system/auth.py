"""OAuth 2.0 client credentials: `POST /oauth/token` gives a client a bearer token for
an hour; every other request must carry one."""

from __future__ import annotations

import datetime as dt
import json
import secrets

from flask import Blueprint, Response, request

from devtools.reference_case_system.common import ok, sha256
from devtools.reference_case_system.database import db, state, write_lock
from devtools.reference_case_system.models import Client, Token
from portal.models.base import utcnow

TOKEN_LIFETIME = dt.timedelta(hours=1)

bp = Blueprint("auth", __name__)


def _oauth_error(error: str, status: int) -> Response:
    return Response(json.dumps({"error": error}), status, mimetype="application/json")


@bp.post("/oauth/token")
def issue_token() -> Response:
    auth = request.authorization
    client_id = auth.username if auth else request.form.get("client_id")
    secret = auth.password if auth else request.form.get("client_secret")
    if request.form.get("grant_type") != "client_credentials":
        return _oauth_error("unsupported_grant_type", 400)
    client = db().get(Client, client_id or "")
    if (
        client is None
        or not secret
        or not secrets.compare_digest(client.secret_sha256, sha256(secret))
    ):
        return _oauth_error("invalid_client", 401)
    token, granted = secrets.token_urlsafe(32), client.client_id
    db().rollback()  # the write starts a transaction of its own, inside the lock
    with write_lock():
        db().add(
            Token(
                token_sha256=sha256(token),
                client_id=granted,
                expires_at=utcnow() + TOKEN_LIFETIME,
            )
        )
        db().commit()
    return ok(
        {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(TOKEN_LIFETIME.total_seconds()),
        }
    )


def authenticated_client() -> str | None:
    """The client whose unexpired bearer token this request carries, if any."""
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    digest = sha256(header.removeprefix("Bearer ").strip())
    tokens: dict[str, tuple[str, dt.datetime]] = state()["tokens"]
    if digest not in tokens:
        token = db().get(Token, digest)
        if token is None:
            return None
        tokens[digest] = (token.client_id, token.expires_at)
    client_id, expires_at = tokens[digest]
    return client_id if expires_at > utcnow() else None
