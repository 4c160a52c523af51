"""Messages from the council about a request, and the family's reply."""

from __future__ import annotations

from flask import abort, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale, gettext
from sqlalchemy import select

from forms.triage import ReplyForm
from portal import audit, db, triage
from portal.access import family, signed_in_account_id
from portal.families.routes import bp
from portal.models import AssessmentRequest


def _own_request(reference: str) -> AssessmentRequest:
    found = db.session().scalar(
        select(AssessmentRequest).where(
            AssessmentRequest.reference == reference,
            AssessmentRequest.account_id == signed_in_account_id(),
        )
    )
    if found is None:
        abort(404)
    return found


@bp.route("/requests/<reference>/messages", methods=["GET", "POST"])
@family
def request_messages(reference: str) -> ResponseReturnValue:
    found = _own_request(reference)
    form = ReplyForm()
    waiting = found.status == "more_information"
    if waiting and form.validate_on_submit():
        try:
            triage.family_reply(
                found, signed_in_account_id(), form.message.data.strip(), str(get_locale())
            )
        except (triage.Stale, triage.NotAllowed):
            form.message.errors = [
                gettext("Your reply was not sent because the request changed. Try again")
            ]
        else:
            return redirect(url_for("families.request_messages", reference=reference))
    audit.record("viewed_messages", "request", found.reference)
    return render_template(
        "families/messages.html",
        found=found,
        messages=triage.messages(found),
        form=form,
        waiting=waiting,
    )
