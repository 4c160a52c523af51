"""For the platform: is the process up, can it reach its database, and how are the
outbox and the requests doing (Prometheus's text format, behind a bearer token)."""

from __future__ import annotations

import datetime as dt
import hmac
import logging

from flask import Blueprint, Response, abort, current_app, jsonify, request
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from portal import db
from portal.access import public
from portal.db import utcnow
from portal.models import AssessmentRequest, OutboxMessage
from portal.triage import OPEN

bp = Blueprint("ops", __name__)
log = logging.getLogger(__name__)


@bp.get("/healthz")
@public
def healthz() -> ResponseReturnValue:
    return jsonify(status="ok")


@bp.get("/readyz")
@public
def readyz() -> ResponseReturnValue:
    try:
        db.ping()
    except SQLAlchemyError:
        log.warning("database unreachable")
        return jsonify(status="unavailable", database="unreachable"), 503
    return jsonify(status="ok", database="ok")


@bp.get("/metrics")
@public
def metrics() -> ResponseReturnValue:
    """Not found without the token, so nobody learns it is there."""
    token = current_app.extensions["portal_settings"].metrics_token
    given = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        abort(404)
    session = db.session()
    lines = ["# TYPE portal_outbox_messages gauge"]
    for status, count in session.execute(
        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    ):
        lines.append(f'portal_outbox_messages{{status="{status}"}} {count}')
    oldest = session.scalar(
        select(func.min(OutboxMessage.created_at)).where(
            OutboxMessage.status.in_(("pending", "sending"))
        )
    )
    waited = (utcnow() - oldest).total_seconds() if oldest else 0
    lines += ["# TYPE portal_outbox_oldest_waiting_seconds gauge"]
    lines += [f"portal_outbox_oldest_waiting_seconds {waited:.0f}"]
    open_requests = AssessmentRequest.status.in_(OPEN)
    counts = {
        "open": session.scalar(select(func.count()).where(open_requests)),
        "overdue": session.scalar(
            select(func.count()).where(
                open_requests, AssessmentRequest.decision_due < dt.date.today()
            )
        ),
    }
    lines += ["# TYPE portal_requests gauge"]
    lines += [f'portal_requests{{state="{name}"}} {count}' for name, count in counts.items()]
    return Response("\n".join(lines) + "\n", mimetype="text/plain; version=0.0.4")
