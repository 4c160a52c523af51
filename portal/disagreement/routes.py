"""A family records a mediation step on a decision they disagree with: that they
contacted the mediation adviser, or the date on their mediation certificate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from flask import abort, flash, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from forms.disagreement import ContactedMediationForm, MediationCertificateForm, MediationStepForm
from portal.auth.holder import account_voice, render_in_holders_voice
from portal.case_api import reads
from portal.disagreement import bp, service
from portal.links import service as link_codes
from portal.platform.access import family, signed_in_account_id
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date

# What the success banner says a step saved, in the account holder's voice.
SAVED: dict[str, Callable[[str | None, dt.date], str]] = {
    service.CONTACTED: lambda voice, on: voiced(
        "You told us you contacted the mediation adviser on %(date)s.", voice, date=format_date(on)
    ),
    service.CERTIFICATE: lambda voice, on: voiced(
        "You told us the date on your mediation certificate is %(date)s.",
        voice,
        date=format_date(on),
    ),
}
STEPS: dict[str, tuple[str, type[MediationStepForm]]] = {
    "contacted-mediation": (service.CONTACTED, ContactedMediationForm),
    "mediation-certificate": (service.CERTIFICATE, MediationCertificateForm),
}


def _out_of_order(
    found: service.Decision, kind: str, happened_on: dt.date, voice: str | None
) -> str | None:
    """What is wrong with a step's date against the decision and the other step recorded:
    the adviser is contacted on or after the decision, and the certificate follows the
    contact, whichever of the two is recorded (or changed) last."""
    if happened_on < found.decided_on:
        return voiced(
            "The date must be on or after %(date)s, the date of the decision",
            voice,
            date=format_date(found.decided_on),
        )
    if kind == service.CERTIFICATE and found.contacted_on and happened_on < found.contacted_on:
        return voiced(
            "The date on the certificate must be on or after %(date)s, the date you "
            "contacted the mediation adviser",
            voice,
            date=format_date(found.contacted_on),
        )
    if kind == service.CONTACTED and found.certificate_on and happened_on > found.certificate_on:
        return voiced(
            "The date you contacted the mediation adviser must be on or before %(date)s, "
            "the date on your mediation certificate",
            voice,
            date=format_date(found.certificate_on),
        )
    return None


@bp.route("/account/cases/<reference>/disagree/<decision>/<step>", methods=["GET", "POST"])
@family
def record_step(reference: str, decision: str, step: str) -> ResponseReturnValue:
    account_id = signed_in_account_id()
    if step not in STEPS or link_codes.case_of(account_id, reference) is None:
        abort(404)
    status, plan, review = reads.case_plan_and_review(
        reference, reviewed=lambda case, plan: decision == "cease_plan"
    )
    found = service.decision(account_id, reference, decision, status, plan, review)
    if found is None:
        abort(404)
    kind, form_class = STEPS[step]
    voice = account_voice()
    form = form_class(young_person=voice is not None)
    if not form.is_submitted():
        form.happened_on.data = (
            found.contacted_on if kind == service.CONTACTED else found.certificate_on
        )
    if form.validate_on_submit() and (happened_on := form.happened_on.data) is not None:
        problem = _out_of_order(found, kind, happened_on, voice)
        if problem is None:
            flash(SAVED[kind](voice, happened_on), "success")
            given = found.contacted_on if kind == service.CONTACTED else found.certificate_on
            if happened_on != given:  # the same date saved again is nothing new to send
                service.record(account_id, reference, found, kind, happened_on)
                flash(gettext("We have sent it to the SEN team."), "success")
            return redirect(url_for("account.case", reference=reference))
        form.happened_on.errors.append(problem)
    return render_in_holders_voice(
        "disagreement/record.html", form=form, reference=reference, decision=found, step=kind
    )
