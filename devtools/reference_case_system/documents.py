"""Files: `PUT /v1/cases/<reference>/documents/<document_id>` stores the bytes of a file
that the request, a contribution or a family's reply referred to, if they match the
SHA-256 it gave."""

from __future__ import annotations

from flask import Blueprint, Response, request
from sqlalchemy import select

from devtools.reference_case_system.common import created, problem, sha256
from devtools.reference_case_system.database import db
from devtools.reference_case_system.idempotency import idempotent
from devtools.reference_case_system.models import Case, Entry, StoredDocument

bp = Blueprint("documents", __name__)


def referenced_sha256(case: Case, document_id: str) -> str | None:
    """The SHA-256 the request, a contribution, a family's reply, their response to a draft
    plan or their views before an annual review gave for this file."""
    references = list(case.documents or [])
    for entry in db().scalars(
        select(Entry).where(
            Entry.case_reference == case.reference,
            Entry.kind.in_(
                ("contribution", "triage_decision", "review_views", "draft_plan_response")
            ),
        )
    ):
        references += entry.body.get("attachments", []) + entry.body.get("documents", [])
    return next((r["sha256"] for r in references if r.get("id") == document_id), None)


@bp.put("/v1/cases/<reference>/documents/<document_id>")
@idempotent
def put_document(reference: str, document_id: str) -> Response:
    case = db().get(Case, reference)
    if case is None:
        return problem(404, "Not Found", "no such case")
    expected = referenced_sha256(case, document_id)
    if expected is None:
        return problem(404, "Not Found", "no request or contribution refers to this file")
    data = request.get_data()
    if sha256(data) != expected:
        return problem(422, "Unprocessable Content", "the file does not match its SHA-256")
    if db().get(StoredDocument, (reference, document_id)) is None:
        db().add(
            StoredDocument(
                case_reference=reference, document_id=document_id, sha256=expected, data=data
            )
        )
    return created({"id": document_id})
