"""Caseworkers' list of families' responses to draft plans, with the last of the 15 days
and the date the plan is due (a final plan 20 weeks from the request; an amended plan
after an annual review on the date its notice set)."""

from __future__ import annotations

import datetime as dt

from flask import render_template
from flask.typing import ResponseReturnValue

from portal.draft_plans import bp
from portal.draft_plans import service as drafts
from portal.platform import audit
from portal.platform.access import caseworker


@bp.get("/caseworker/draft-plan-responses")
@caseworker
def responses() -> ResponseReturnValue:
    audit.record("viewed_draft_responses")
    sent = drafts.sent_responses()
    return render_template(
        "draft_plans/caseworker/responses.html",
        rows=[
            (
                response,
                drafts.respond_by(response),
                drafts.final_plan_due(response),
                drafts.delivered(response),
            )
            for response in sent
        ],
        today=dt.date.today(),
    )
