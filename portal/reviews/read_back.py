"""A family's views for an annual review read back on the review page, as GOV.UK's check
answers pattern reads answers back (portal/platform/check_answers.py): each row keyed by
its question without "(optional)", its "Change" link ("Add" where it is not answered) on
that question's box, and a change made from a row returning to it."""

from __future__ import annotations

from typing import Any

from flask import url_for

from forms.reviews import ReviewViewsForm
from portal.models import ReviewViews
from portal.platform.check_answers import change_href, summary_rows
from portal.platform.i18n import as_written
from portal.platform.voices import voiced

# The reports' row, after the questions'.
REPORTS = "reports"


def anchor(row: str) -> str:
    """The id of a row of the views (a question's field, or REPORTS) on the review page."""
    return f"views-{row}"


def row_on_review(views: ReviewViews, row: str) -> str:
    """The review page at the views' `row`, where a change made from there returns."""
    return url_for("reviews.review", reference=views.case_reference, _anchor=anchor(row))


def views_rows(views: ReviewViews, changing: bool, voice: str | None) -> list[dict[str, Any]]:
    """The views' answers as govukSummaryList rows, with change links while `changing`
    (the review still takes views and they are not sent)."""
    form = ReviewViewsForm.for_reading(voice == "young person")
    change = url_for("reviews.give_views", reference=views.case_reference, return_to="check")
    rows = [
        {
            "label": field.question,
            "value": as_written(views.answers.get(item.id) or voiced("Not answered", voice)),
            "answered": bool(views.answers.get(item.id)),
            "href": change_href(change, field),
            "anchor": anchor(field.name),
        }
        for field, item in form.catalogue_items()
    ]
    summary = summary_rows(rows, voice)
    if not changing:
        for row in summary:
            del row["actions"]
    return summary
