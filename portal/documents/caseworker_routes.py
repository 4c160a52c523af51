"""The caseworkers' workspace: giving a family access to a case, what has reached the
case system, and the consent on each case."""

from __future__ import annotations

from flask import abort
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from portal.documents import bp
from portal.documents import service as attachments
from portal.models import Contribution, Document, DraftPlanResponse, RequestDraft, ReviewViews
from portal.platform import db
from portal.platform.access import caseworker


@bp.get("/caseworker/documents/<document_id>")
@caseworker
def document(document_id: str) -> ResponseReturnValue:
    """A file a family sent (with a request, their views, their response to a draft plan
    or their views for an annual review), as a download, once it has been released by
    the scan."""
    found = db.get_or_404(Document, document_id)
    sent = (
        (
            found.contribution_id
            and db.session().scalar(
                select(Contribution.submitted_at).where(Contribution.id == found.contribution_id)
            )
        )
        or (
            found.draft_id
            and db.session().scalar(
                select(RequestDraft.submitted_at).where(RequestDraft.id == found.draft_id)
            )
        )
        or (
            found.draft_response_id
            and db.session().scalar(
                select(DraftPlanResponse.submitted_at).where(
                    DraftPlanResponse.id == found.draft_response_id
                )
            )
        )
        or (
            found.review_views_id
            and db.session().scalar(
                select(ReviewViews.submitted_at).where(ReviewViews.id == found.review_views_id)
            )
        )
    )
    if not sent:
        abort(404)
    return attachments.download(found)
