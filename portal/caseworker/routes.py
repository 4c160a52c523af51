"""The caseworkers' workspace: for now, giving a family access to a case."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue

from forms.caseworker import IssueLinkCodeForm
from portal import audit, link_codes
from portal.access import caseworker, current_person

bp = Blueprint("caseworker", __name__, url_prefix="/caseworker")


@bp.get("/")
@caseworker
def home() -> ResponseReturnValue:
    return render_template("caseworker/home.html", issued=link_codes.recently_issued())


@bp.route("/link-codes/new", methods=["GET", "POST"])
@caseworker
def new_link_code() -> ResponseReturnValue:
    form = IssueLinkCodeForm()
    if form.validate_on_submit():
        person = current_person()
        assert person is not None
        code = link_codes.issue(
            form.case_reference.data,
            form.person_name.data,
            form.relationship.data,
            person.account_id,
        )
        audit.record("link_code_issued", "case", form.case_reference.data)
        session["issued_link_code"] = {
            "code": code,
            "person_name": form.person_name.data,
            "case_reference": form.case_reference.data,
        }
        return redirect(url_for("caseworker.link_code_issued"))
    return render_template("caseworker/new_link_code.html", form=form)


@bp.get("/link-codes/issued")
@caseworker
def link_code_issued() -> ResponseReturnValue:
    """Shows a new code once: it is taken out of the session as it is shown."""
    issued = session.pop("issued_link_code", None)
    if issued is None:
        return redirect(url_for("caseworker.home"))
    return render_template("caseworker/link_code_issued.html", **issued)
