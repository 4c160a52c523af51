"""The three-box date field refuses any year, however large, with GOV.UK's message."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict

from forms.kit.question import DateInputField
from portal.platform import deadlines


class DateForm(FlaskForm):
    born = DateInputField("Date of birth", name_in_errors="Date of birth")


@pytest.mark.parametrize(
    "parts",
    [
        ["1", "1", "99999999999999999999"],
        ["99999999999999999999", "1", "2000"],
        ["1", "99999999999999999999", "2000"],
        ["1", "1", "10000"],
        ["1", "1", "-5"],
        ["1", "1", "٢٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠"],
    ],
)
def test_a_huge_number_in_any_box_is_not_a_real_date(app: Flask, parts: list[str]) -> None:
    with app.test_request_context(method="POST"):
        form = DateForm(formdata=MultiDict([("born", p) for p in parts]), meta={"csrf": False})
        assert not form.validate()
        assert form.born.errors == ["Date of birth must be a real date"]


@pytest.mark.parametrize(
    ("parts", "message", "marked"),
    [
        (["", "3", "2015"], "Date of birth must include a day", ("day",)),
        (["14", "", "2015"], "Date of birth must include a month", ("month",)),
        (["14", "3", ""], "Date of birth must include a year", ("year",)),
        (["", "", "2015"], "Date of birth must include a day and month", ("day", "month")),
        (["", "3", ""], "Date of birth must include a day and year", ("day", "year")),
        (["14", "", ""], "Date of birth must include a month and year", ("month", "year")),
    ],
)
def test_an_incomplete_date_names_everything_missing(
    app: Flask, parts: list[str], message: str, marked: tuple[str, ...]
) -> None:
    with app.test_request_context(method="POST"):
        form = DateForm(formdata=MultiDict([("born", p) for p in parts]), meta={"csrf": False})
        assert not form.validate()
        assert form.born.errors == [message]
        assert form.born.wrong_parts == marked


def test_a_date_in_the_past_may_be_today_in_the_uk_while_utc_is_still_yesterday(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on 1 June in British Summer Time (23:30 UTC on 31 May), a mediation
    certificate or a birth dated 1 June is not in the future; 2 June is."""
    half_past_midnight = dt.datetime(2026, 5, 31, 23, 30, tzinfo=dt.UTC)
    monkeypatch.setattr(deadlines, "now", lambda: half_past_midnight)

    def errors(parts: list[str]) -> list[str]:
        with app.test_request_context(method="POST"):
            data = MultiDict([("born", p) for p in parts])
            form = DateForm(formdata=data, meta={"csrf": False})
            form.validate()
            return list(form.born.errors)

    assert errors(["1", "6", "2026"]) == []
    assert errors(["2", "6", "2026"]) == ["Date of birth must be today or in the past"]


@pytest.mark.parametrize("year", ["26", "202", "٢٦"])
def test_a_year_of_fewer_than_4_numbers_says_so(app: Flask, year: str) -> None:
    with app.test_request_context(method="POST"):
        form = DateForm(
            formdata=MultiDict([("born", p) for p in ["14", "3", year]]), meta={"csrf": False}
        )
        assert not form.validate()
        assert form.born.errors == ["Year must include 4 numbers"]
        assert form.born.wrong_parts == ("year",)
