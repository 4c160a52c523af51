"""Families' requests about their own information, for the data protection officer:
`POST /v1/data-rights-requests` keeps one, `POST /v1/data-rights-requests/<id>/updates`
what the council did about it."""

from __future__ import annotations

from flask import Blueprint, Response
from sqlalchemy import select

from devtools.reference_case_system.common import created, json_body, problem
from devtools.reference_case_system.database import db
from devtools.reference_case_system.idempotency import idempotent
from devtools.reference_case_system.models import DataRightsEntry

bp = Blueprint("data_rights", __name__)


def _request_entry(request_id: str) -> int | None:
    return db().scalar(
        select(DataRightsEntry.id).where(
            DataRightsEntry.request_id == request_id, DataRightsEntry.kind == "request"
        )
    )


def _keep(request_id: str, kind: str, body: dict) -> Response:  # type: ignore[type-arg]
    entry = DataRightsEntry(request_id=request_id, kind=kind, body=body)
    db().add(entry)
    db().flush()
    return created({"id": str(entry.id)})


@bp.post("/v1/data-rights-requests")
@idempotent
def create_data_rights_request() -> Response:
    document, error = json_body("DataRightsRequest")
    if error:
        return error
    kept = _request_entry(document["id"])
    if kept is not None:  # the portal's id names one request, whatever the key
        return created({"id": str(kept)})
    return _keep(document["id"], "request", document)


@bp.post("/v1/data-rights-requests/<request_id>/updates")
@idempotent
def add_data_rights_update(request_id: str) -> Response:
    if _request_entry(request_id) is None:
        return problem(404, "Not Found", "no such data-rights request")
    document, error = json_body("DataRightsUpdate")
    if error:
        return error
    return _keep(request_id, "update", document)
