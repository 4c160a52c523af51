"""Caseworkers' list of annual reviews: when each is due, its meeting, the decision, the
council's next step with its date (overdue ones marked) and the views families sent."""

from __future__ import annotations

import datetime as dt

from flask import render_template
from flask.typing import ResponseReturnValue

from portal.platform import audit
from portal.platform.access import caseworker
from portal.reviews import bp
from portal.reviews import service as reviews


@bp.get("/caseworker/annual-reviews")
@caseworker
def caseworker_list() -> ResponseReturnValue:
    audit.record("viewed_reviews")
    today = dt.date.today()
    return render_template(
        "reviews/caseworker/reviews.html", rows=reviews.for_caseworkers(today), today=today
    )
