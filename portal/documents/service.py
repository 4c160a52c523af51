"""Files a family adds, to a request or to their views: the checks every upload passes,
and keeping, listing and removing them. uploads.py does the storing and scanning."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Any

from flask import Response, abort, current_app, request, send_file
from flask_babel import gettext, ngettext
from sqlalchemy import delete, select

from forms.kit.numbers import Count, format_number
from portal.case_api import bodies, messages
from portal.documents import uploads
from portal.models import AssessmentRequest, Contribution, Document, FamilyMessage
from portal.models.base import utcnow
from portal.platform import audit, db, extensions, files
from portal.platform.voices import voiced, voiced_count

# Each in the reader's voice (portal/platform/voices.py): a young person's own request
# speaks to them informally.
REFUSED: dict[str, Callable[[str | None], str]] = {
    "active": lambda voice: voiced(
        "The selected file has hidden content we cannot accept. Save it again as a new "
        "file, then upload that",
        voice,
    ),
    "unreadable": lambda voice: voiced(
        "The selected file cannot be opened. Save it again as a new file, then upload that",
        voice,
    ),
    "encrypted": lambda voice: voiced(
        "The selected PDF is protected with a password. Save a copy without the password, "
        "then upload that",
        voice,
    ),
}

# Every form without a file: its text fields, with room to spare.
FORM_BODY_BYTES = 512 * 1024
_ACCEPTS_UPLOAD = "portal_accepts_upload"


def accepts_upload(view: Callable[..., Any]) -> Callable[..., Any]:
    """Marks a route whose form carries one file: its body may be that file plus a margin.
    Put it directly under the route decorator."""
    setattr(view, _ACCEPTS_UPLOAD, "one")
    return view


def accepts_uploads(view: Callable[..., Any]) -> Callable[..., Any]:
    """Marks a route whose form carries several files, as many as app.yaml allows at once."""
    setattr(view, _ACCEPTS_UPLOAD, "several")
    return view


def limit_request_body() -> None:
    """Runs before any other hook (the CSRF check reads the form): sets this request's
    body limit from its route, so only upload routes take megabytes."""
    view = current_app.view_functions.get(request.endpoint or "")
    accepts = getattr(view, _ACCEPTS_UPLOAD, None)
    if accepts:
        max_bytes, most = limits()
        allowed = max_bytes * (most if accepts == "several" else 1) + 1024 * 1024
    else:
        allowed = FORM_BODY_BYTES
    ceiling = current_app.config.get("MAX_CONTENT_LENGTH")
    request.max_content_length = min(allowed, ceiling) if ceiling else allowed


def limits() -> tuple[int, int]:
    """The largest file in bytes, and the most files, that app.yaml allows."""
    config = extensions.settings().config.uploads
    return config.max_file_mb * 1024 * 1024, config.max_files_per_contribution


def check_and_keep(
    upload: Any,
    description: str | None,
    existing: int,
    owner: dict[str, str],
    voice: str | None = None,
) -> tuple[str | None, Document | None]:
    """Check one uploaded file and keep it; returns (the problem to show, in the reader's
    `voice`, and the document).

    `owner` says what the file belongs to: draft_id or contribution_id, and account_id."""
    max_bytes, max_files = limits()
    if not upload or not upload.filename:
        return voiced("Select a file to upload", voice), None
    if existing >= max_files:
        return voiced_count(
            "You can add up to %(num)s document",
            "You can add up to %(num)s documents",
            Count(max_files),
            voice,
        ), None
    data = upload.stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return gettext(
            "The selected file must be smaller than %(size)sMB",
            size=format_number(max_bytes // 1048576),
        ), None
    if not data:
        return gettext("The selected file is empty"), None
    kind = uploads.detect(data)
    if kind is None:
        return gettext("The selected file must be a PDF, Word document, image or audio file"), None
    try:
        kept = uploads.prepare(data, kind)
    except uploads.Refused as refused:
        return REFUSED[refused.reason](voice), None
    scanned = uploads.scan(data, extensions.settings().clamd_address)
    if scanned is uploads.Scan.INFECTED:
        return gettext("The selected file contains a virus"), None
    key, digest = files.store(kept)
    document = Document(
        **owner,
        filename=uploads.safe_name(upload.filename, kind.extension),
        description=description,
        content_type=kind.mime,
        size=len(kept),
        storage_key=key,
        sha256=digest,
        scan=scanned.value,
        uploaded_at=utcnow(),
    )
    db.session().add(document)
    db.session().flush()
    audit.add(db.session(), "document_added", "document", document.id)
    if kept is not data:  # re-encoded: the trail keeps what the family's file was
        original = hashlib.sha256(data).hexdigest()
        audit.add(db.session(), "document_reencoded_from", "sha256", original)
    db.session().commit()
    return None, document


def listed(**owner: str) -> list[Document]:
    """The documents of one draft or one contribution, oldest first."""
    query = select(Document).order_by(Document.uploaded_at)
    for column, value in owner.items():
        query = query.where(getattr(Document, column) == value)
    return list(db.session().scalars(query))


def one_of(document_id: str, column: str, owner_id: str) -> Document | None:
    """One document of one draft or one contribution (`column` is draft_id or
    contribution_id), or None if it is not theirs."""
    return db.session().scalar(
        select(Document).where(Document.id == document_id, getattr(Document, column) == owner_id)
    )


def of_account(document_id: str, account_id: str) -> Document | None:
    """One document the account sent, whatever it was sent with, or None if it is not
    theirs."""
    return db.session().scalar(
        select(Document).where(Document.id == document_id, Document.account_id == account_id)
    )


def remove(document: Document) -> None:
    """The row first: if its deletion does not commit, the file is still there."""
    key = document.storage_key
    db.session().delete(document)
    audit.add(db.session(), "document_removed", "document", document.id)
    db.session().commit()
    files.remove(key)


def download(document: Document) -> Response:
    """The file as a download with a safe name, once the scan has released it; audited."""
    if not uploads.Scan(document.scan).released:
        abort(404)
    audit.record("viewed_document", "document", document.id)
    return send_file(
        io.BytesIO(files.read(document.storage_key)),
        mimetype=document.content_type,
        as_attachment=True,
        download_name=document.filename,
    )


def preview(document: Document) -> Response:
    """Images only, shown inline so a family can see what they added."""
    data = files.read(document.storage_key)
    kind = uploads.detect(data)
    if kind is None or not kind.image or not uploads.Scan(document.scan).released:
        abort(404)
    response = send_file(io.BytesIO(data), mimetype=kind.mime)
    response.headers["Content-Disposition"] = "inline"
    return response


def delete_where(session: Any, where: Any) -> list[str]:
    """Delete the rows of the documents matching `where`; returns their storage keys,
    for `remove_files` once the deletion has committed."""
    keys = list(session.scalars(select(Document.storage_key).where(where)))
    session.execute(delete(Document).where(where))
    return keys


def remove_files(keys: list[str]) -> None:
    for key in keys:
        files.remove(key)


def of_drafts(drafts: Any) -> Any:
    """Documents of these drafts, of the views written with them, and of the family's
    replies about the requests they became."""

    views = select(Contribution.id).where(Contribution.draft_id.in_(drafts))
    replies = (
        select(FamilyMessage.id)
        .join(AssessmentRequest, FamilyMessage.request_id == AssessmentRequest.id)
        .where(AssessmentRequest.draft_id.in_(drafts))
    )
    return (
        Document.draft_id.in_(drafts)
        | Document.contribution_id.in_(views)
        | Document.message_id.in_(replies)
    )


def upload_messages(documents: list[Document], reference: str, after_key: str) -> list[Any]:
    """Outbox messages that send each file's bytes once what refers to it has arrived."""
    return [
        messages.outbox_row(
            messages.PutDocument(
                key=messages.document_key(document.id),
                after_key=after_key,
                case_reference=reference,
                document_id=document.id,
            )
        )
        for document in documents
    ]


def reference(document: Document) -> bodies.DocumentReference:
    """How the case system is told about a file."""
    return bodies.DocumentReference(
        id=document.id,
        filename=document.filename,
        description=document.description,
        content_type=document.content_type,
        size=document.size,
        sha256=document.sha256,
    )


def _counted() -> None:  # pragma: no cover - read by `pybabel extract`
    """The shared form of the counted message `check_and_keep` voices."""
    ngettext("You can add up to %(num)s document", "You can add up to %(num)s documents", 1)
