"""Reading a case and its plan, with a short cache and a plain answer when the case
system cannot be reached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Update, bindparam, select, update
from sqlalchemy.exc import IntegrityError

from portal.case_api.client import CaseApiError
from portal.case_api.setup import case_api_client
from portal.models import CaseCache
from portal.models.base import utcnow
from portal.platform import db, extensions


@dataclass(frozen=True)
class Read:
    body: dict[str, Any] | None
    fetched_at: dt.datetime | None
    fresh: bool  # False: the case system did not answer; body is the last copy, if any


READERS = {
    "case": lambda client, reference: client.get_case(reference),
    "plan": lambda client, reference: client.get_plan(reference),
    "review": lambda client, reference: client.get_review(reference),
}


def _read(reference: str, kind: str, held: dict[str, CaseCache] | None = None) -> Read:
    """`held`: what the cache holds for the case, when already read."""
    session = db.session()
    cached = held.get(kind) if held is not None else session.get(CaseCache, (reference, kind))
    ttl = cache_ttl()
    now = utcnow()
    if cached is not None and now - cached.fetched_at < ttl:
        return Read(cached.body, cached.fetched_at, True)
    client = case_api_client()
    try:
        body = READERS[kind](client, reference)
    except CaseApiError as error:
        if error.status == 404:
            return Read(None, now, True)
        if cached is not None:
            return Read(cached.body, cached.fetched_at, False)
        return Read(None, None, False)
    _keep(reference, kind, body, now)
    return Read(body, now, True)


def cache_ttl() -> dt.timedelta:
    """How long an answer of the case system is kept before it is asked again."""
    return dt.timedelta(seconds=extensions.settings().config.case_api.cache_seconds)


def _keep(reference: str, kind: str, body: dict[str, Any], now: dt.datetime) -> None:
    """In a session of its own: a read never commits what the request has not finished."""
    with db.session_factory()() as own:
        own.merge(CaseCache(case_reference=reference, kind=kind, body=body, fetched_at=now))
        try:
            own.commit()
        except IntegrityError:  # another request cached the same answer at the same moment
            own.rollback()


def expire(references: set[str], now: dt.datetime, cache_seconds: int) -> Update:
    """Mark what is kept of these cases out of date, so the next page asks the case system,
    yet keep it, so a page can still be shown from it while the case system is down."""
    expired = now - dt.timedelta(seconds=cache_seconds + 1)
    return (
        update(CaseCache)
        .where(CaseCache.case_reference.in_(references), CaseCache.fetched_at > expired)
        .values(fetched_at=expired)
    )


def case_status(reference: str, held: dict[str, CaseCache] | None = None) -> Read:
    """`held`: what the cache holds for the case by kind, when already read (empty when
    it holds nothing)."""
    return _read(reference, "case", held)


def plan(reference: str, held: dict[str, CaseCache] | None = None) -> Read:
    """`held`: as for `case_status`."""
    return _read(reference, "plan", held)


def review(reference: str, held: dict[str, CaseCache] | None = None) -> Read:
    """The current or latest annual review; no body when the case has no plan to review.
    `held`: as for `case_status`."""
    return _read(reference, "review", held)


_CACHED = select(CaseCache).where(CaseCache.case_reference == bindparam("reference"))


def case_and_plan(reference: str) -> tuple[Read, Read]:
    """Both, with what the cache holds of them read in one query."""
    case, plan, _ = case_plan_and_review(reference, reviewed=lambda case, plan: False)
    return case, plan


def case_plan_and_review(
    reference: str,
    reviewed: Callable[[Read, Read], bool],
    held: dict[str, CaseCache] | None = None,
) -> tuple[Read, Read, Read | None]:
    """The case and its plan, and its review when `reviewed(case, plan)`: what the cache holds
    of all three read in one query, or given as `held` by kind when already read (the
    held rows are kept here, so the review is not read again from the database once the
    session has let go of them)."""
    if held is None:
        held = {row.kind: row for row in db.session().scalars(_CACHED, {"reference": reference})}
    case, plan = _read(reference, "case", held), _read(reference, "plan", held)
    return case, plan, _read(reference, "review", held) if reviewed(case, plan) else None
