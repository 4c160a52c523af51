"""Checks and tidying for what families type, with the GOV.UK Design System's messages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from wtforms import Field, Form, ValidationError
from wtforms.validators import InputRequired, Length, StopValidation

from forms.kit.numbers import Count, ascii_digits

# The check letter alphabet for unique pupil numbers (DfE): no I, O or S.
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
# Royal Mail's postcode format: an area of one or two letters (never Q, V or X first, nor
# I, J or Z second), a district of one or two digits, or a digit and a letter from a short
# list; then a sector digit and two letters, never C, I, K, M, O or V. GIR 0AA is the one
# postcode outside the pattern.
_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]|GIR)"
)
POSTCODE = re.compile(rf"^({_OUTWARD}) ?([0-9][ABD-HJLNP-UW-Z]{{2}})$")
OUTWARD_CODE = re.compile(rf"^{_OUTWARD}$")
NAME_PUNCTUATION = set(" -'’.")


class Required(InputRequired):
    """An answer must be given: what was typed, not only spaces or line breaks (the
    answer's own filters would store those as nothing, and the page would move on)."""

    def __call__(self, form: Form, field: Field) -> None:
        first = field.raw_data[0] if field.raw_data else None
        if first.strip() if isinstance(first, str) else first:
            return
        field.errors[:] = []
        raise StopValidation(self.message or field.gettext("This field is required."))


class LengthOf(Length):
    """At most `max` characters, with GOV.UK's message naming the box: "Your comments
    must be 1,200 characters or fewer"."""

    def __init__(self, max: int, name: Any) -> None:
        super().__init__(max=max)
        self.name = name

    def __call__(self, form: Form, field: Field) -> None:
        if len(field.data or "") > self.max:
            raise ValidationError(
                ngettext(
                    "%(name)s must be %(num)s character or fewer",
                    "%(name)s must be %(num)s characters or fewer",
                    Count(self.max),
                    name=str(self.name),
                )
            )


def squash(value: str | None) -> str | None:
    """Trim a one-line answer and fold runs of spaces; None stays None."""
    return " ".join(value.split()) if isinstance(value, str) else value


# The zero-width non-joiner and joiner are part of how Persian, Arabic-script and Indic
# words are spelt ("groups" in Persian needs its non-joiner): invisible, but kept.
JOINERS = frozenset("\u200c\u200d")


def unseen(ch: str) -> bool:
    """A character nobody sees and no word needs: control and format characters (among them
    the bidirectional overrides and isolates that could disguise text), but not the
    joiners."""
    return ch not in JOINERS and unicodedata.category(ch)[0] == "C"


def tidy_text(value: str | None) -> str | None:
    """Trim a long answer, keep its line breaks, and drop characters nobody can see."""
    if not isinstance(value, str):
        return value
    kept = "".join(ch for ch in value.replace("\r\n", "\n") if ch in "\n\t" or not unseen(ch))
    return kept.strip()


def normalise_postcode(value: str | None) -> str | None:
    if not isinstance(value, str):
        return value
    compact = "".join(ascii_digits(value).upper().split())
    match = POSTCODE.match(compact)
    return f"{match.group(1)} {match.group(2)}" if match else value.strip()


def compact_postcode(value: str | None) -> str | None:
    """A postcode in capitals without spaces, as it is searched for; None if it is not one."""
    if not isinstance(value, str):
        return None
    compact = "".join(ascii_digits(value).upper().split())
    return compact if POSTCODE.match(compact) else None


def outward_code(value: str | None) -> str | None:
    """The first part of a postcode (the area, "EN5" of "EN5 4AB") as typed alone, in
    capitals without spaces; None if it could not be one."""
    if not isinstance(value, str):
        return None
    compact = "".join(ascii_digits(value).upper().split())
    return compact if OUTWARD_CODE.match(compact) else None


def normalise_phone(value: str | None) -> str | None:
    """The number without spaces, hyphens, brackets and full stops, in digits 0-9."""
    if not isinstance(value, str):
        return value
    return "".join(ch for ch in ascii_digits(value) if ch not in " -().")


def normalise_upn(value: str | None) -> str | None:
    """A unique pupil number in capitals without spaces, in digits 0-9."""
    return "".join(ascii_digits(value).upper().split()) if isinstance(value, str) else value


def _all_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def person_name(label: str) -> Callable[[Form, Field], None]:
    """Letters from any script, with spaces, hyphens, apostrophes and full stops."""

    def check(_form: Form, field: Field) -> None:
        if not field.data:
            return
        if any(
            not (ch in NAME_PUNCTUATION or unicodedata.category(ch)[0] in "LM") for ch in field.data
        ):
            raise ValidationError(
                _l(
                    "%(label)s must only include letters, spaces, hyphens and apostrophes",
                    label=label,
                )
            )

    return check


def uk_postcode(_form: Form, field: Field) -> None:
    if field.data and not POSTCODE.match(field.data):
        raise ValidationError(_l("Enter a real postcode, like SW1A 1AA"))


def phone_number(_form: Form, field: Field) -> None:
    if not field.data:
        return
    number = field.data
    national = number[3:] if number.startswith("+44") else number
    if number.startswith("+") and not number.startswith("+44"):
        valid = _all_digits(number[1:]) and 8 <= len(number) - 1 <= 15
    else:
        national = "0" + national.lstrip("0") if number.startswith("+44") else national
        valid = _all_digits(national) and national.startswith("0") and len(national) in (10, 11)
    if not valid:
        raise ValidationError(
            _l("Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")
        )


EMAIL_FORMAT = _l("Enter an email address in the correct format, like name@example.com")


def is_email_address(value: str) -> bool:
    """Something before one @ and, after it, a domain with a dot in it ("bad@" and
    "sam@example" are not); the domain is not looked up."""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def email_address(_form: Form, field: Field) -> None:
    """Every form's check of an email address, with the GOV.UK message."""
    if field.data and not is_email_address(field.data):
        raise ValidationError(EMAIL_FORMAT)


def uk_mobile_number(value: str | None) -> str | None:
    """A UK mobile number as 07… (11 digits), from what was typed with or without +44 or
    0044, a (0) and spaces; None if it is not one."""
    if not isinstance(value, str):
        return None
    number = normalise_phone(value) or ""
    for prefix in ("+44", "0044"):
        if number.startswith(prefix):
            number = "0" + number.removeprefix(prefix).removeprefix("0")
            break
    ok = len(number) == 11 and _all_digits(number) and number.startswith("07")
    return number if ok else None


def uk_mobile(_form: Form, field: Field) -> None:
    if field.data and uk_mobile_number(field.data) is None:
        raise ValidationError(
            _l("Enter a UK mobile number, like 07700 900 982 or +44 7700 900 982")
        )


def upn_check_letter(body: str) -> str:
    """The check letter for the 12 characters after it (a letter may end temporary UPNs)."""
    total = 0
    for weight, ch in enumerate(body, start=2):
        total += weight * (UPN_LETTERS.index(ch) if ch.isalpha() else int(ch))
    return UPN_LETTERS[total % 23]


def unique_pupil_number(_form: Form, field: Field) -> None:
    if not field.data:
        return
    upn = field.data
    shape_ok = (
        len(upn) == 13
        and upn[0] in UPN_LETTERS
        and _all_digits(upn[1:12])
        and (_all_digits(upn[12]) or upn[12] in UPN_LETTERS)
    )
    if not shape_ok:
        raise ValidationError(
            _l("Unique pupil number must be a letter followed by 12 numbers, like H801200001001")
        )
    if upn_check_letter(upn[1:]) != upn[0]:
        raise ValidationError(_l("Check the unique pupil number: it is not a real one"))


def age_on(born: dt.date, day: dt.date) -> int:
    """Full years from `born` to `day`."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


# Who may act as a young person for themselves: ask for their own assessment, hold their
# own link code. "Aged 16 to 25", as those questions say: from 16, until 26 (a plan may
# be kept until the end of the school year in which a young person turns 25).
YOUNG_PERSON_AGES = (16, 25)
# The oldest anyone may be asked an assessment for: a young person is under 25 (the
# Children and Families Act 2014, section 83(2)).
OLDEST_ASSESSED = 24


def young_person_age(born: dt.date, day: dt.date) -> bool:
    youngest, oldest = YOUNG_PERSON_AGES
    return youngest <= age_on(born, day) <= oldest


def date_of_birth_age(
    today: Callable[[], dt.date], youngest: int, oldest: int, too_young: str, too_old: str
) -> Callable[[Form, Field], None]:
    """Refuse a date of birth that makes the person younger or older than allowed."""

    def check(_form: Form, field: Field) -> None:
        born = field.data
        if not isinstance(born, dt.date):
            return
        age = age_on(born, today())
        if age < youngest:
            raise ValidationError(too_young)
        if age > oldest:
            raise ValidationError(too_old)

    return check


# A case reference in the council's case system, as caseworkers type it.
CASE_REFERENCE_PATTERN = r"^[A-Z0-9][A-Z0-9-]{3,31}$"

_REFERENCE_PARTS = re.compile(r"^([A-Z]*)(\d{4})?(\d{6})$")


def reference_parts(typed: str) -> tuple[str, str | None, str] | None:
    """The letters, year and number of a reference as caseworkers type it: any case, with
    spaces, hyphens or nothing between its parts (bnt 2026 641403, BNT2026641403,
    2026-641403, 641403); None if it is not one."""
    compact = re.sub(r"[^A-Z0-9]", "", typed.upper())
    found = _REFERENCE_PARTS.match(compact)
    if not found:
        return None
    letters, year, number = found.groups()
    return letters, year, number


def canonical_reference(typed: str | None) -> str | None:
    """A reference typed with its letters and year in full, as the case system writes it
    (BNT-2026-641403); anything else in capitals, without the spaces around it."""
    if not isinstance(typed, str):
        return typed
    parts = reference_parts(typed)
    if parts is None or not parts[0] or not parts[1]:
        return typed.strip().upper()
    letters, year, number = parts
    return f"{letters}-{year}-{number}"
