"""How the account home names a family's unsent requests, in the reader's voice."""

from __future__ import annotations

from flask_babel import pgettext

from portal.cases.service import child_name
from portal.models import RequestDraft
from portal.platform import deadlines
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date, format_time


def continue_labels(drafts: list[RequestDraft], voice: str | None = None) -> list[str]:
    """How a family tells its unsent requests apart: by the child's name and the day it
    was started, with the time too where two for the same child began the same day, or
    by the moment, in the reader's `voice` (portal/platform/voices.py)."""
    days = [(child_name(d.answers), deadlines.council_day(d.created_at)) for d in drafts]
    return [continue_label(d, voice, days.count(days[i]) > 1) for i, d in enumerate(drafts)]


def continue_label(draft: RequestDraft, voice: str | None = None, timed: bool = False) -> str:
    name, day = child_name(draft.answers), format_date(deadlines.council_day(draft.created_at))
    if draft.requester_role == "young_person":  # their own request: not named as another's
        return str(
            pgettext(
                "young person",
                "Continue your own request, started on %(date)s at %(time)s",
                date=day,
                time=format_time(draft.created_at),
            )
        )
    if name and timed:
        return voiced(
            "Continue the request for %(name)s, started on %(date)s at %(time)s",
            voice,
            name=name,
            date=day,
            time=format_time(draft.created_at),
        )
    if name:
        return voiced(
            "Continue the request for %(name)s, started on %(date)s", voice, name=name, date=day
        )
    return voiced(
        "Continue the request you started on %(date)s at %(time)s",
        voice,
        date=day,
        time=format_time(draft.created_at),
    )
