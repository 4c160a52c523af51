"""What people said, for managers: counts, satisfaction over time, the comments with
contact details masked, and a CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update

from feedback.models import Feedback
from portal.models.base import utcnow
from portal.platform import db, deadlines
from portal.platform.charts import Bar
from portal.platform.i18n import language_name
from portal.platform.spreadsheets import safe_cell

EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+")
# UK numbers, in digits 0-9 or typed in Persian or Arabic-Indic digits (\d is any digit)
PHONE = re.compile(r"(?:\+[4\u06f4\u0664]{2}\s?|\b[0\u06f0\u0660])(?:[\s()-]*\d){9,10}\b")
# The months charted, at most: on a phone, more than 14 months' labels (in Persian or
# Arabic) run into each other.
MONTHS_SHOWN = 12


def mask(text: str | None) -> str:
    """Free text with any email address or phone number in it hidden."""
    if not text:
        return ""
    masked = EMAIL.sub(gettext("[email address removed]"), text)
    return PHONE.sub(gettext("[phone number removed]"), masked)


@dataclass(frozen=True)
class Filters:
    service: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    contact_wanted: bool = False  # only those who asked to be contacted


def matching(filters: Filters) -> list[Feedback]:
    query = select(Feedback).order_by(Feedback.received_at.desc())
    if filters.service:
        query = query.where(Feedback.service == filters.service)
    if filters.contact_wanted:
        query = query.where(Feedback.contact_wanted.is_(True))
    if filters.since:
        query = query.where(
            Feedback.received_at >= dt.datetime.combine(filters.since, dt.time(), dt.UTC)
        )
    if filters.until and filters.until < dt.date.max:
        query = query.where(
            Feedback.received_at
            < dt.datetime.combine(filters.until + dt.timedelta(days=1), dt.time(), dt.UTC)
        )
    return list(db.session().scalars(query))


def counts(found: list[Feedback]) -> dict[int, int]:
    """How many gave each score, 5 (very satisfied) to 1."""
    return {score: sum(1 for f in found if f.satisfaction == score) for score in range(5, 0, -1)}


def _month(day: dt.date, later: int = 0) -> dt.date:
    """The first day of `day`'s month, or of the month `later` months on (back if less than 0)."""
    year, month = divmod(day.year * 12 + day.month - 1 + later, 12)
    return dt.date(year, month + 1, 1)


def months_charted(filters: Filters, today: dt.date) -> tuple[list[dt.date], bool]:
    """The first day of each month the chart shows, and whether the period chosen has
    earlier months than those: the period's months, to this month at the latest (a month
    to come has no responses yet), the latest MONTHS_SHOWN of them. Without a From date,
    the MONTHS_SHOWN months to the end of the period."""
    last = _month(min(filters.until or today, today))
    first = _month(filters.since) if filters.since else _month(last, 1 - MONTHS_SHOWN)
    month = max(first, _month(last, 1 - MONTHS_SHOWN))
    months = []
    while month <= last:
        months.append(month)
        month = _month(month, 1)
    return months, bool(months) and first < months[0]


def satisfied_by_month(
    found: list[Feedback], months: list[dt.date], month_label: Callable[[dt.date], str]
) -> list[tuple[Bar, int]]:
    """For each month (its first day): the share satisfied or very satisfied, in per cent
    (None if nobody answered), and how many answered."""
    result = []
    for start in months:
        scores = [
            f.satisfaction
            for f in found
            if deadlines.council_day(f.received_at).replace(day=1) == start
        ]
        share = round(100 * sum(1 for s in scores if s >= 4) / len(scores)) if scores else None
        result.append((Bar(month_label(start), share), len(scores)))
    return result


# The spreadsheet's columns: the report page's own words, in the manager's language.
COLUMNS = (
    _l("Received"),
    _l("Service"),
    _l("How people felt"),
    _l("What worked well"),
    _l("What could be better"),
    _l("Language"),
    _l("Contact them"),
)


def as_csv(
    found: list[Feedback], service_names: dict[str, str], satisfaction_names: dict[str, str]
) -> str:
    """The responses as the manager read them on the report, in the same language: the
    page's column names, services and how people felt in words (never a score the page
    does not show). The day stays YYYY-MM-DD in digits 0-9, so that any spreadsheet
    sorts and filters by it. A byte order mark first:
    without it Excel reads UTF-8 as Windows-1252, and Arabic or Polish comes out garbled."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([str(column) for column in COLUMNS])
    for f in found:
        contact = f.contact or {}
        writer.writerow(
            [
                safe_cell(value)
                for value in (
                    deadlines.council_day(f.received_at).isoformat(),
                    service_names.get(f.service, f.service),
                    satisfaction_names.get(str(f.satisfaction), f.satisfaction),
                    mask(f.worked_well),
                    mask(f.could_be_better),
                    language_name(f.language),
                    " / ".join(v for v in contact.values() if v) if f.contact_wanted else "",
                )
            ]
        )
    return buffer.getvalue()


def anonymise_old(app: Flask, days: int) -> int:
    """Remove the free text and any contact details from feedback past its period, and
    unlink it from the account it was kept with: what is left (the service and the score)
    is no one's, and "Your data" no longer lists it."""

    cutoff = utcnow() - dt.timedelta(days=days)
    with app.app_context(), db.session_factory(app)() as session:
        done = session.execute(
            update(Feedback)
            .where(Feedback.received_at < cutoff, Feedback.anonymised_at.is_(None))
            .values(
                worked_well=None,
                could_be_better=None,
                contact=None,
                contact_wanted=False,
                account_id=None,
                anonymised_at=utcnow(),
            )
        )
        session.commit()
        return done.rowcount or 0
