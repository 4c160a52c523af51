"""Messages from the council about a request, and the family's reply."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import abort, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from sqlalchemy import select

from forms.kit.question import in_own_voice
from forms.replies import ReplyForm
from portal.account import bp
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.documents import service as attachments
from portal.models import AssessmentRequest, Document, FamilyMessage
from portal.platform import audit, db
from portal.platform.access import family, signed_in_account_id
from portal.platform.i18n import list_of
from portal.platform.voices import voiced
from portal.triage import actions
from portal.triage import service as triage


def _own_request(reference: str) -> AssessmentRequest:
    found = db.session().scalar(
        select(AssessmentRequest).where(
            AssessmentRequest.reference == reference,
            AssessmentRequest.account_id == signed_in_account_id(),
        )
    )
    if found is None:
        abort(404)
    return found


@bp.route("/account/requests/<reference>/messages", methods=["GET", "POST"])
@attachments.accepts_uploads
@family
def request_messages(reference: str) -> ResponseReturnValue:
    found = _own_request(reference)
    form = ReplyForm()
    waiting = found.status == "more_information"
    # A reply the request no longer waits for (a caseworker moved it on while it was being
    # written) is not sent: the page says so and shows it back, to be copied.
    not_sent: NotSent | None = None
    if not waiting and form.is_submitted():
        not_sent = _not_sent(form)
    elif waiting and form.validate_on_submit():
        problem, kept = _keep_files(request.files.getlist(form.files.name))
        if problem:
            form.files.errors = [problem]
        else:
            try:
                reply = actions.family_reply(
                    found,
                    signed_in_account_id(),
                    form.message.data.strip(),
                    str(get_locale()),
                    kept,
                )
            except (actions.Stale, actions.NotAllowed):
                _forget(kept)
                db.session().refresh(found)
                waiting = found.status == "more_information"
                if waiting:
                    form.message.errors = [
                        voiced(
                            "Your reply was not sent because the request changed. Try again",
                            account_voice(),
                        )
                    ]
                else:
                    not_sent = _not_sent(form)
            else:
                audit.record("family_replied", "request", found.reference)
                return redirect(
                    url_for("account.reply_sent", reference=reference, message_id=reply.id)
                )
    if waiting and form.is_submitted() and form.errors and not form.files.errors:
        _ask_for_files_again(form)
    if account_voice():
        form.message.errors = [in_own_voice(error) for error in form.message.errors]
    audit.record("viewed_messages", "request", found.reference)
    return render_in_holders_voice(
        "account/messages.html",
        found=found,
        messages=triage.messages(found),
        attached=triage.documents_by_message(found),
        form=form,
        waiting=waiting,
        not_sent=not_sent,
    )


@dataclass(frozen=True)
class NotSent:
    """A reply that was not sent: what was written, and the names of the files chosen (a
    browser cannot choose them again for the family)."""

    message: str
    files: list[str]


def _not_sent(form: ReplyForm) -> NotSent:
    files = [f.filename for f in request.files.getlist(form.files.name) if f and f.filename]
    return NotSent((form.message.data or "").strip(), files)


def _ask_for_files_again(form: ReplyForm) -> None:
    """Files chosen with a reply that cannot be sent as it is are not kept (a browser
    cannot choose them again for the family): the page names them, to choose again."""
    chosen = [f.filename for f in request.files.getlist(form.files.name) if f and f.filename]
    if chosen:
        form.files.errors = [
            # NOTE: Under a reply that could not be sent as it was (too long, say);
            # %(names)s: the names of the files the family had chosen to attach.
            voiced(
                "Choose your files again: %(names)s",
                account_voice(),
                names=list_of(chosen),
            )
        ]


def _keep_files(files: list[Any]) -> tuple[str | None, list[Document]]:
    """Every chosen file passes the upload checks and is kept, or none is (a problem with
    one means the family chooses again, so nothing half-sent is left behind)."""
    kept: list[Document] = []
    for upload in (f for f in files if f and f.filename):
        problem, document = attachments.check_and_keep(
            upload,
            None,
            len(kept),
            {"account_id": signed_in_account_id()},
            account_voice(),
        )
        if document is None:
            _forget(kept)
            return voiced(
                "%(problem)s: %(name)s. Choose your files again",
                account_voice(),
                problem=problem,
                name=upload.filename,
            ), []
        kept.append(document)
    return None, kept


def _forget(documents: list[Document]) -> None:
    for document in documents:
        attachments.remove(db.session().merge(document))


@bp.get("/account/requests/<reference>/messages/<message_id>/sent")
@family
def reply_sent(reference: str, message_id: str) -> ResponseReturnValue:
    found = _own_request(reference)
    reply = db.session().get(FamilyMessage, message_id)
    if reply is None or reply.request_id != found.id or reply.sender != "family":
        abort(404)
    return render_in_holders_voice(
        "account/reply_sent.html",
        found=found,
        reply=reply,
        documents=triage.documents_by_message(found).get(reply.id, []),
    )
