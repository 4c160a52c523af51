"""Caseworkers' list of annual reviews, a page at a time, the most urgent first: when each
is due, its meeting, the decision, the council's next step with its date (overdue ones
marked) and the views families sent. Read from what the portal keeps of the case system's
answers, so the page does not ask the case system about every case."""

from __future__ import annotations

from flask import render_template
from flask.typing import ResponseReturnValue

from portal.platform import audit, deadlines, paging
from portal.platform.access import caseworker
from portal.reviews import bp
from portal.reviews import service as reviews


@bp.get("/caseworker/annual-reviews")
@caseworker
def caseworker_list() -> ResponseReturnValue:
    audit.record("viewed_reviews")
    today = deadlines.council_today()
    number = paging.asked()
    rows, total = reviews.for_caseworkers(today, (number - 1) * paging.PER_PAGE, paging.PER_PAGE)
    return render_template(
        "reviews/caseworker/reviews.html",
        rows=rows,
        paging=paging.checked(number, paging.PER_PAGE, total),
        today=today,
    )
