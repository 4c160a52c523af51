"""A young person's own views started from the task list of their own request: with
that request, never asked where they go. Opening the task finds the set they have not
finished; a new set starts only from the start page's button (a POST), so a link
followed, prefetched or opened twice leaves no empty set behind."""

from __future__ import annotations

from sqlalchemy import bindparam, select

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


def unfinished_own_views(account_id: str, draft: RequestDraft | None) -> Contribution | None:
    """The set of views a young person has not finished on their own unsent request
    (`draft`, one of the account's); None when there is none, or the request is not
    theirs (its views need saying who gives them)."""
    if draft is None or draft.requester_role != "young_person":
        return None
    return db.session().scalar(_UNFINISHED_OWN_WITH, {"account": account_id, "draft": draft.id})
