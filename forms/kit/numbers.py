"""Numbers in the reader's language: one digit system per language, British conventions
for English. The form kit's messages and the portal's pages format counts, dates and
numbers through these, so a page never mixes two digit systems."""

from __future__ import annotations

import unicodedata

from babel import Locale
from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_percent
from flask_babel import get_locale

BRITISH_ENGLISH = Locale("en", "GB")

# Digits: one system per language. Babel writes Latin digits for every locale (its
# `numbering_system` changes only separators, which `format_number` takes from
# NUMBERING_SYSTEMS below), so the digits are mapped here, after formatting, for every
# date, time and number the portal writes.
# - fa: Persian digits (U+06F0-U+06F9), as the Persian catalogue's fixed text uses.
# - ar: Western Arabic digits (0-9), the usual choice in UK public information in Arabic
#   (NHS, GOV.UK) and what people see in their letters, references and phone numbers.
#   The Arabic catalogue therefore writes its fixed numbers in 0-9 as well.
DIGITS: dict[str, str] = {"fa": "۰۱۲۳۴۵۶۷۸۹"}

# The same choice for the numbers the browser writes (GOV.UK Frontend's character count
# and the time-out countdown format with `Intl.NumberFormat`): a Unicode numbering-system
# extension (BCP 47 `-u-nu-`) for each language whose digits are not Latin or whose
# browsers disagree about the default. Without it `ar` gives Arabic-Indic digits in
# browsers that follow CLDR's default for Arabic, against our choice of 0-9. The server
# formats with the same system, so its separators match the browser's too: Persian
# groups with U+066C ARABIC THOUSANDS SEPARATOR (arabext's), Arabic with "," (latn's).
NUMBERING_SYSTEMS: dict[str, str] = {"ar": "latn", "fa": "arabext"}

# CLDR's minimum grouping digits, which Babel does not apply and browsers do: Polish and
# Bulgarian write a four-digit number whole ("5000") and group from five digits
# ("50 000"). Every other language here groups from four digits (1).
MINIMUM_GROUPING_DIGITS: dict[str, int] = {"bg": 2, "pl": 2}


def _grouped(value: int | float, locale: Locale) -> bool:
    """Whether `value`'s whole part is long enough for the language to group its digits."""
    return abs(value) >= 10 ** (2 + MINIMUM_GROUPING_DIGITS.get(locale.language, 1))


def localise_digits(text: str, language: str | None = None) -> str:
    """`text` (Babel's output: Latin digits) in the digits of `language` (default: current)."""
    code = language or str(get_locale() or "en")
    digits = DIGITS.get(code.split("_")[0])
    if not digits:
        return text
    return text.translate(str.maketrans("0123456789", digits))


def ascii_digits(text: str) -> str:
    """`text` with each decimal digit of another script (Persian U+06F0-U+06F9,
    Arabic-Indic U+0660-U+0669 and the like) written 0-9, as phone numbers, postcodes and
    pupil numbers are kept."""
    return "".join(
        str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in text
    )


def number_language(language: str | None = None) -> str:
    """The language tag a browser formats numbers with, so that it writes the digits the
    server writes: `ar-u-nu-latn`, `fa-u-nu-arabext`, or the plain code elsewhere."""
    code = (language or str(get_locale() or "en")).split("_")[0]
    system = NUMBERING_SYSTEMS.get(code)
    return f"{code}-u-nu-{system}" if system else code


def formatting_locale() -> Locale:
    """The locale for dates and numbers: British conventions for English."""
    current = get_locale()
    return BRITISH_ENGLISH if current is None or current.language == "en" else current


def format_number(value: int | float) -> str:
    """`value` with the separators of the language's numbering system, as the browser
    writes them for `number_language()` (Persian: U+066C between the thousands)."""
    locale = formatting_locale()
    system = NUMBERING_SYSTEMS.get(locale.language, "latn")
    grouped = _grouped(value, locale)
    return localise_digits(
        format_decimal(value, locale=locale, group_separator=grouped, numbering_system=system)
    )


def format_percent(value: int | float) -> str:
    """`value` per cent as the language writes it, in its digits: "50%", Turkish "%50",
    Romanian "50 %", and Persian in its digits with U+066A "٪" (CLDR's sign for
    its own digits)."""
    locale = formatting_locale()
    system = NUMBERING_SYSTEMS.get(locale.language, "latn")
    grouped = _grouped(value, locale)
    written = babel_percent(
        value / 100, locale=locale, group_separator=grouped, numbering_system=system
    )
    if system != "latn":
        # Babel writes "%" whatever the numbering system. Only non-Latin systems take
        # CLDR's sign: Arabic's latn sign has bidi marks around "%", which we leave out.
        written = written.replace("%", locale.number_symbols[system]["percentSign"])
    return localise_digits(written)


class Count(int):
    """A count that prints itself in the current language's digits (for `%(num)s`)."""

    def __str__(self) -> str:
        return format_number(int(self))
