"""Consent events: `POST /v1/cases/<reference>/consent-events`."""

from __future__ import annotations

from flask import Blueprint, Response

from devtools.reference_case_system.entries import add_entry
from devtools.reference_case_system.idempotency import idempotent

bp = Blueprint("consent", __name__)


@bp.post("/v1/cases/<reference>/consent-events")
@idempotent
def add_consent_event(reference: str) -> Response:
    return add_entry(reference, "consent_event", "ConsentEvent")
