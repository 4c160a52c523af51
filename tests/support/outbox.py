"""Filling the outbox with many valid messages at once, for load tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from flask import Flask
from sqlalchemy import update

from portal.models import OutboxMessage
from portal.platform import db


def queue_requests(app: Flask, count: int, prefix: str) -> list[str]:
    """Add `count` due assessment-request messages; returns their references.

    The embedded case system outlives a test, so each batch gets fresh references."""
    batch = random.randrange(1000, 9999)
    references = [f"{prefix}-{batch}-{n:06d}" for n in range(count)]
    now = dt.datetime.now(dt.UTC)
    with app.app_context():
        db.session().add_all(
            OutboxMessage(
                kind="assessment_request.create",
                idempotency_key=f"{prefix.lower()}-{uuid.uuid4().hex}",
                payload={
                    "reference": reference,
                    "submitted_at": now.isoformat(),
                    "requester_role": "parent_carer",
                    "language": "en",
                    "answers": {"child.first_name": "Test"},
                    "documents": [],
                },
                next_attempt_at=now,
            )
            for reference in references
        )
        db.session().commit()
    return references


def make_due(app: Flask) -> None:
    """Bring every waiting retry forward to now."""
    with app.app_context():
        db.session().execute(update(OutboxMessage).values(next_attempt_at=dt.datetime.now(dt.UTC)))
        db.session().commit()
