"""Contributions (a person's views): `POST /v1/cases/<reference>/contributions`."""

from __future__ import annotations

from flask import Blueprint, Response

from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent

bp = Blueprint("contributions", __name__)


@bp.post("/v1/cases/<reference>/contributions")
@idempotent
def add_contribution(reference: str) -> Response:
    return add_entry(reference, "contribution", "Contribution")
