"""OpenID Connect back-channel logout: the provider tells us a person has signed out.

The logout token is checked as the specification asks: signed by the provider's key,
our client as audience, the provider as issuer, recent, carrying the back-channel
logout event, with no nonce, and never used before (its `jti` is remembered).
"""

from __future__ import annotations

import datetime as dt
import time

from flask import current_app
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from portal.auth.providers import client, provider
from portal.auth.sessions import end_sessions_of
from portal.models import Account, SpentLogoutToken
from portal.models.base import utcnow
from portal.platform import audit, db

EVENT = "http://schemas.openid.net/event/backchannel-logout"
LEEWAY_SECONDS = 120
MAX_AGE_SECONDS = 600


class InvalidLogoutToken(Exception):
    pass


def _claims(provider_name: str, token: str) -> dict:
    oauth_client = client(provider_name)
    metadata = oauth_client.load_server_metadata()
    algorithms = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    try:
        keys = KeySet.import_key_set(oauth_client.fetch_jwk_set())
        decoded = jwt.decode(token, keys, algorithms=algorithms)
    except (JoseError, ValueError) as error:
        raise InvalidLogoutToken("the signature or format is not valid") from error
    claims = decoded.claims
    now = time.time()
    audience = claims.get("aud")
    audiences = [audience] if isinstance(audience, str) else list(audience or [])
    if claims.get("iss") != metadata.get("issuer"):
        raise InvalidLogoutToken("wrong issuer")
    if provider(provider_name).client_id not in audiences:
        raise InvalidLogoutToken("wrong audience")
    issued_at = claims.get("iat")
    if not isinstance(issued_at, int | float) or not (
        now - MAX_AGE_SECONDS <= issued_at <= now + LEEWAY_SECONDS
    ):
        raise InvalidLogoutToken("issued at the wrong time")
    if "exp" in claims and claims["exp"] < now - LEEWAY_SECONDS:
        raise InvalidLogoutToken("expired")
    events = claims.get("events")
    if not isinstance(events, dict) or EVENT not in events:
        raise InvalidLogoutToken("no back-channel logout event")
    if "nonce" in claims:
        raise InvalidLogoutToken("a logout token must not carry a nonce")
    if not claims.get("sub"):
        raise InvalidLogoutToken("no subject")
    if not claims.get("jti"):
        raise InvalidLogoutToken("no jti")
    return claims


def _spend(jti: str, issuer: str) -> None:
    session = db.session()
    session.add(
        SpentLogoutToken(
            jti=jti,
            issuer=issuer,
            expires_at=utcnow() + dt.timedelta(seconds=MAX_AGE_SECONDS + LEEWAY_SECONDS),
        )
    )
    try:
        session.commit()
    except IntegrityError as error:
        session.rollback()
        raise InvalidLogoutToken("this token was already used") from error


def log_out(provider_name: str, token: str) -> int:
    """End every session of the token's subject; returns how many were ended."""
    if not token:
        raise InvalidLogoutToken("no logout_token")
    claims = _claims(provider_name, token)
    _spend(str(claims["jti"]), claims["iss"])
    account = db.session().scalar(
        select(Account).where(Account.issuer == claims["iss"], Account.subject == claims["sub"])
    )
    if account is None:
        return 0

    ended = end_sessions_of(current_app._get_current_object(), account.id)  # type: ignore[attr-defined]
    audit.record("signed_out_by_provider", "account", account.id, actor_kind="system")
    return ended
