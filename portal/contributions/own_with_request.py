"""A young person's own views started from the task list of their own request: with
that request, never asked where they go."""

from __future__ import annotations

from sqlalchemy import bindparam, select

from portal.contributions.service import start
from portal.models import Contribution, RequestDraft
from portal.platform import db

_UNFINISHED_OWN_WITH = (
    select(Contribution)
    .where(
        Contribution.account_id == bindparam("account"),
        Contribution.draft_id == bindparam("draft"),
        Contribution.author_role == "young_person",
        Contribution.ready_at.is_(None),
        Contribution.submitted_at.is_(None),
    )
    .order_by(Contribution.created_at.desc())
    .limit(1)
)


def own_views_with_request(
    account_id: str, draft: RequestDraft | None, language: str
) -> Contribution | None:
    """A young person's own views on their own unsent request (`draft`, one of the
    account's): the set they have not finished yet, or a new one. None for a request
    that is not theirs, whose views need saying who gives them."""
    if draft is None or draft.requester_role != "young_person":
        return None
    unfinished = db.session().scalar(
        _UNFINISHED_OWN_WITH, {"account": account_id, "draft": draft.id}
    )
    return unfinished or start(account_id, "young_person", f"draft:{draft.id}", language)
