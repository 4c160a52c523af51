"""Writes the audit trail: who did what, to which record, when and from where.

Only references are recorded (an account id, a case reference), never the data.
An event about a change is added to the change's own session (`add`), so the two commit
or roll back together; an event about something seen or refused, with nothing else to
commit, is written in a transaction of its own (`record`).
"""

from __future__ import annotations

from collections.abc import Sequence

from flask import current_app, g, has_request_context, request, session
from sqlalchemy import insert
from sqlalchemy.orm import Session

from portal.models import AuditEvent
from portal.platform.db import utcnow


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


def add(
    session: Session,
    action: str,
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Add one event to `session`: it is kept only if what it records is committed."""
    for row in _rows([action], object_kind, object_id, actor_kind, actor_id):
        session.add(AuditEvent(**row))


def _rows(
    actions: Sequence[str],
    object_kind: str | None,
    object_id: str | None,
    actor_kind: str | None,
    actor_id: str | None,
) -> list[dict[str, object]]:
    if has_request_context():
        actor_kind = actor_kind or session.get("kind") or "anonymous"
        actor_id = actor_id or session.get("account_id")
        request_id = g.get("request_id")
        address = request.remote_addr
    else:
        actor_kind, request_id, address = actor_kind or "system", None, None
    now = utcnow()
    return [
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
    ]


def record_all(
    actions: Sequence[str],
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Several events about one object, in one transaction of their own."""
    rows = _rows(actions, object_kind, object_id, actor_kind, actor_id)
    with current_app.extensions["db_engine"].begin() as connection:
        connection.execute(insert(AuditEvent), rows)
