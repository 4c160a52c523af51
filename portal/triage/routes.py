"""The triage queue, the request view and the actions on a request."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import force_locale, get_locale, gettext
from flask_wtf import FlaskForm
from sqlalchemy import or_, select

from forms.kit.fields import _l
from forms.triage import (
    NOT_ASSESS_REASONS,
    ActionForm,
    AssignForm,
    DecisionForm,
    DuplicateForm,
    ExceptionForm,
    MoreInformationForm,
)
from portal.assessment_request import service as requests
from portal.consent import service as consent
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import AssessmentRequest, AuditEvent
from portal.platform import audit, db, deadlines, extensions
from portal.platform.access import caseworker, signed_in_account_id
from portal.platform.answers import grouped_answers
from portal.platform.audit import describe
from portal.triage import actions, bp
from portal.triage import service as triage


def _filters() -> triage.Filters:
    args = request.args
    return triage.Filters(
        status=args.get("status", "open"),
        mine=args.get("mine") == "1",
        unassigned=args.get("unassigned") == "1",
        overdue=args.get("overdue") == "1",
        due_this_week=args.get("week") == "1",
        search=args.get("q", "")[:100],
    )


def _after() -> tuple[dt.date, str] | None:
    due, _sep, last_id = request.args.get("after", "").partition("~")
    try:
        return (dt.date.fromisoformat(due), last_id) if last_id else None
    except ValueError:
        return None


@bp.get("/caseworker/queue")
@caseworker
def queue() -> ResponseReturnValue:
    today = dt.date.today()
    me = signed_in_account_id()
    page = triage.queue(_filters(), me, today, _after(), triage.PAGE_SIZE + 1)
    more = len(page) > triage.PAGE_SIZE
    page = page[: triage.PAGE_SIZE]
    args = {k: v for k, v in request.args.items() if k != "after"}
    next_url = (
        url_for("triage.queue", **args, after=f"{page[-1].decision_due}~{page[-1].id}")
        if more
        else None
    )
    names = {a.id: a.display_name or a.email for a in triage.caseworkers()}
    return render_template(
        "triage/queue.html",
        rows=page,
        filters=_filters(),
        today=today,
        names=names,
        statuses=triage.STATUSES,
        next_url=next_url,
        first_url=url_for("triage.queue", **args) if _after() else None,
        days_left=deadlines.days_left,
    )


def _request_or_404(reference: str) -> AssessmentRequest:
    found = triage.by_reference(reference)
    if found is None:
        abort(404)
    return found


def _forms(
    found: AssessmentRequest, acted: str | None = None, formdata: Any = None
) -> dict[str, FlaskForm]:
    """Every action's form; only the one acted on (if any) is filled from what was sent."""
    staff = [(a.id, a.display_name or a.email or a.id) for a in triage.caseworkers()]
    received = requests.received_on(found.submitted_at)
    makers: dict[str, tuple[Any, dict[str, Any]]] = {
        "assign": (AssignForm, {"caseworkers": staff, "prefix": "assign"}),
        "more_information": (MoreInformationForm, {"prefix": "info"}),
        "accept": (ActionForm, {"prefix": "accept"}),
        "duplicate": (DuplicateForm, {"prefix": "duplicate"}),
        "decide": (DecisionForm, {"received": received, "prefix": "decide"}),
        "withdraw": (ActionForm, {"prefix": "withdraw"}),
        "exception": (ExceptionForm, {"prefix": "exception"}),
    }
    forms: dict[str, FlaskForm] = {}
    for name, (form_class, options) in makers.items():
        if name == acted:
            forms[name] = form_class(formdata=formdata, **options)
        else:
            forms[name] = form_class(formdata=None, **options)
            forms[name].version.data = str(found.version)
    return forms


def _view(
    found: AssessmentRequest,
    forms: dict[str, FlaskForm] | None = None,
    problem: str | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    catalogue = extensions.catalogue()
    forms = forms or _forms(found)
    documents = attachments.listed(draft_id=found.draft_id)
    audit_trail = db.session().scalars(
        select(AuditEvent)
        .where(
            or_(
                AuditEvent.object_id == found.reference,
                AuditEvent.object_id == found.draft_id,
                AuditEvent.object_id.in_([document.id for document in documents]),
            )
        )
        .order_by(AuditEvent.occurred_at.desc())
        .limit(100)
    )
    return render_template(
        "triage/request.html",
        found=found,
        answers=grouped_answers(catalogue, found.answers, found.requester_role == "young_person"),
        consent_now=consent.current(found.reference),
        consent_choices=consent.choices(),
        consent_label=consent.choice_label,
        views=contributions.of_case(found.reference),
        duplicates=triage.possible_duplicates(found),
        known=triage.known_cases(found),
        deliveries=triage.deliveries(found),
        trail=list(audit_trail),
        describe=describe,
        actor_kinds=ACTOR_KINDS,
        messages=triage.messages(found),
        attached=triage.documents_by_message(found),
        exemptions=triage.exemptions(found),
        forms=forms,
        has_errors=bool(problem) or any(form.errors for form in forms.values()),
        documents=documents,
        scans=_scan_labels(),
        allowed=lambda action: actions.allowed(found, action),
        problem=problem,
        statuses=triage.STATUSES,
        today=dt.date.today(),
        days_left=deadlines.days_left,
        names={a.id: a.display_name or a.email for a in triage.caseworkers()},
        as_date=dt.date.fromisoformat,
    ), status


def _scan_labels() -> dict[str, str]:
    return {
        "clean": gettext("Virus scan: no virus found"),
        "not_scanned": gettext("Not scanned for viruses (scanning is switched off)"),
        "held": gettext("Held: the virus scanner gave no answer, so it cannot be opened"),
        "infected": gettext("A virus was found, so it cannot be opened"),
    }


@bp.get("/caseworker/requests/<reference>")
@caseworker
def view_request(reference: str) -> ResponseReturnValue:
    found = _request_or_404(reference)
    audit.record("viewed_request", "request", found.reference)
    return _view(found)


@bp.get("/caseworker/requests/<reference>/replies/<document_id>")
@caseworker
def reply_document(reference: str, document_id: str) -> ResponseReturnValue:
    """A file the family attached to a reply (opening it is audited)."""
    found = _request_or_404(reference)
    attached = [d for ds in triage.documents_by_message(found).values() for d in ds]
    document = next((d for d in attached if d.id == document_id), None)
    if document is None:
        abort(404)
    return attachments.download(document)


# Who did something, in the audit list on a request.
ACTOR_KINDS = {
    "family": _l("Family"),
    "staff": _l("Council staff"),
    "system": _l("The portal, automatically"),
    "anonymous": _l("Someone not signed in"),
}

ACTIONS = ("assign", "more_information", "accept", "duplicate", "decide", "withdraw", "exception")


@bp.post("/caseworker/requests/<reference>")
@caseworker
def act_on_request(reference: str) -> ResponseReturnValue:
    """Each action's form posts to the request's own address, so a form with errors is
    shown where the request is, and a done action redirects back to it."""
    found = _request_or_404(reference)
    action = request.form.get("act", "")
    if action not in ACTIONS:
        abort(400)
    forms = _forms(found, action, request.form)
    form = forms[action]
    if not form.validate():
        return _view(found, forms)
    if action == "duplicate":
        original = triage.by_reference(form.of_reference.data)
        if original is None or original.id == found.id:
            form.of_reference.errors = [gettext("Enter the reference of another request")]
            return _view(found, forms)
    seen = _seen_version(form)
    me = signed_in_account_id()
    try:
        _apply(found, action, form, me, seen)
    except actions.Stale:
        return _view(
            found,
            problem=gettext(
                "Someone else changed this request after you opened it. Check what changed, "
                "then try again"
            ),
            status=409,
        )
    except actions.NotAllowed:
        return _view(
            found,
            problem=gettext(
                "You cannot do that to a request whose status is: %(status)s",
                status=triage.STATUSES[found.status],
            ),
            status=409,
        )
    return redirect(url_for("triage.view_request", reference=reference))


def _seen_version(form: FlaskForm) -> int | None:
    try:
        return int(form.version.data)
    except (TypeError, ValueError):
        return None


def _apply(found: AssessmentRequest, action: str, form: Any, me: str, seen: int | None) -> None:
    if action == "assign":
        actions.act(found, "assign", me, seen, assigned_to=form.assignee.data)
    elif action == "more_information":
        actions.ask_family(found, me, seen, form.message.data.strip())
    elif action == "accept":
        actions.act(found, "accept", me, seen)
    elif action == "withdraw":
        actions.act(found, "withdraw", me, seen, decided_on=dt.date.today())
    elif action == "duplicate":
        actions.act(found, "duplicate", me, seen, duplicate_of=form.of_reference.data)
    elif action == "decide":
        decision = form.decision.data
        if decision == "assess" and found.status == "decided_not_assess":
            decision = "change_to_assess"
        written = (form.reason.data or "").strip()
        codes = list(form.standard_reasons.data or []) if decision != "assess" else []
        with force_locale("en"):
            standard = [str(NOT_ASSESS_REASONS[code]) for code in codes]
        reason = "\n".join([*standard, written]).strip() or None
        actions.act(
            found,
            decision,
            me,
            seen,
            reason=reason,
            decided_on=form.decided_on.data,
            email=(
                "decision",
                {
                    "decision": form.decision.data,
                    "decided_on": form.decided_on.data,
                    "reasons": [NOT_ASSESS_REASONS[code] for code in codes],
                    "reason": written,
                    "written_in": str(get_locale() or "en"),
                },
            ),
        )
    elif action == "exception":
        actions.record_exception(
            found,
            me,
            seen,
            deadlines.Exemption(
                deadlines.ExceptionKind(form.kind.data), form.days.data, form.reason.data.strip()
            ),
        )
