"""Staff roles stay current: a staff session whose roles the provider no longer confirms
ends before its next page."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import requests
from authlib.common.errors import AuthlibBaseError
from flask import (
    g,
    redirect,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue

from portal.auth.providers import (
    STAFF,
    UNAVAILABLE,
    client,
    provider,
    roles_from_claims,
)
from portal.auth.sessions import ServerSession
from portal.models.base import utcnow
from portal.platform import audit, extensions

log = logging.getLogger(__name__)


def _roles_now(token: dict[str, Any], subject: str) -> list[str] | None:
    """The staff member's roles as the provider sees them now, or None if it will not say.

    Asked of its userinfo endpoint with the access token from sign-in, refreshed first
    when it has expired and the provider gave a refresh token.
    """
    oauth_client = client(STAFF)
    try:
        try:
            info = oauth_client.userinfo(token=token)
        except requests.HTTPError:
            if not token.get("refresh_token"):
                return None
            token.update(
                oauth_client.fetch_access_token(
                    grant_type="refresh_token", refresh_token=token["refresh_token"]
                )
            )
            info = oauth_client.userinfo(token=token)
    except (*UNAVAILABLE, AuthlibBaseError, ValueError):
        return None
    if info.get("sub") != subject:
        return None
    return roles_from_claims(provider(STAFF), dict(info))


def recheck_staff_roles() -> ResponseReturnValue | None:
    """Before any request of a staff session: roles older than the check interval are
    asked of the provider again; roles gone (or a provider that will not say) end it."""
    endpoint = request.endpoint or "static"
    if session.get("kind") != "staff" or endpoint == "static" or endpoint.startswith("auth."):
        return None
    checked = session.get("roles_checked_at")
    every = dt.timedelta(minutes=extensions.settings().config.sessions.staff_roles_check_minutes)
    if checked and utcnow() - dt.datetime.fromisoformat(checked) < every:
        return None
    token = dict(session.get("provider_token") or {})
    roles = _roles_now(token, session.get("subject", "")) if token else None
    if roles:
        session.update(roles=roles, provider_token=token, roles_checked_at=utcnow().isoformat())
        g.pop("person", None)
        return None
    account_id = session.get("account_id")
    audit.record("roles_withdrawn", "account", account_id, actor_kind="staff", actor_id=account_id)
    log.info("staff session ended: roles not confirmed by the provider")
    server_session: ServerSession = session  # type: ignore[assignment]
    server_session.end()
    g.pop("person", None)
    return redirect(url_for("auth.start", provider_name=STAFF, next=request.full_path.rstrip("?")))
