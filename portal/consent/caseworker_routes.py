"""The caseworkers' workspace: giving a family access to a case, what has reached the
case system, and the consent on each case."""

from __future__ import annotations

from flask import abort, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from forms.assessment_request.sections import asks_for_themselves
from portal.consent import bp
from portal.consent import service as consent
from portal.models import Account, CaseLink, ConsentWording
from portal.platform import audit, db
from portal.platform.access import caseworker


@bp.get("/caseworker/cases/<reference>/consent")
@caseworker
def case_consent(reference: str) -> ResponseReturnValue:
    """Current consent and its whole history, with who gave it and what they read: for a
    case the portal knows (a request for it, or a family linked to it), even with none."""
    events = consent.history(reference)
    found = consent.request_for_case(reference)
    if not events and found is None and not _linked(reference):
        abort(404)
    audit.record("viewed_consent", "case", reference)
    people = {
        account.id: account
        for account in db.session().scalars(
            select(Account).where(Account.id.in_({event.account_id for event in events}))
        )
    }
    now = consent.current(reference)
    # Whom not to share with is asked of a young person only; with no request here, who
    # gave the case's consent is not known.
    asked = (
        consent.offered_or_made(now, asks_for_themselves(found.requester_role))
        if found
        else consent.choices()
    )
    return render_template(
        "consent/caseworker/consent.html",
        reference=reference,
        found=found,
        now=now,
        recorded=bool(events),
        on_record=found is None,
        events=events,
        people=people,
        choices=asked,
        label=consent.choice_label,
        in_force=consent.in_force,
        # The list it was opened from, when not the request's own pages: only a known one.
        came_from="reviews" if request.args.get("from") == "reviews" else None,
    )


def _linked(reference: str) -> bool:
    query = select(CaseLink.id).where(CaseLink.case_reference == reference).limit(1)
    return db.session().scalar(query) is not None


@bp.get("/caseworker/consent-wordings/<sha256>")
@caseworker
def consent_wording(sha256: str) -> ResponseReturnValue:
    wording = db.get_or_404(ConsentWording, sha256)
    audit.record("viewed_consent_wording", "consent_wording", sha256)
    return render_template("consent/caseworker/wording.html", wording=wording)
