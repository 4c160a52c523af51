"""Redeeming a link code: a family reaches a case the council has told them about."""

from __future__ import annotations

import datetime as dt

from flask import flash, redirect, url_for
from flask.typing import ResponseReturnValue

from forms.account import RedeemLinkCodeForm
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.case_api import reads
from portal.links import bp
from portal.links import service as link_codes
from portal.links.service import Redemption
from portal.platform import audit
from portal.platform.access import current_person, family, signed_in_account_id
from portal.platform.rate_limits import CODE_REDEMPTION, limiter
from portal.platform.voices import voiced

# Each refusal as its reader is spoken to: `voice` is "young person" for a young person's
# own account (portal/links/holders_voice.py has their entries), else None.
REDEMPTION_ERRORS = {
    Redemption.UNKNOWN: lambda voice: voiced(
        "Check the link code: it does not match a code we sent", voice
    ),
    Redemption.USED: lambda voice: voiced(
        "This link code has already been used. Ask the SEN team for a new one", voice
    ),
    Redemption.EXPIRED: lambda voice: voiced(
        "This link code has expired. Ask the SEN team for a new one", voice
    ),
    # NOTE: An error message to someone entering a link code the SEN team cancelled
    # (a new one replaced it, say): to whoever holds it, a code that no longer works.
    Redemption.CANCELLED: lambda voice: voiced(
        "This link code no longer works. Ask the SEN team for a new one", voice
    ),
    # NOTE: An error message to someone entering a link code the SEN team made for a young
    # person's own access, when the case is about someone under 16 or over 25.
    Redemption.NOT_A_YOUNG_PERSON: lambda voice: voiced(
        "This link code is for a young person aged 16 to 25 to see their own case, so it "
        "cannot be used for this case. Ask the SEN team for a new one",
        voice,
    ),
}


DATE_ERRORS = {
    Redemption.WRONG_DATE: lambda voice: voiced(
        "The date of birth does not match the case this code is for. Check it and try again",
        voice,
    ),
    Redemption.CANNOT_CHECK: lambda voice: voiced(
        "We cannot check the date of birth at the moment. Try again later", voice
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
    voice = account_voice()
    form = RedeemLinkCodeForm(young_person=voice is not None)
    if form.validate_on_submit() and form.date_of_birth.data is not None:
        outcome, link_code = link_codes.redeem(
            form.code.data, signed_in_account_id(), form.date_of_birth.data, _born_on
        )
        if outcome in REDEMPTION_ERRORS:
            audit.record("link_code_refused", "link_code", None)
            form.code.errors.append(REDEMPTION_ERRORS[outcome](voice))
        elif outcome in DATE_ERRORS:
            audit.record("link_code_refused", "link_code", None)
            form.date_of_birth.errors.append(DATE_ERRORS[outcome](voice))
        else:
            assert link_code is not None
            reference = link_code.case_reference
            # NOTE: Said on a case's page when a family has just added it to their account
            # with a link code (or entered that code again). %(reference)s is its reference.
            said = (
                voiced("Case %(reference)s is already in your account", voice, reference=reference)
                if outcome == Redemption.ALREADY_LINKED
                else voiced("Case %(reference)s is now in your account", voice, reference=reference)
            )
            flash(said, "success")
            return redirect(url_for("account.case", reference=reference))
    return render_in_holders_voice("links/link.html", form=form)
