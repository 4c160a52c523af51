"""The pages of one request, a section each: summary (with internal notes), answers,
consent, views, documents, messages and history. Every one is for caseworkers only and
audits the viewing of the request's special category data."""

from __future__ import annotations

import datetime as dt

from flask import abort, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from forms.assessment_request.sections import asks_for_themselves
from forms.triage.actions import EXCEPTION_KINDS, NoteForm
from portal.consent import service as consent
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import AssessmentRequest
from portal.platform import audit, extensions
from portal.platform.access import caseworker, signed_in_account_id
from portal.platform.audit import describe
from portal.triage import bp, history, late, notes
from portal.triage import service as triage
from portal.triage.page import action_title, allowed_actions, render, request_or_404
from portal.triage.staff_answers import answers_by_section


def _summary(found: AssessmentRequest, form: NoteForm, status: int = 200) -> ResponseReturnValue:
    written = notes.of_request(found)
    return render(
        "triage/request/summary.html",
        found,
        "triage.view_request",
        duplicates=triage.possible_duplicates(found),
        known=triage.known_cases(found),
        exemptions=triage.exemptions(found),
        exception_kinds=EXCEPTION_KINDS,
        notes=written,
        staff=triage.names([found.assigned_to, *(note.account_id for note in written)]),
        form=form,
        as_date=dt.date.fromisoformat,
        late=late.late_decision(found.decision_due, found.decided_on, found.late_reason)
        if found.status in triage.DECIDED
        else None,
    ), status


@bp.get("/caseworker/requests/<reference>")
@caseworker
def view_request(reference: str) -> ResponseReturnValue:
    return _summary(request_or_404(reference, answers=True), NoteForm(formdata=None))


@bp.post("/caseworker/requests/<reference>/notes")
@caseworker
def add_note(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference, viewed=False, answers=True)
    form = NoteForm()
    if not form.validate():
        return _summary(found, form)
    notes.add(found, signed_in_account_id(), form.text.data.strip())
    flash(gettext("Note added"), "success")
    # Not at #notes: going to a fragment takes the focus off the banner, which focuses
    # itself so that a screen reader says the note was added.
    return redirect(url_for("triage.view_request", reference=reference))


@bp.get("/caseworker/requests/<reference>/answers")
@caseworker
def request_answers(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference, answers=True)
    return render(
        "triage/request/answers.html",
        found,
        "triage.request_answers",
        answers=answers_by_section(extensions.catalogue(), found.answers, found.requester_role),
    )


@bp.get("/caseworker/requests/<reference>/consent")
@caseworker
def request_consent(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference)
    now = consent.current(found.reference)
    return render(
        "triage/request/consent.html",
        found,
        "triage.request_consent",
        consent_now=now,
        consent_recorded=bool(now),
        consent_choices=consent.offered_or_made(now, asks_for_themselves(found.requester_role)),
        consent_label=consent.choice_label,
        consent_in_force=consent.in_force,
    )


@bp.get("/caseworker/requests/<reference>/views")
@caseworker
def request_views(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference)
    sent = contributions.read_by_staff(found.reference)
    if sent:
        audit.record_meanwhile(["viewed_views"], "case", found.reference)
    return render("triage/request/views.html", found, "triage.request_views", sent=sent)


@bp.get("/caseworker/requests/<reference>/documents")
@caseworker
def request_documents(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference)
    return render(
        "triage/request/documents.html",
        found,
        "triage.request_documents",
        documents=attachments.listed(draft_id=found.draft_id),
        attached=triage.documents_by_message(found),
    )


@bp.get("/caseworker/requests/<reference>/messages")
@caseworker
def request_messages(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference)
    # Writing to who asked is the action "more_information", offered here as in the menu.
    writes = "more_information" in allowed_actions(found)
    return render(
        "triage/request/messages.html",
        found,
        "triage.request_messages",
        messages=triage.messages(found),
        attached=triage.documents_by_message(found),
        write={
            "text": action_title("more_information", found),
            "href": url_for(
                "triage.action_page", reference=found.reference, action="more_information"
            ),
        }
        if writes
        else None,
    )


@bp.get("/caseworker/requests/<reference>/history")
@caseworker
def request_history(reference: str) -> ResponseReturnValue:
    found = request_or_404(reference)
    trail_page = request.args.get("trail", 1, type=int)
    if not 0 < trail_page < 10_000:
        trail_page = 1
    return render(
        "triage/request/history.html",
        found,
        "triage.request_history",
        history=history.of_request(found, trail_page),
        trail_page=trail_page,
        describe=describe,
    )


@bp.get("/caseworker/requests/<reference>/replies/<document_id>")
@caseworker
def reply_document(reference: str, document_id: str) -> ResponseReturnValue:
    """A file the family attached to a reply (opening it is audited)."""
    found = request_or_404(reference, viewed=False)
    attached = [d for ds in triage.documents_by_message(found).values() for d in ds]
    document = next((d for d in attached if d.id == document_id), None)
    if document is None:
        abort(404)
    return attachments.download(document)
