"""The sets of views started with an unsent request, as the Views row of its task list
opens them: each set to finish or to read, above the form that starts another. A young
person on their own request goes straight to the set they have not finished. A new set
starts only from the start page's button (a POST), so a link followed, prefetched or
opened twice leaves no empty set behind."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import bindparam, select

from portal.models import Contribution, RequestDraft
from portal.platform import db


class Started(NamedTuple):
    """A set of views as the list names it: its answers are not read (nor decrypted)."""

    id: str
    author_role: str
    created_at: dt.datetime
    ready_at: dt.datetime | None


_WITH_REQUEST = (
    select(
        Contribution.id, Contribution.author_role, Contribution.created_at, Contribution.ready_at
    )
    .where(
        Contribution.account_id == bindparam("account"),
        Contribution.draft_id == bindparam("draft"),
    )
    .order_by(Contribution.created_at)
)


def views_with(account_id: str, draft: RequestDraft | None) -> list[Started]:
    """The account's sets of views with `draft` (one of the account's), oldest first."""
    if draft is None:
        return []
    rows = db.session().execute(_WITH_REQUEST, {"account": account_id, "draft": draft.id})
    return [Started(*row) for row in rows]


def unfinished_own(draft: RequestDraft | None, started: list[Started]) -> Started | None:
    """The set a young person has not finished on their own request, the newest; None when
    there is none, or the request is not theirs (its views need saying who gives them)."""
    if draft is None or draft.requester_role != "young_person":
        return None
    return next(
        (
            views
            for views in reversed(started)
            if views.author_role == "young_person" and views.ready_at is None
        ),
        None,
    )
