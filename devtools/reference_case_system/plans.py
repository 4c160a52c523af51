"""Plans: `GET /v1/cases/<reference>/plan`, a case's EHC plan, draft or final."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response

from devtools.reference_case_system.common import ok, problem
from devtools.reference_case_system.database import db
from devtools.reference_case_system.models import Plan

bp = Blueprint("plans", __name__)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@bp.get("/v1/cases/<reference>/plan")
def get_plan(reference: str) -> Response:
    plan = db().get(Plan, reference)
    if plan is None:
        return problem(404, "Not Found", "this case has no plan")
    return ok(
        {
            "case_reference": plan.case_reference,
            "status": plan.status,
            "issued_on": _day(plan.issued_on),
            "last_review_on": _day(plan.last_review_on),
            "next_review_due": _day(plan.next_review_due),
            "sections": plan.sections,
        }
    )
