"""Caseworkers' internal notes: `POST /v1/cases/<reference>/notes`, kept as entries."""

from __future__ import annotations

from flask import Blueprint, Response

from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent

bp = Blueprint("notes", __name__)


@bp.post("/v1/cases/<reference>/notes")
@idempotent
def add_case_note(reference: str) -> Response:
    return add_entry(reference, "case_note", "CaseNote")
