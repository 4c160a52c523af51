"""Triage decisions: `POST /v1/cases/<reference>/triage-decisions`. A decision to assess
or not moves the case on; a withdrawal closes it; other decisions leave it as it is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, Response

from devtools.reference_case_system.database import db
from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent
from devtools.reference_case_system.models import Case

bp = Blueprint("triage", __name__)


def _decide(reference: str, document: dict[str, Any]) -> None:
    case = db().get(Case, reference)
    assert case is not None
    if document["decision"] in ("assess", "not_assess"):
        case.status = {"assess": "assessing", "not_assess": "not_assessing"}[document["decision"]]
        case.decided_on = dt.date.fromisoformat(
            document.get("decision_date") or document["decided_at"][:10]
        )
    elif document["decision"] == "withdrawn":
        case.status = "closed"


@bp.post("/v1/cases/<reference>/triage-decisions")
@idempotent
def record_triage_decision(reference: str) -> Response:
    return add_entry(reference, "triage_decision", "TriageDecision", effect=_decide)
