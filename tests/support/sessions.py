"""A signed-in family without going through sign-in, for load tests and benchmarks."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from portal.auth.sessions import _hash
from portal.models import WebSession
from portal.models.base import utcnow


def signed_in(session: Session, account_id: str) -> str:
    """Add a server-side session for the account; returns the cookie's value."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        WebSession(
            id_hash=_hash(token),
            data={"account_id": account_id, "kind": "family", "roles": []},
            account_id=account_id,
            created_at=now,
            last_seen_at=now,
            expires_at=now.replace(year=now.year + 1),
        )
    )
    return token
