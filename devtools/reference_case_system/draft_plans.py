"""A family's response to a draft plan: `POST /v1/cases/<reference>/draft-plan-responses`,
kept as entries."""

from __future__ import annotations

from flask import Blueprint, Response

from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent

bp = Blueprint("draft_plans", __name__)


@bp.post("/v1/cases/<reference>/draft-plan-responses")
@idempotent
def add_draft_plan_response(reference: str) -> Response:
    return add_entry(reference, "draft_plan_response", "DraftPlanResponse")
