"""The three-box date field refuses any year, however large, with GOV.UK's message."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict

from forms.kit.question import DateInputField


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
