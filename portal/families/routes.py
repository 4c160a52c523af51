"""A family's account: the cases they can reach, and linking to one with a code."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from forms.account import RedeemLinkCodeForm
from portal import audit, link_codes
from portal.access import current_person, family
from portal.link_codes import Redemption
from portal.rate_limits import CODE_REDEMPTION, limiter

bp = Blueprint("families", __name__, url_prefix="/account")

REDEMPTION_ERRORS = {
    Redemption.UNKNOWN: lambda: _("Check the link code: it does not match a code we sent"),
    Redemption.USED: lambda: _(
        "This link code has already been used. Ask the SEN team for a new one"
    ),
    Redemption.EXPIRED: lambda: _("This link code has expired. Ask the SEN team for a new one"),
}


def _person_id() -> str:
    person = current_person()
    assert person is not None
    return person.account_id


@bp.get("/")
@family
def account() -> ResponseReturnValue:
    from portal import requests

    account_id = _person_id()
    drafts = requests.drafts_of(account_id)
    return render_template(
        "families/account.html",
        cases=link_codes.cases_of(account_id),
        drafts=[(draft, requests.deletion_date(draft)) for draft in drafts],
        sent={r.reference: r for r in requests.requests_of(account_id)},
    )


@bp.get("/cases/<reference>")
@family
def case(reference: str) -> ResponseReturnValue:
    link = link_codes.case_of(_person_id(), reference)
    if link is None:
        abort(404)
    audit.record("viewed_case", "case", reference)
    return render_template("families/case.html", link=link)


def _limit_key() -> str:
    person = current_person()
    return f"redeem:{person.account_id if person else 'anonymous'}"


@bp.route("/link", methods=["GET", "POST"])
@family
@limiter.limit(CODE_REDEMPTION, key_func=_limit_key, methods=["POST"])
def link() -> ResponseReturnValue:
    form = RedeemLinkCodeForm()
    if form.validate_on_submit():
        outcome, link_code = link_codes.redeem(form.code.data, _person_id())
        if outcome in REDEMPTION_ERRORS:
            audit.record("link_code_refused", "link_code", None)
            form.code.errors.append(REDEMPTION_ERRORS[outcome]())
        else:
            assert link_code is not None
            audit.record("link_code_redeemed", "case", link_code.case_reference)
            return redirect(url_for("families.case", reference=link_code.case_reference))
    return render_template("families/link.html", form=form)
