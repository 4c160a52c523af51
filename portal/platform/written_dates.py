"""Days, moments and times of day as a person reads them: in UK time, in their language,
in their language's digits."""

from __future__ import annotations

import datetime as dt

from babel import dates as babel_dates

from forms.kit.numbers import formatting_locale, localise_digits
from portal.platform import deadlines


def format_date(value: dt.date, format: str = "long") -> str:
    """The day, in the current language; a moment (a datetime, kept in UTC) is written as
    the UK day it fell on: 23:30 UTC on 30 June is 1 July in British Summer Time."""
    if isinstance(value, dt.datetime):
        value = _in_uk_time(value).date()
    return localise_digits(
        babel_dates.format_date(value, format=format, locale=formatting_locale())
    )


def _in_uk_time(moment: dt.datetime) -> dt.datetime:
    """A moment kept in UTC (naive when a database gives it so) as UK time shows it."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(deadlines.LONDON)


def format_datetime(value: dt.datetime, format: str = "medium") -> str:
    """A moment as people in the council's area read it: UK time, in their language.

    "medium" is the locale's medium date and its short time ("14 Oct 2026, 13:00" in
    English): CLDR's own medium time has seconds, which nobody reads."""
    locale = formatting_locale()
    if format != "medium":
        written = babel_dates.format_datetime(
            value, format=format, tzinfo=deadlines.LONDON, locale=locale
        )
        return localise_digits(written)
    local = _in_uk_time(value)
    date = babel_dates.format_date(local, format="medium", locale=locale)
    time = babel_dates.format_time(local, format="short", locale=locale)
    pattern = str(babel_dates.get_datetime_format("medium", locale=locale)).replace("'", "")
    return localise_digits(pattern.replace("{0}", time).replace("{1}", date))


def format_time(value: dt.datetime) -> str:
    """The time of day in UK time, as the current language writes it."""
    return localise_digits(
        babel_dates.format_time(
            value,
            format="short",
            tzinfo=deadlines.LONDON,
            locale=formatting_locale(),
        )
    )
