"""Mediation steps a family records: `POST /v1/cases/<reference>/mediation-steps`, kept as
entries."""

from __future__ import annotations

from flask import Blueprint, Response

from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent

bp = Blueprint("mediation", __name__)


@bp.post("/v1/cases/<reference>/mediation-steps")
@idempotent
def add_mediation_step(reference: str) -> Response:
    return add_entry(reference, "mediation_step", "MediationStep")
