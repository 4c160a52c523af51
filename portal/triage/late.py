"""A decision made after it was due: by how many days, and why, in plain words."""

from __future__ import annotations

import datetime as dt

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from forms.kit.numbers import Count

# Why a decision was made after it was due (forms.triage.LATE_REASONS), in a few words.
LATE = {
    "school_closure": _l("advice asked of a school or college about to close for 4 weeks or more"),
    "personal_circumstances": _l("exceptional personal circumstances"),
    "away": _l("away from the area for 4 weeks or more"),
    "none": _l("no exception applies"),
}


def late_decision(due: dt.date, decided_on: dt.date | None, late_reason: str | None) -> str | None:
    """How many days late a decision was and why, in plain words; None if it was not late."""
    if late_reason is None or decided_on is None:
        return None
    days = (decided_on - due).days
    why = LATE.get(late_reason, late_reason)
    # NOTE: Said of a decision made after it was due, in a request's history and summary:
    # %(why)s is the reason, such as "exceptional personal circumstances".
    said = ngettext(
        "Decided %(num)s day late: %(why)s",
        "Decided %(num)s days late: %(why)s",
        Count(days),
        why=why,
    )
    return str(said)
