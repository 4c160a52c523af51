"""A family's account: the cases they can reach, and linking to one with a code."""

from __future__ import annotations

import datetime as dt

from flask import abort, jsonify, make_response, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from forms.account import RedeemLinkCodeForm
from portal.account import bp, link_codes
from portal.account.link_codes import Redemption
from portal.account.your_data import collect
from portal.case_api import reads
from portal.platform import audit
from portal.platform.access import current_person, family, signed_in_account_id
from portal.platform.rate_limits import CODE_REDEMPTION, limiter

REDEMPTION_ERRORS = {
    Redemption.UNKNOWN: lambda: _("Check the link code: it does not match a code we sent"),
    Redemption.USED: lambda: _(
        "This link code has already been used. Ask the SEN team for a new one"
    ),
    Redemption.EXPIRED: lambda: _("This link code has expired. Ask the SEN team for a new one"),
}
DATE_ERRORS = {
    Redemption.WRONG_DATE: lambda: _(
        "The date of birth does not match the case this code is for. Check it and try again"
    ),
    Redemption.CANNOT_CHECK: lambda: _(
        "We cannot check the date of birth at the moment. Try again later"
    ),
}


def _born_on(reference: str) -> dt.date | None:
    """The case's date of birth, read from the case system (a copy it gave earlier will do:
    a date of birth does not change)."""
    read = reads.case_status(reference)
    if read.body is None:
        if not read.fresh:
            raise link_codes.CannotCheck(reference)
        return None
    try:
        return dt.date.fromisoformat(read.body.get("date_of_birth") or "")
    except ValueError:
        return None


@bp.get("/account/")
@family
def account() -> ResponseReturnValue:
    from portal.assessment_request import service as requests
    from portal.contributions import service as contributions

    account_id = signed_in_account_id()
    drafts = requests.drafts_of(account_id)
    cases = link_codes.cases_of(account_id)
    names = requests.child_names(account_id, [link.case_reference for link in cases])
    return render_template(
        "account/account.html",
        cases=[
            (link, requests.case_label(link.case_reference, names[link.case_reference]))
            for link in cases
        ],
        drafts=[
            (draft, requests.continue_label(draft), requests.deletion_date(draft))
            for draft in drafts
        ],
        sent={r.reference: r for r in requests.requests_of(account_id)},
        unfinished_views=[
            (
                views,
                contributions.author_label(views),
                contributions.destination_label(views, names),
            )
            for views in contributions.unfinished_of(account_id)
        ],
    )


@bp.get("/account/cases/<reference>")
@family
def case(reference: str) -> ResponseReturnValue:
    link = link_codes.case_of(signed_in_account_id(), reference)
    if link is None:
        abort(404)
    status, plan = reads.case_and_plan(reference)
    shown = ["viewed_case", "viewed_plan"] if plan.body else ["viewed_case"]
    audit.record_all(shown, "case", reference)
    return render_template(
        "account/case.html",
        link=link,
        status=status,
        plan=plan,
        steps=PROGRESS,
        section_titles=plan_section_titles(),
        as_date=dt.date.fromisoformat,
        today=dt.date.today(),
        review_overdue=bool(
            plan.body
            and plan.body.get("next_review_due")
            and dt.date.fromisoformat(plan.body["next_review_due"]) < dt.date.today()
        ),
    )


PROGRESS = ("received", "deciding", "assessing", "draft_plan", "final_plan")


def plan_section_titles() -> dict[str, str]:
    """The EHC plan's sections, as the SEND code of practice names them."""
    return {
        "A": _(
            "A: The views, interests and aspirations of the child or young person and their parents"
        ),
        "B": _("B: Special educational needs"),
        "C": _("C: Health needs related to special educational needs"),
        "D": _("D: Social care needs related to special educational needs or disability"),
        "E": _("E: Outcomes"),
        "F": _("F: Special educational provision"),
        "G": _("G: Health provision"),
        "H1": _(
            "H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970"
        ),
        "H2": _("H2: Other social care provision"),
        "I": _("I: Placement"),
        "J": _("J: Personal budget"),
        "K": _("K: Advice and information"),
    }


def _limit_key() -> str:
    person = current_person()
    return f"redeem:{person.account_id if person else 'anonymous'}"


@bp.route("/account/link", methods=["GET", "POST"])
@family
@limiter.limit(CODE_REDEMPTION, key_func=_limit_key, methods=["POST"])
def link() -> ResponseReturnValue:
    form = RedeemLinkCodeForm()
    if form.validate_on_submit():
        outcome, link_code = link_codes.redeem(
            form.code.data, signed_in_account_id(), form.date_of_birth.data, _born_on
        )
        if outcome in REDEMPTION_ERRORS:
            audit.record("link_code_refused", "link_code", None)
            form.code.errors.append(REDEMPTION_ERRORS[outcome]())
        elif outcome in DATE_ERRORS:
            audit.record("link_code_refused", "link_code", None)
            form.date_of_birth.errors.append(DATE_ERRORS[outcome]())
        else:
            assert link_code is not None
            return redirect(url_for("account.case", reference=link_code.case_reference))
    return render_template("account/link.html", form=form)


@bp.get("/account/your-data")
@family
def your_data() -> ResponseReturnValue:
    data = collect(signed_in_account_id())
    audit.record("viewed_own_data", "account", signed_in_account_id())
    return render_template(
        "account/your_data.html", data=data, as_datetime=dt.datetime.fromisoformat
    )


@bp.get("/account/your-data.json")
@family
def your_data_json() -> ResponseReturnValue:
    audit.record("downloaded_own_data", "account", signed_in_account_id())
    response = jsonify(collect(signed_in_account_id()))
    response.headers["Content-Disposition"] = 'attachment; filename="your-data.json"'
    return response


@bp.get("/account/your-data.html")
@family
def your_data_html() -> ResponseReturnValue:
    audit.record("downloaded_own_data", "account", signed_in_account_id())
    page = render_template(
        "account/your_data_download.html",
        data=collect(signed_in_account_id()),
        as_datetime=dt.datetime.fromisoformat,
        download=True,
    )
    response = make_response(page)
    response.headers["Content-Disposition"] = 'attachment; filename="your-data.html"'
    return response
