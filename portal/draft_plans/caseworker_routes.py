"""Caseworkers' list of families' responses to draft plans, a page at a time, the newest
draft first, with the last of the 15 days and the date the plan is due (a final plan 20
weeks from the request; an amended plan after an annual review on the date its notice
set)."""

from __future__ import annotations

from flask import render_template
from flask.typing import ResponseReturnValue

from portal.draft_plans import bp
from portal.draft_plans import sent as sent_list
from portal.draft_plans import service as drafts
from portal.platform import audit, deadlines, paging
from portal.platform.access import caseworker


@bp.get("/caseworker/draft-plan-responses")
@caseworker
def responses() -> ResponseReturnValue:
    audit.record("viewed_draft_responses")
    number = paging.asked()
    sent, total = sent_list.sent_responses((number - 1) * paging.PER_PAGE, paging.PER_PAGE)
    pages = paging.checked(number, paging.PER_PAGE, total)
    delivered = sent_list.delivered(sent)
    return render_template(
        "draft_plans/caseworker/responses.html",
        rows=[
            (
                response,
                drafts.respond_by(response),
                drafts.final_plan_due(response),
                response.id in delivered,
            )
            for response in sent
        ],
        paging=pages,
        today=deadlines.council_today(),
    )
