"""Redeeming a link code: a family reaches a case the council has told them about."""

from __future__ import annotations

import datetime as dt

from flask import redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from forms.account import RedeemLinkCodeForm
from portal.case_api import reads
from portal.links import bp
from portal.links import service as link_codes
from portal.links.service import Redemption
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


def _limit_key() -> str:
    person = current_person()
    return f"redeem:{person.account_id if person else 'anonymous'}"


@bp.route("/account/link", methods=["GET", "POST"])
@family
@limiter.limit(CODE_REDEMPTION, key_func=_limit_key, methods=["POST"])
def link() -> ResponseReturnValue:
    form = RedeemLinkCodeForm()
    if form.validate_on_submit() and form.date_of_birth.data is not None:
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
    return render_template("links/link.html", form=form)
