"""The managers' feedback report and its CSV in the language the manager reads: the
spreadsheet's column names and values are the page's words (satisfaction as words, not
scores), a chart's bars say they are per cent, and comments are dated in words."""

from __future__ import annotations

import csv
import io
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext

from portal.platform import deadlines
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.pages import page, post

SENT = [
    {"service": "sen_team", "satisfaction": "4", "worked_well": "Quick replies"},
    {"service": "website", "satisfaction": "2", "could_be_better": "Hard to find"},
]
COLUMNS = (
    "Received",
    "Service",
    "How people felt",
    "What worked well",
    "What could be better",
    "Language",
    "Contact them",
)


@pytest.fixture
def manager(app: Flask, client: FlaskClient) -> FlaskClient:
    for answers in SENT:
        post(client, "/feedback/", answers)
    signed_in = app.test_client()
    sign_in(signed_in, "staff", "manager@council.example")
    return signed_in


def words(app: Flask, language: str, *english: str) -> list[str]:
    with app.test_request_context(), force_locale(language):
        return [gettext(text) for text in english]


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_csv_is_in_the_language_the_manager_reads(
    app: Flask, manager: FlaskClient, language: str
) -> None:
    exported = manager.get(f"/feedback/reports.csv?lang={language}")
    assert exported.status_code == 200
    assert exported.data.startswith("\ufeff".encode()), "Excel reads it as UTF-8"
    rows = list(csv.reader(io.StringIO(exported.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == words(app, language, *COLUMNS)
    by_service = {row[1]: row for row in rows[1:]}
    website, team = words(app, language, "This website", "The SEN team")
    assert set(by_service) == {website, team}, rows
    assert by_service[team][2] == words(app, language, "Satisfied")[0]
    assert by_service[website][2] == words(app, language, "Dissatisfied")[0]
    today = deadlines.council_today().isoformat()
    assert {row[0] for row in rows[1:]} == {today}, "a date any spreadsheet sorts: YYYY-MM-DD"


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_report_writes_per_cent_and_dates_in_words(
    app: Flask, manager: FlaskClient, language: str
) -> None:
    shown = page(manager.get(f"/feedback/reports?lang={language}"))
    labels = [t.get_text(strip=True) for t in shown.select("svg[role=img] .portal-chart__number")]
    drawn = [label for label in labels if label != "–"]
    sign = "٪" if language == "fa" else "%"  # Persian writes its own per cent sign
    assert drawn and all(sign in label for label in drawn), labels
    with app.test_request_context(), force_locale(language):
        day = format_date(deadlines.council_today(), "long")
    titles = [t.get_text(" ", strip=True) for t in shown.select(".govuk-summary-card__title")]
    assert len(titles) == 2 and all(day in title for title in titles), (day, titles)
    assert not any(re.search(r"\d/\d|[۰-۹]/[۰-۹]", title) for title in titles), titles
