"""Caseworkers' list of annual reviews, a page at a time, the most urgent first: when each
is due, its meeting, the decision, the council's next step with its date (overdue ones
marked) and the views families sent. Ordered and paged from what the portal keeps of the
case system's answers; the reviews it has not kept, or kept too long, are read from the
case system first, so an overdue review is listed before any family opens it."""

from __future__ import annotations

import datetime as dt

from flask import abort, render_template
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from forms.reviews import ReviewViewsForm
from portal.case_api import reads
from portal.cases import service as cases
from portal.models.base import utcnow
from portal.platform import audit, deadlines, paging
from portal.platform.access import caseworker
from portal.reviews import bp
from portal.reviews import service as reviews

# Views sent for a case through "Share your views" (a child's own, say) within this long
# are listed beside the review's own: a review looks back over the year.
A_YEAR = dt.timedelta(days=365)


@bp.get("/caseworker/annual-reviews")
@caseworker
def caseworker_list() -> ResponseReturnValue:
    audit.record("viewed_reviews")
    today = deadlines.council_today()
    number = paging.asked()
    reachable = reviews.read_reviews_not_known()
    rows, total = reviews.for_caseworkers(today, (number - 1) * paging.PER_PAGE, paging.PER_PAGE)
    references = [row.reference for row in rows]
    return render_template(
        "reviews/caseworker/reviews.html",
        rows=rows,
        other_views=reviews.other_views_sent(references, utcnow() - A_YEAR),
        names=_named(references, reachable),
        paging=paging.checked(number, paging.PER_PAGE, total),
        today=today,
        reachable=reachable,
    )


def _named(references: list[str], reachable: bool) -> dict[str, str]:
    """The child of each case listed, as the portal keeps it, or else as the case system
    says (its answer then kept, as every read of it is), while it answers."""
    names = cases.child_names(references)
    for reference in references:
        if not names.get(reference) and reachable:
            read = reads.case_status(reference)
            names[reference] = str((read.body or {}).get("child_name") or "")
            reachable = read.fresh
    return names


@bp.get("/caseworker/annual-reviews/<reference>/views")
@caseworker
def caseworker_views(reference: str) -> ResponseReturnValue:
    """The views families sent for the case's annual review, question by question, each
    named as staff name it ("Hopes for the next year and further ahead")."""
    sent = reviews.sent_for_case(reference)
    if not sent:
        abort(404)
    audit.record("viewed_review_views", "case", reference)
    questions = ReviewViewsForm.for_reading().catalogue_items()
    not_answered = gettext("Not answered")
    files = reviews.files_of([views for views, _sender in sent])
    return render_template(
        "reviews/caseworker/views.html",
        reference=reference,
        sent=[
            (
                views,
                sender,
                [
                    (gettext(item.staff.label), views.answers.get(item.id) or not_answered)
                    for _field, item in questions
                ],
                files[views.id],
            )
            for views, sender in sent
        ],
    )
