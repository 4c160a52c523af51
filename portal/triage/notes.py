"""Caseworkers' internal notes on a request: never shown to the family, audited, stored
encrypted, and sent to the case system through the outbox after the request."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from portal.case_api import messages as case_messages
from portal.case_api import ordering
from portal.models import AssessmentRequest, CaseNote
from portal.models.base import utcnow
from portal.platform import audit, db


def add(request: AssessmentRequest, actor_id: str, text: str) -> CaseNote:
    session = db.session()
    before = session.scalar(
        select(CaseNote.id)
        .where(CaseNote.request_id == request.id)
        .order_by(CaseNote.written_at.desc())
        .limit(1)
    )
    note = CaseNote(request_id=request.id, account_id=actor_id, body=text, written_at=utcnow())
    session.add(note)
    session.flush()
    message = case_messages.AddCaseNote(
        key=case_messages.case_note_key(note.id),
        after_key=ordering.behind(
            case_messages.case_note_key(before) if before else None, request.reference
        ),
        case_reference=request.reference,
        note=case_messages.CaseNoteBody(
            id=note.id, text=text, written_by=actor_id, written_at=note.written_at
        ),
    )
    session.add(case_messages.outbox_row(message))
    audit.add(session, "triage_note", "request", request.reference)
    session.commit()
    return note


_OF_REQUEST = (
    select(CaseNote)
    .where(CaseNote.request_id == bindparam("request_id"))
    .order_by(CaseNote.written_at.desc())
)


def of_request(request: AssessmentRequest) -> list[CaseNote]:
    """Newest first (their authors' names: `service.names`)."""
    return list(db.session().scalars(_OF_REQUEST, {"request_id": request.id}))
