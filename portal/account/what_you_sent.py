"""What an account sent about a case, for the case page's links to where "Your data"
shows it: the request and its documents, and views."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, false, or_, select

from portal.models import AssessmentRequest, Contribution, Document, ReviewViews
from portal.platform import db


@dataclass(frozen=True)
class WhatYouSent:
    request: str | None  # the reference of the request the account sent, if it did
    documents: bool  # files it sent with that request
    views: bool  # views sent for the case, or with the request
    review_views: bool  # views sent for the case's annual reviews

    def __bool__(self) -> bool:
        return bool(self.request or self.documents or self.views or self.review_views)


def what_you_sent(
    account_id: str, reference: str, request: AssessmentRequest | None
) -> WhatYouSent:
    """In one statement, whichever of them there are."""
    draft = request.draft_id if request is not None else None
    documents: ColumnElement[bool] = (
        exists().where(Document.account_id == account_id, Document.draft_id == draft)
        if draft
        else false()
    )
    about = [Contribution.case_reference == reference]
    if draft:
        about.append(Contribution.draft_id == draft)
    views = exists().where(
        Contribution.account_id == account_id,
        Contribution.submitted_at.is_not(None),
        or_(*about),
    )
    review_views = exists().where(
        ReviewViews.account_id == account_id,
        ReviewViews.case_reference == reference,
        ReviewViews.submitted_at.is_not(None),
    )
    found = db.session().execute(select(documents, views, review_views)).one()
    return WhatYouSent(request.reference if request else None, *map(bool, found))
