"""Months written by name where a date's month is asked for in figures: GOV.UK's date
input pattern takes "12", "dec", "Dec." and "December" alike, and so do we, in English and
in the page's language ("grudnia", "decembrie"), with or without the accents."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from babel.dates import get_month_names

# The fewest letters of a month's name that stand for it, as "sep" for September.
SHORTEST = 3


def month_names(languages: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Each month's names, whole and short, as written and standing alone, with its
    number, for each of `languages` in turn."""
    for language in dict.fromkeys(languages):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, language).items():
                    yield name, number


def _plain(text: str) -> str:
    marked = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in marked if not unicodedata.combining(c)).rstrip(".")


@lru_cache(maxsize=16)
def _numbers(language: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for name, number in month_names(["en", language]):
        found.setdefault(_plain(name), number)
    return found


def month_number(typed: str, language: str) -> int | None:
    """The month `typed` names, in English or `language`; None if it names none, or the
    start of more than one."""
    plain = _plain(typed)
    numbers = _numbers(language)
    if plain in numbers:
        return numbers[plain]
    if len(plain) < SHORTEST:
        return None
    starting = {number for name, number in numbers.items() if name.startswith(plain)}
    return starting.pop() if len(starting) == 1 else None
