"""The caseworkers' workspace: giving a family access to a case, what has reached the
case system, and the consent on each case."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import (
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from forms.account import ConfirmLinkCodeForm, IssueLinkCodeForm
from forms.kit.validators import YOUNG_PERSON_AGES, age_on, young_person_age
from portal.auth.holder import YOUNG_PERSON
from portal.case_api.client import CaseApiError
from portal.case_api.setup import case_api_client
from portal.links import bp
from portal.links import service as link_codes
from portal.platform import audit, deadlines
from portal.platform.access import caseworker, current_person, signed_in_account_id
from portal.platform.written_dates import format_date


def _case_in_case_system(reference: str) -> tuple[dict[str, Any] | None, str | None]:
    """The case as the case system holds it, or the problem to show instead."""
    try:
        case = case_api_client().get_case(reference)
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


def _not_a_young_person(case: dict[str, Any], relationship: str) -> str | None:
    """Why a young person's own code cannot be made for the person the case is about, if it
    cannot: they may act for themselves only from 16 to 25, as on their own request."""
    born = _born(case)
    if relationship != YOUNG_PERSON or born is None:
        return None
    today = deadlines.council_today()
    if young_person_age(born, today):
        return None
    said: str
    if age_on(born, today) < YOUNG_PERSON_AGES[0]:
        # NOTE: An error message to a caseworker who chose "The young person (aged 16 to
        # 25)" for a link code on a child's case. %(date)s is the child's date of birth.
        said = gettext(
            "The child on this case was born on %(date)s, so is under 16: the code must be "
            "for a parent or carer",
            date=format_date(born),
        )
    else:
        # NOTE: An error message to a caseworker who chose "The young person (aged 16 to
        # 25)" for a link code on the case of someone over 25. %(date)s is their date of
        # birth.
        said = gettext(
            "The young person on this case was born on %(date)s, so is over 25: a code for "
            "the young person is only for someone aged 16 to 25",
            date=format_date(born),
        )
    return said


@bp.route("/caseworker/link-codes/new", methods=["GET", "POST"])
@caseworker
def new_link_code() -> ResponseReturnValue:
    pending = session.get("pending_link_code") or {}
    form = IssueLinkCodeForm(data=pending if request.method == "GET" else None)
    if form.validate_on_submit():
        case, problem = _case_in_case_system(form.case_reference.data)
        too_young_or_old = case and _not_a_young_person(case, form.relationship.data)
        if problem:
            form.case_reference.errors.append(problem)
        elif too_young_or_old:
            form.relationship.errors.append(too_young_or_old)
        else:
            session["pending_link_code"] = {
                "case_reference": form.case_reference.data,
                "person_name": form.person_name.data,
                "relationship": form.relationship.data,
            }
            return redirect(url_for("links.confirm_link_code"))
    return render_template("links/caseworker/new_link_code.html", form=form)


@bp.route("/caseworker/link-codes/confirm", methods=["GET", "POST"])
@caseworker
def confirm_link_code() -> ResponseReturnValue:
    """The caseworker sees whose case it is before a code is created for it."""
    pending = session.get("pending_link_code")
    if not pending:
        return redirect(url_for("links.new_link_code"))
    case, problem = _case_in_case_system(pending["case_reference"])
    born = _born(case) if case else None
    form = ConfirmLinkCodeForm(
        for_a_young_person=pending["relationship"] != YOUNG_PERSON
        and born is not None
        and young_person_age(born, deadlines.council_today())
    )
    too_young_or_old = case and _not_a_young_person(case, pending["relationship"])
    if case is None or too_young_or_old:
        checked = IssueLinkCodeForm(data=pending)
        if too_young_or_old:
            checked.relationship.errors = [too_young_or_old]
        else:
            checked.case_reference.errors = [problem]
        return render_template("links/caseworker/new_link_code.html", form=checked)
    if form.validate_on_submit():
        person = current_person()
        assert person is not None
        code, expires_at, replaced = link_codes.issue(
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
            "expires_at": expires_at.isoformat(),
            "replaced": replaced,
        }
        return redirect(url_for("links.link_code_issued"))
    audit.record("checked_case_for_link_code", "case", pending["case_reference"])
    relationships = {c.value: c.label for c in IssueLinkCodeForm().relationship.choices}
    return render_template(
        "links/caseworker/confirm_link_code.html",
        form=form,
        pending=pending,
        case=case,
        born=born,
        relationship=relationships.get(pending["relationship"], ""),
    )


@bp.get("/caseworker/link-codes/issued")
@caseworker
def link_code_issued() -> ResponseReturnValue:
    """Shows a new code once: it is taken out of the session as it is shown."""
    issued = session.pop("issued_link_code", None)
    if issued is None:
        return redirect(url_for("triage.home"))
    expires_at = dt.datetime.fromisoformat(issued.pop("expires_at"))
    return render_template(
        "links/caseworker/link_code_issued.html", expires_at=expires_at, **issued
    )


@bp.post("/caseworker/link-codes/<code_id>/cancel")
@caseworker
def cancel_link_code(code_id: str) -> ResponseReturnValue:
    """A code waiting to be used stops working: lost, or sent to the wrong person."""
    code, cancelled = link_codes.cancel(code_id, signed_in_account_id())
    if code is None:
        abort(404)
    if cancelled:
        # NOTE: Said to a caseworker who has just cancelled a link code. %(name)s is the
        # person the code was for.
        flash(gettext("Link code for %(name)s cancelled", name=code.person_name), "success")
    else:
        # NOTE: Said to a caseworker whose link code was used, or ran out, before they
        # cancelled it. %(name)s is the person the code was for.
        flash(
            gettext(
                "The link code for %(name)s was not cancelled: it is no longer waiting to be used",
                name=code.person_name,
            ),
            "important",
        )
    return redirect(url_for("triage.home"))
