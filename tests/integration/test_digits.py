"""One digit system per language: Persian pages write every date and count in Persian
digits (as their fixed text does); Arabic uses 0-9, as UK public information in Arabic
does (see portal/i18n.py)."""

from __future__ import annotations

import datetime as dt
import re

from flask import Flask, render_template_string
from flask_babel import force_locale

from portal.case_api.notify import render_email
from portal.platform.i18n import format_date, format_datetime, format_number
from portal.reports.routes import _age_label

LATIN = re.compile(r"[0-9]")
PERSIAN = re.compile(r"[\u06f0-\u06f9]")
ARABIC_INDIC = re.compile(r"[\u0660-\u0669]")


def test_persian_dates_numbers_and_counts_are_in_persian_digits(app: Flask) -> None:
    with app.test_request_context(), force_locale("fa"):
        written = [
            format_date(dt.date(2027, 1, 15)),
            format_datetime(dt.datetime(2027, 1, 15, 10, 30, tzinfo=dt.UTC)),
            format_number(1200),
            _age_label(42, None),
            _age_label(7, 14),
            render_template_string('{{ ngettext("%(num)s day left", "%(num)s days left", 12) }}'),
        ]
    for text in written:
        assert PERSIAN.search(text) and not LATIN.search(text), text


def test_a_persian_email_has_one_digit_system(app: Flask) -> None:
    with app.test_request_context():
        _subject, body = render_email(
            "request_received", "fa", reference="BNT-2027-0042", decision_due=dt.date(2027, 1, 15)
        )
    sentence = next(line for line in body.splitlines() if PERSIAN.search(line))
    assert not LATIN.search(sentence), sentence


def test_arabic_uses_western_digits_throughout(app: Flask) -> None:
    with app.test_request_context(), force_locale("ar"):
        written = [format_date(dt.date(2027, 1, 15)), format_number(1200), _age_label(42, None)]
    for text in written:
        assert LATIN.search(text) and not ARABIC_INDIC.search(text) and not PERSIAN.search(text)


def test_numbers_are_grouped_as_the_browser_groups_them(app: Flask) -> None:
    """The browser writes Persian numbers with `fa-u-nu-arabext` (U+066C between the thousands) and
    Arabic with `ar-u-nu-latn` ("12,000"): the server groups them the same way, so a
    page's hint and GOV.UK Frontend's count never differ."""
    with app.test_request_context(), force_locale("fa"):
        persian = [
            format_number(12000),
            render_template_string('{{ ngettext("%(num)s day left", "%(num)s days left", 3000) }}'),
        ]
    with app.test_request_context(), force_locale("ar"):
        arabic = format_number(12000)
    assert persian[0] == "۱۲٬۰۰۰"
    assert "۳٬۰۰۰" in persian[1] and "," not in persian[1], persian[1]
    assert arabic == "12,000"
