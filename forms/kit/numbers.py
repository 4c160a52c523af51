"""Numbers in the reader's language: one digit system per language, British conventions
for English. The form kit's messages and the portal's pages format counts, dates and
numbers through these, so a page never mixes two digit systems."""

from __future__ import annotations

from babel import Locale
from babel.numbers import format_decimal
from flask_babel import get_locale

BRITISH_ENGLISH = Locale("en", "GB")

# Digits: one system per language. Babel writes Latin digits for every locale (its
# `numbering_system` changes only separators), so the digits are mapped here, after
# formatting, for every date, time and number the portal writes.
# - fa: Persian digits (U+06F0-U+06F9), as the Persian catalogue's fixed text uses.
# - ar: Western Arabic digits (0-9), the usual choice in UK public information in Arabic
#   (NHS, GOV.UK) and what people see in their letters, references and phone numbers.
#   The Arabic catalogue therefore writes its fixed numbers in 0-9 as well.
DIGITS: dict[str, str] = {"fa": "۰۱۲۳۴۵۶۷۸۹"}


def localise_digits(text: str, language: str | None = None) -> str:
    """`text` (Babel's output: Latin digits) in the digits of `language` (default: current)."""
    code = language or str(get_locale() or "en")
    digits = DIGITS.get(code.split("_")[0])
    if not digits:
        return text
    return text.translate(str.maketrans("0123456789", digits))


def formatting_locale() -> Locale:
    """The locale for dates and numbers: British conventions for English."""
    current = get_locale()
    return BRITISH_ENGLISH if current is None or current.language == "en" else current


def format_number(value: int | float) -> str:
    return localise_digits(format_decimal(value, locale=formatting_locale()))


class Count(int):
    """A count that prints itself in the current language's digits (for `%(num)s`)."""

    def __str__(self) -> str:
        return format_number(int(self))
