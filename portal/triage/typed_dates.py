"""Dates of birth as caseworkers type them in the queue's search: in figures (27/3/2015,
27 3 2015, 27-03-2015, 2015-03-27, and with the year short: 27/3/15) or with the month's
name as the portal writes it (17 October 2016, 17 Oct 2016, and in the page's language:
17 października 2016), in any script's digits."""

from __future__ import annotations

import datetime as dt
import re

from flask_babel import get_locale

from forms.kit.months import month_names
from forms.kit.numbers import ascii_digits
from portal.models.folding import folded
from portal.platform import deadlines

_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4}|\d{2})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
# Bulgarian writes its abbreviation for "year" after the year.
_DAY_NAME_YEAR = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_][^\s\d,]*)[\s,]+(\d{4})(?:\s*г\.?)?$")


def _month_numbers() -> dict[str, int]:
    """Each month's names, wide and short, in English and in the page's language."""
    found: dict[str, int] = {}
    for name, number in month_names(["en", str(get_locale() or "en")]):
        found.setdefault(folded(name).rstrip("."), number)
    return found


def _parts(term: str) -> tuple[int, int, int] | None:
    """The day, month and year a term is written as, whether or not they make a date."""
    typed = ascii_digits(term.strip())
    if found := _DAY_MONTH_YEAR.match(typed):
        day, month, year = (int(part) for part in found.groups())
        return day, month, _in_full(year) if len(found[3]) == 2 else year
    if found := _ISO.match(typed):
        year, month, day = (int(part) for part in found.groups())
        return day, month, year
    if found := _DAY_NAME_YEAR.match(typed):
        named = _month_numbers().get(folded(found[2]).rstrip("."))
        return (int(found[1]), named, int(found[3])) if named else None
    return None


def _in_full(year: int) -> int:
    """A year typed short, for a child or young person's birth: this century's, unless
    that is still to come."""
    this_year = deadlines.council_today().year
    return 2000 + year if 2000 + year <= this_year else 1900 + year


def as_date(term: str) -> dt.date | None:
    parts = _parts(term)
    if parts is None:
        return None
    day, month, year = parts
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def not_a_real_date(term: str) -> bool:
    """Written as a date (31/02/2015, 31 February 2015) that no calendar has."""
    return _parts(term) is not None and as_date(term) is None
