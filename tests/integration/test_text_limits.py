"""Every text box that has a limit says which box is too long, with the limit as a number
people read ("1,200", not "1200")."""

from __future__ import annotations

import re

from flask import Flask
from flask_wtf import FlaskForm
from werkzeug.datastructures import MultiDict
from wtforms import TextAreaField
from wtforms.fields import StringField
from wtforms.validators import Length, ValidationError

from feedback.forms import FeedbackForm
from forms import account, consent, contributions, documents, triage
from forms.assessment_request import questions as assessment_request
from forms.kit.question import every_form


def forms_with_limits() -> list[type[FlaskForm]]:
    found: list[type[FlaskForm]] = [FeedbackForm, *every_form()]
    for module in (account, assessment_request, consent, contributions, documents, triage):
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type)
            and issubclass(value, FlaskForm)
            and value.__module__ == module.__name__
        ]
    return found


def test_every_too_long_answer_names_its_box(app: Flask) -> None:
    messages: dict[str, str] = {}
    with app.test_request_context("/?lang=en"):
        for form_class in forms_with_limits():
            try:
                form = form_class(formdata=MultiDict(), meta={"csrf": False})
            except TypeError:
                continue  # forms built with their choices: their boxes are checked below
            for field in form:
                limits = [v for v in field.validators if isinstance(v, Length) and v.max > 0]
                if not limits or not isinstance(field, StringField | TextAreaField):
                    continue
                if form_class.__name__ == "RedeemLinkCodeForm":
                    continue  # a code has one length: its message says so
                field.data = "x" * (limits[0].max + 1)
                field.errors = []
                try:
                    limits[0](form, field)
                except ValidationError as error:
                    messages[f"{form_class.__name__}.{field.name}"] = str(error)
    assert len(messages) > 25
    for where, message in messages.items():
        assert not message.startswith(("This ", "The name must")), f"{where}: {message}"
        assert re.search(r" must be [\d,]+ characters or fewer$", message), f"{where}: {message}"
        assert not re.search(r"\d{4}", message), f"{where}: {message} (write 1,200)"
    assert (
        messages["FeedbackForm.could_be_better"]
        == "Your comments on what could be better must be 1,200 characters or fewer"
    )


def test_a_young_adults_too_long_schools_answer_does_not_call_them_nurseries(
    app: Flask,
) -> None:
    """A tester aged 18, asked which schools, colleges or other settings she went to, was
    told her "previous nurseries, schools or colleges" were too long."""
    from tests.conftest import sign_in
    from tests.support.pages import page, post
    from tests.support.requests import start

    client = app.test_client()
    sign_in(client)
    draft = start(client, "young_person")
    answer = {"previous_settings": "x" * 1001}
    shown = page(post(client, f"/account/request/{draft}/education/history", answer))
    summary = shown.select_one(".govuk-error-summary")
    assert summary is not None
    said = " ".join(summary.get_text(" ", strip=True).split())
    assert "nurseries" not in said, said
    assert "schools, colleges or other settings must be 1,000 characters or fewer" in said, said
