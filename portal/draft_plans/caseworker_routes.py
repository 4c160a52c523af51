"""Caseworkers' list of families' responses to draft plans, a page at a time, the newest
draft first, with the last of the 15 days and the date the plan is due (a final plan 20
weeks from the request; an amended plan after an annual review on the date its notice
set)."""

from __future__ import annotations

from flask import abort, render_template
from flask.typing import ResponseReturnValue

from forms.draft_plans import SETTING_TYPES
from portal.cases import service as cases
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
    delivered = sent_list.delivered([response for response, _sender, _files in sent])
    return render_template(
        "draft_plans/caseworker/responses.html",
        rows=[
            (
                response,
                sender,
                drafts.respond_by(response),
                drafts.final_plan_due(response),
                response.id in delivered,
                files,
            )
            for response, sender, files in sent
        ],
        paging=pages,
        today=deadlines.council_today(),
    )


@bp.get("/caseworker/draft-plan-responses/<response_id>")
@caseworker
def response(response_id: str) -> ResponseReturnValue:
    """One family's response: their comments section by section, and what they ask for."""
    sent = sent_list.one_sent(response_id)
    if sent is None:
        abort(404)
    found, sender = sent
    audit.record("viewed_draft_response", "case", found.case_reference)
    titles = cases.plan_section_titles()
    comments = drafts.comments(found)
    return render_template(
        "draft_plans/caseworker/response.html",
        response=found,
        sender=sender,
        respond_by=drafts.respond_by(found),
        final_due=drafts.final_plan_due(found),
        delivered=bool(sent_list.delivered([found])),
        comments=[
            (title, comments[letter]) for letter, title in titles.items() if comments.get(letter)
        ],
        files=drafts.files(found),
        setting_types=dict(SETTING_TYPES),
    )
