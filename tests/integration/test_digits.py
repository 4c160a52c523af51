"""One digit system per language: Persian pages write every date and count in Persian
digits (as their fixed text does); Arabic uses 0-9, as UK public information in Arabic
does (see portal/i18n.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask, render_template_string
from flask.testing import FlaskClient
from flask_babel import force_locale

from portal.case_api.notify import render_email
from portal.platform import deadlines
from portal.platform.i18n import format_number, format_percent
from portal.platform.written_dates import format_date, format_datetime
from portal.reports.routes import _age_label
from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.queue import add_request

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


def test_polish_and_bulgarian_group_from_five_digits(app: Flask) -> None:
    """As browsers do (CLDR's minimum grouping digits): "5000" but "50 000" in Polish and
    Bulgarian; Romanian groups from four digits ("5.000")."""
    written = {}
    for language in ("pl", "bg", "ro"):
        with app.test_request_context(), force_locale(language):
            written[language] = [format_number(5000), format_number(50000)]
    assert written["pl"] == ["5000", "50\xa0000"]
    assert written["bg"] == ["5000", "50\xa0000"]
    assert written["ro"] == ["5.000", "50.000"]


@pytest.mark.parametrize(
    ("language", "written"),
    [("en", "50%"), ("fa", "۵۰٪"), ("ar", "50%"), ("tr", "%50"), ("ro", "50\xa0%")],
)
def test_a_percentage_has_the_percent_sign_of_the_language_digits(
    app: Flask, language: str, written: str
) -> None:
    """Persian writes its digits with "٪" (U+066A, CLDR's sign for them), not "%"; Arabic,
    in 0-9, keeps "%"."""
    with app.test_request_context(), force_locale(language):
        assert format_percent(50) == written


def _latin_digits_shown(response) -> list[str]:  # type: ignore[no-untyped-def]
    """Each text in the page's main part, chart labels too, that has a digit 0-9 (the
    name SEN2 aside: it is the DfE's, kept as it is)."""
    main = page(response).select_one("main")
    assert main is not None
    return [text for text in main.stripped_strings if LATIN.search(text.replace("SEN2", ""))]


def _decided(app: Flask, reference: str, days_taken: int) -> None:
    add_request(
        app,
        reference,
        "Ada",
        received_days_ago=days_taken,
        status="decided_assess",
        decided_on=deadlines.council_today(),
    )


def test_persian_manager_pages_write_every_number_in_persian_digits(
    app: Flask, client: FlaskClient
) -> None:
    """A tester read "Decisions made: 2", "36.0", chart bars "0", "1", "4", table counts
    and "سرشماری 2027" in Latin digits on the Persian manager pages."""
    _decided(app, "BNT-ONE", 35)
    _decided(app, "BNT-TWO", 37)
    add_request(app, "BNT-OPEN", "Bea", received_days_ago=3)
    post(client, "/feedback/", {"service": "sen_team", "satisfaction": "5"})
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    for path in ("/caseworker/dashboard", "/feedback/reports", "/caseworker/sen2"):
        shown = manager.get(f"{path}?lang=fa")
        assert shown.status_code == 200
        assert _latin_digits_shown(shown) == [], path
        assert PERSIAN.search(page(shown).select_one("main").get_text()), path  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("days", "language", "median"),
    [
        ((35, 37), "en", "36"),
        ((35, 37), "fa", "۳۶"),
        ((33,), "fa", "۳۳"),
        ((30, 37), "en", "33.5"),
        ((30, 37), "pl", "33,5"),
        ((30, 37), "tr", "33,5"),
        ((30, 37), "fa", "۳۳٫۵"),
    ],
)
def test_the_median_is_written_as_the_language_writes_a_number(
    app: Flask, days: tuple[int, ...], language: str, median: str
) -> None:
    """ "36.0" was shown in every language, and "33" when the count was odd: a whole median
    has no decimals, a half has one, in the language's digits and decimal sign."""
    for n, taken in enumerate(days):
        _decided(app, f"BNT-{n}", taken)
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    shown = page(manager.get(f"/caseworker/dashboard?lang={language}"))
    values = shown.select(".govuk-summary-list")[0].select(".govuk-summary-list__value")
    assert values[0].get_text(strip=True) == format_in(app, language, len(days))
    assert values[2].get_text(strip=True) == median


def format_in(app: Flask, language: str, value: int) -> str:
    with app.test_request_context(), force_locale(language):
        return format_number(value)


def test_the_persian_dashboard_writes_the_share_decided_in_time_with_the_persian_sign(
    app: Flask,
) -> None:
    """A tester read Persian digits with "%" for "Decided within 6 weeks" on the Persian
    dashboard."""
    _decided(app, "BNT-IN-TIME", 20)
    _decided(app, "BNT-LATE", 50)
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    shown = page(manager.get("/caseworker/dashboard?lang=fa"))
    values = shown.select(".govuk-summary-list")[0].select(".govuk-summary-list__value")
    in_time = values[1].get_text(strip=True)
    assert in_time.startswith("۵۰٪"), in_time
    assert "%" not in in_time, in_time
