"""Writes the audit trail: who did what, to which record, when and from where.

Only references are recorded (an account id, a case reference), never the data.
"""

from __future__ import annotations

from collections.abc import Sequence

from flask import current_app, g, has_request_context, request, session
from sqlalchemy import insert

from portal.db import utcnow
from portal.models import AuditEvent


def record(
    action: str,
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Add one event in its own transaction, so it is kept even if the request fails."""
    record_all([action], object_kind, object_id, actor_kind=actor_kind, actor_id=actor_id)


def record_all(
    actions: Sequence[str],
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Several events about one object, in one transaction of their own."""
    if has_request_context():
        actor_kind = actor_kind or session.get("kind") or "anonymous"
        actor_id = actor_id or session.get("account_id")
        request_id = g.get("request_id")
        address = request.remote_addr
    else:
        actor_kind, request_id, address = actor_kind or "system", None, None
    now = utcnow()
    with current_app.extensions["db_engine"].begin() as connection:
        connection.execute(
            insert(AuditEvent),
            [
                {
                    "occurred_at": now,
                    "actor_kind": actor_kind,
                    "actor_id": actor_id,
                    "action": action,
                    "object_kind": object_kind,
                    "object_id": object_id,
                    "request_id": request_id,
                    "client_address": address,
                }
                for action in actions
            ],
        )
