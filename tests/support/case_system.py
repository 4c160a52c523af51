"""The embedded reference case system behind a test app: what it holds, and made to fail on
purpose.

One case system serves the whole test process, so a test reading what reached it looks
only at the entries added after `last_entry_id` it took at its start."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from sqlalchemy import func, select

from devtools.reference_case_system import council_decisions
from devtools.reference_case_system.app import Faults
from devtools.reference_case_system.models import Case, Entry


def faults(app: Flask) -> Faults:
    """The faults of the case system the portal `app` talks to."""
    return app.extensions["case_system"].extensions["case_system"]["faults"]


def sessions(app: Flask) -> Any:
    """The embedded case system's database sessions."""
    return app.extensions["case_system"].extensions["case_system"]["sessions"]


def last_entry_id(app: Flask) -> int:
    with sessions(app)() as session:
        return session.scalar(select(func.coalesce(func.max(Entry.id), 0)))


def entries_since(app: Flask, after: int, reference: str, kind: str) -> list[dict[str, Any]]:
    """The bodies of the `kind` entries on case `reference` added after entry `after`."""
    with sessions(app)() as session:
        return list(
            session.scalars(
                select(Entry.body).where(
                    Entry.case_reference == reference, Entry.kind == kind, Entry.id > after
                )
            )
        )


def decided_on(app: Flask, reference: str, decision: str) -> dt.date:
    """The day the case system holds for the council's `decision` on case `reference`.

    The demonstration cases' days are counted back from the day they were added, which is
    the day before for a test that runs after midnight: read them, do not count again."""
    with sessions(app)() as session:
        found = council_decisions.dates(session, reference)[council_decisions.FIELDS[decision]]
    assert found is not None, f"no {decision} decision on {reference}"
    return dt.date.fromisoformat(found)


def received_on(app: Flask, reference: str) -> dt.date:
    """The day the case system received case `reference`'s request (see `decided_on`)."""
    with sessions(app)() as session:
        case = session.get(Case, reference)
        assert case is not None, reference
        return case.received_on
