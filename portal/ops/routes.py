"""For the platform: is the process up, can it reach its database, and how are the
outbox and the requests doing (Prometheus's text format, behind a bearer token)."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterator

from flask import Response, abort, jsonify, request
from flask.typing import ResponseReturnValue
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from portal.case_api import messages
from portal.models import AssessmentRequest, OutboxMessage
from portal.models.base import utcnow
from portal.ops import bp
from portal.platform import db, deadlines, extensions
from portal.platform.access import public
from portal.triage.service import OPEN

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
    token = extensions.settings().metrics_token
    given = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        abort(404)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Counts())
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


class _Counts(Collector):
    """Read from the database at each scrape: every worker answers with the same numbers."""

    def collect(self) -> Iterator[Metric]:
        session = db.session()
        outbox = GaugeMetricFamily(
            "portal_outbox_messages",
            "Outbox messages (case system and email), by status",
            labels=["status"],
        )
        for status, count in session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ):
            outbox.add_metric([status], count)
        yield outbox
        oldest = session.scalar(
            select(func.min(OutboxMessage.created_at)).where(
                OutboxMessage.status.in_(messages.UNSENT)
            )
        )
        yield GaugeMetricFamily(
            "portal_outbox_oldest_waiting_seconds",
            "Seconds the oldest message still to send has waited",
            value=round((utcnow() - oldest).total_seconds()) if oldest else 0,
        )
        open_requests = AssessmentRequest.status.in_(OPEN)
        requests = GaugeMetricFamily(
            "portal_requests", "Assessment requests still open, and those overdue", labels=["state"]
        )
        requests.add_metric(
            ["open"], session.scalar(select(func.count()).where(open_requests)) or 0
        )
        overdue = select(func.count()).where(
            open_requests, AssessmentRequest.decision_due < deadlines.council_today()
        )
        requests.add_metric(["overdue"], session.scalar(overdue) or 0)
        yield requests
