"""The caseworkers' workspace: giving a family access to a case, what has reached the
case system, and the consent on each case."""

from __future__ import annotations

from flask import (
    abort,
    redirect,
    render_template,
    url_for,
)
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from portal.case_api import messages, outbox
from portal.links import service as link_codes
from portal.models import AssessmentRequest, Contribution, OutboxMessage
from portal.platform import audit, db, deadlines
from portal.platform.access import caseworker, current_person, signed_in_account_id
from portal.triage import bp, queue
from portal.triage.service import DECIDED, STATUSES


@bp.get("/caseworker/")
@caseworker
def home() -> ResponseReturnValue:
    person = current_person()
    counts = queue.tray_counts(signed_in_account_id(), deadlines.council_today())
    return render_template(
        "triage/home.html",
        issued=link_codes.recently_issued(),
        current_roles=person.roles if person else (),
        trays=[
            (queue.TRAYS[tray], counts[tray], url_for("triage.queue", tray=tray))
            for tray in queue.TRAYS
            if tray not in ("open", "decided", "all")  # the work to do, in the queue's order
        ],
    )


@bp.get("/caseworker/requests")
@caseworker
def requests_sent() -> ResponseReturnValue:
    """Recent requests and whether each has reached the case system."""
    rows = (
        db.session()
        .execute(
            select(AssessmentRequest, OutboxMessage)
            .join(
                OutboxMessage,
                OutboxMessage.idempotency_key
                == messages.REQUEST_KEY_PREFIX + AssessmentRequest.draft_id,
            )
            .order_by(AssessmentRequest.submitted_at.desc())
            .limit(100)
        )
        .all()
    )
    dead = (
        db.session()
        .scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == messages.Status.DEAD)
            .order_by(OutboxMessage.created_at)
        )
        .all()
    )
    with_contributions = set(
        db.session().scalars(
            select(Contribution.case_reference).where(Contribution.submitted_at.is_not(None))
        )
    )
    return render_template(
        "triage/requests.html",
        rows=rows,
        dead=dead,
        with_contributions=with_contributions,
        statuses=STATUSES,
        decided=DECIDED,
    )


@bp.post("/caseworker/outbox/<message_id>/retry")
@caseworker
def retry_message(message_id: str) -> ResponseReturnValue:
    if not outbox.requeue_dead(db.session(), message_id):
        abort(404)
    audit.add(db.session(), "outbox_retried", "outbox_message", message_id)
    db.session().commit()
    return redirect(url_for("triage.requests_sent"))
