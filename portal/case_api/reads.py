"""Reading a case and its plan, with a short cache and a plain answer when the case
system cannot be reached."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
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


def _read(reference: str, kind: str, held: dict[str, CaseCache] | None = None) -> Read:
    """`held`: what the cache holds for the case, when already read."""
    session = db.session()
    cached = held.get(kind) if held is not None else session.get(CaseCache, (reference, kind))
    ttl = dt.timedelta(seconds=extensions.settings().config.case_api.cache_seconds)
    now = utcnow()
    if cached is not None and now - cached.fetched_at < ttl:
        return Read(cached.body, cached.fetched_at, True)
    client = case_api_client()
    try:
        body = client.get_case(reference) if kind == "case" else client.get_plan(reference)
    except CaseApiError as error:
        if error.status == 404:
            return Read(None, now, True)
        if cached is not None:
            return Read(cached.body, cached.fetched_at, False)
        return Read(None, None, False)
    _keep(reference, kind, body, now)
    return Read(body, now, True)


def _keep(reference: str, kind: str, body: dict[str, Any], now: dt.datetime) -> None:
    """In a session of its own: a read never commits what the request has not finished."""
    with db.session_factory()() as own:
        own.merge(CaseCache(case_reference=reference, kind=kind, body=body, fetched_at=now))
        try:
            own.commit()
        except IntegrityError:  # another request cached the same answer at the same moment
            own.rollback()


def case_status(reference: str) -> Read:
    return _read(reference, "case")


def plan(reference: str) -> Read:
    return _read(reference, "plan")


def case_and_plan(reference: str) -> tuple[Read, Read]:
    """Both, with what the cache holds of them read in one query."""
    rows = db.session().scalars(select(CaseCache).where(CaseCache.case_reference == reference))
    held = {row.kind: row for row in rows}
    return _read(reference, "case", held), _read(reference, "plan", held)
