"""The caseworkers' workspace: giving a family access to a case, what has reached the
case system, and the consent on each case."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext
from sqlalchemy import select

from forms.caseworker import ConfirmLinkCodeForm, IssueLinkCodeForm
from portal import attachments, audit, consent, contributions, db, link_codes
from portal.access import caseworker, current_person
from portal.case_api import messages, outbox
from portal.case_api.client import CaseApiError
from portal.models import (
    Account,
    AssessmentRequest,
    ConsentWording,
    Contribution,
    Document,
    OutboxMessage,
    RequestDraft,
)

bp = Blueprint("caseworker", __name__, url_prefix="/caseworker")


@bp.get("/")
@caseworker
def home() -> ResponseReturnValue:
    person = current_person()
    return render_template(
        "caseworker/home.html",
        issued=link_codes.recently_issued(),
        current_roles=person.roles if person else (),
    )


def _case_in_case_system(reference: str) -> tuple[dict[str, Any] | None, str | None]:
    """The case as the case system holds it, or the problem to show instead."""
    try:
        case = current_app.extensions["case_api"].get_case(reference)
    except CaseApiError as error:
        if error.status == 404:
            return None, gettext(
                "There is no case with this reference in the case system. Check the reference"
            )
        return None, gettext("The case system cannot be reached at the moment. Try again later")
    if not _born(case):
        return None, gettext(
            "The case system holds no date of birth for this case, so the family could not "
            "confirm it. Add the date of birth to the case first"
        )
    return case, None


def _born(case: dict[str, Any]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(case.get("date_of_birth") or "")
    except ValueError:
        return None


@bp.route("/link-codes/new", methods=["GET", "POST"])
@caseworker
def new_link_code() -> ResponseReturnValue:
    pending = session.get("pending_link_code") or {}
    form = IssueLinkCodeForm(data=pending if request.method == "GET" else None)
    if form.validate_on_submit():
        _case, problem = _case_in_case_system(form.case_reference.data)
        if problem:
            form.case_reference.errors.append(problem)
        else:
            session["pending_link_code"] = {
                "case_reference": form.case_reference.data,
                "person_name": form.person_name.data,
                "relationship": form.relationship.data,
            }
            return redirect(url_for("caseworker.confirm_link_code"))
    return render_template("caseworker/new_link_code.html", form=form)


@bp.route("/link-codes/confirm", methods=["GET", "POST"])
@caseworker
def confirm_link_code() -> ResponseReturnValue:
    """The caseworker sees whose case it is before a code is created for it."""
    pending = session.get("pending_link_code")
    if not pending:
        return redirect(url_for("caseworker.new_link_code"))
    form = ConfirmLinkCodeForm()
    case, problem = _case_in_case_system(pending["case_reference"])
    if case is None:
        checked = IssueLinkCodeForm(data=pending)
        checked.case_reference.errors = [problem]
        return render_template("caseworker/new_link_code.html", form=checked)
    if form.validate_on_submit():
        person = current_person()
        assert person is not None
        code = link_codes.issue(
            pending["case_reference"],
            pending["person_name"],
            pending["relationship"],
            person.account_id,
        )
        session.pop("pending_link_code", None)
        session["issued_link_code"] = {
            "code": code,
            "person_name": pending["person_name"],
            "case_reference": pending["case_reference"],
        }
        return redirect(url_for("caseworker.link_code_issued"))
    audit.record("checked_case_for_link_code", "case", pending["case_reference"])
    relationships = {c.value: c.label for c in IssueLinkCodeForm().relationship.choices}
    return render_template(
        "caseworker/confirm_link_code.html",
        form=form,
        pending=pending,
        case=case,
        born=_born(case),
        relationship=relationships.get(pending["relationship"], ""),
    )


@bp.get("/link-codes/issued")
@caseworker
def link_code_issued() -> ResponseReturnValue:
    """Shows a new code once: it is taken out of the session as it is shown."""
    issued = session.pop("issued_link_code", None)
    if issued is None:
        return redirect(url_for("caseworker.home"))
    return render_template("caseworker/link_code_issued.html", **issued)


@bp.get("/requests")
@caseworker
def requests_sent() -> ResponseReturnValue:
    """Recent requests and whether each has reached the case system."""
    rows = (
        db.session()
        .execute(
            select(AssessmentRequest, OutboxMessage)
            .join(
                OutboxMessage,
                OutboxMessage.idempotency_key
                == messages.REQUEST_KEY_PREFIX + AssessmentRequest.draft_id,
            )
            .order_by(AssessmentRequest.submitted_at.desc())
            .limit(100)
        )
        .all()
    )
    dead = (
        db.session()
        .scalars(
            select(OutboxMessage)
            .where(OutboxMessage.status == messages.Status.DEAD)
            .order_by(OutboxMessage.created_at)
        )
        .all()
    )
    with_views = set(
        db.session().scalars(
            select(Contribution.case_reference).where(Contribution.submitted_at.is_not(None))
        )
    )
    return render_template("caseworker/requests.html", rows=rows, dead=dead, with_views=with_views)


@bp.get("/cases/<reference>/consent")
@caseworker
def case_consent(reference: str) -> ResponseReturnValue:
    """Current consent and its whole history, with who gave it and what they read."""
    events = consent.history(reference)
    if not events and not db.session().scalar(
        select(AssessmentRequest.id).where(AssessmentRequest.reference == reference)
    ):
        abort(404)
    audit.record("viewed_consent", "case", reference)
    people = {
        account.id: account
        for account in db.session().scalars(
            select(Account).where(Account.id.in_({event.account_id for event in events}))
        )
    }
    return render_template(
        "caseworker/consent.html",
        reference=reference,
        now=consent.current(reference),
        events=events,
        people=people,
        choices=consent.choices(),
        label=consent.choice_label,
    )


@bp.get("/consent-wordings/<sha256>")
@caseworker
def consent_wording(sha256: str) -> ResponseReturnValue:
    wording = db.session().get(ConsentWording, sha256)
    if wording is None:
        abort(404)
    audit.record("viewed_consent_wording", "consent_wording", sha256)
    return render_template("caseworker/consent_wording.html", wording=wording)


@bp.get("/cases/<reference>/views")
@caseworker
def case_views(reference: str) -> ResponseReturnValue:
    """Every set of views sent for the case, with its files; each look is audited."""
    sent = contributions.of_case(reference)
    if not sent:
        abort(404)
    audit.record("viewed_views", "case", reference)
    return render_template(
        "caseworker/views.html",
        reference=reference,
        sent=[(c, contributions.answer_rows(c), contributions.files(c)) for c in sent],
    )


@bp.get("/documents/<document_id>")
@caseworker
def document(document_id: str) -> ResponseReturnValue:
    """A file a family sent, as a download, once it has been released by the scan."""
    found = db.session().get(Document, document_id)
    if found is None:
        abort(404)
    sent = (
        found.contribution_id
        and db.session().scalar(
            select(Contribution.submitted_at).where(Contribution.id == found.contribution_id)
        )
    ) or (
        found.draft_id
        and db.session().scalar(
            select(RequestDraft.submitted_at).where(RequestDraft.id == found.draft_id)
        )
    )
    if not sent:
        abort(404)
    return attachments.download(found)


@bp.post("/outbox/<message_id>/retry")
@caseworker
def retry_message(message_id: str) -> ResponseReturnValue:
    if not outbox.requeue_dead(db.session(), message_id):
        abort(404)
    audit.add(db.session(), "outbox_retried", "outbox_message", message_id)
    db.session().commit()
    return redirect(url_for("caseworker.requests_sent"))
