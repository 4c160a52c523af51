"""Days, moments and times of day as a person reads them: in UK time, in their language,
in their language's digits."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from babel import Locale
from babel import dates as babel_dates

from forms.kit.numbers import formatting_locale, localise_digits
from portal.platform import deadlines


def format_date(value: dt.date, format: str = "long") -> str:
    """The day, in the current language; a moment (a datetime, kept in UTC) is written as
    the UK day it fell on: 23:30 UTC on 30 June is 1 July in British Summer Time.

    "medium" is the short day of staff lists and tables, with its month in words in every
    language ("12 Mar 2026", Arabic "12 مارس 2026", Bulgarian "12 март 2026"), where CLDR's
    own medium style writes Arabic's and Bulgarian's in figures ("12/03/2026")."""
    if isinstance(value, dt.datetime):
        value = _in_uk_time(value).date()
    locale = formatting_locale()
    if format == "medium":
        format = _short_day_in_words(locale)
    return localise_digits(babel_dates.format_date(value, format=format, locale=locale))


def _short_day_in_words(locale: Locale) -> str:
    """The language's shortest pattern for a day whose month is a word: its day, short
    month and year ("d MMM y"), or the whole month's name where the short one is figures
    (Bulgarian's, "d.MM.y" and its word for year)."""
    for skeleton in ("yMMMd", "yMMMMd"):
        pattern = str(locale.datetime_skeletons.get(skeleton, ""))
        if re.search(r"MMM|LLL", re.sub(r"'[^']*'", "", pattern)):
            return pattern
    return "d MMMM y"


def _in_uk_time(moment: dt.datetime) -> dt.datetime:
    """A moment kept in UTC (naive when a database gives it so) as UK time shows it."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(deadlines.LONDON)


def format_datetime(value: dt.datetime, format: str = "medium") -> str:
    """A moment as people in the council's area read it: UK time, in their language.

    "medium" is the short day of `format_date` (its month in words) and the locale's short
    time ("14 Oct 2026, 13:00" in English): CLDR's own medium time has seconds, which
    nobody reads. "long" is the whole day, as a summary writes days, and the short time
    ("14 October 2026 at 13:00"): CLDR's own long time names the time zone."""
    locale = formatting_locale()
    if format not in ("medium", "long"):
        written = babel_dates.format_datetime(
            value, format=format, tzinfo=deadlines.LONDON, locale=locale
        )
        return localise_digits(written)
    local = _in_uk_time(value)
    day = _short_day_in_words(locale) if format == "medium" else "long"
    date = babel_dates.format_date(local, format=day, locale=locale)
    time = _unbroken(babel_dates.format_time(local, format="short", locale=locale))
    style: Literal["medium", "long"] = "medium" if format == "medium" else "long"
    pattern = str(babel_dates.get_datetime_format(style, locale=locale)).replace("'", "")
    return localise_digits(pattern.replace("{0}", time).replace("{1}", date))


def format_time(value: dt.datetime) -> str:
    """The time of day in UK time, as the current language writes it."""
    written = babel_dates.format_time(
        value, format="short", tzinfo=deadlines.LONDON, locale=formatting_locale()
    )
    return localise_digits(_unbroken(written))


def _unbroken(time: str) -> str:
    """A time with no-break spaces: a line never ends between Arabic's "2:18" and its
    "م" (pm)."""
    return time.replace(" ", "\u00a0")
