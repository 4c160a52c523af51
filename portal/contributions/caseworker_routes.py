"""The caseworkers' workspace: giving a family access to a case, what has reached the
case system, and the consent on each case."""

from __future__ import annotations

from flask import abort, render_template
from flask.typing import ResponseReturnValue

from portal.consent import service as consent
from portal.contributions import bp
from portal.contributions import service as contributions
from portal.platform import audit
from portal.platform.access import caseworker


@bp.get("/caseworker/cases/<reference>/contributions")
@caseworker
def case_contributions(reference: str) -> ResponseReturnValue:
    """Every set of views sent for the case, with its files; each look is audited."""
    sent = contributions.read_by_staff(reference)
    if not sent:
        abort(404)
    audit.record("viewed_views", "case", reference)
    return render_template(
        "contributions/caseworker/contributions.html",
        reference=reference,
        found=consent.request_for_case(reference),
        sent=sent,
    )
