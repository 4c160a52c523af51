"""Annual reviews: `GET /v1/cases/<reference>/review`, the current or latest review and
its decision; `POST /v1/cases/<reference>/review-views`, a family's views, kept as entries."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response

from devtools.reference_case_system.common import ok, problem
from devtools.reference_case_system.database import db
from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent
from devtools.reference_case_system.models import Review

bp = Blueprint("reviews", __name__)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@bp.get("/v1/cases/<reference>/review")
def get_review(reference: str) -> Response:
    review = db().get(Review, reference)
    if review is None:
        return problem(404, "Not Found", "this case has no plan to review")
    decision = None
    if review.outcome and review.decided_on:
        decision = {
            "outcome": review.outcome,
            "decided_on": _day(review.decided_on),
            "amendment_notice_on": _day(review.amendment_notice_on),
            "amended_plan_issued_on": _day(review.amended_plan_issued_on),
            "phase_transfer": review.phase_transfer,
            "transfer_year": review.transfer_year,
        }
    return ok(
        {
            "case_reference": review.case_reference,
            "due_on": _day(review.due_on),
            "meeting_on": _day(review.meeting_on),
            "decision": decision,
        }
    )


@bp.post("/v1/cases/<reference>/review-views")
@idempotent
def add_review_views(reference: str) -> Response:
    return add_entry(reference, "review_views", "ReviewViews")
