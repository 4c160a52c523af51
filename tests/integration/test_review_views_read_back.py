"""A family's views for an annual review read back on the review page as GOV.UK's check
answers pattern does: each row's key is the question without "(optional)" (a Polish
parent read "… (opcjonalnie)" on every row), and each "Change" link goes to its own
question's box on the views page, naming the question to a screen reader, not to the top
of the form."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from tests.support.own_pages import linked_to_case
from tests.support.pages import one, page, post

HUB = f"/account/cases/{demo.REVIEW}/annual-review"
VIEWS = f"{HUB}/views"


@pytest.mark.parametrize(
    ("relationship", "language"), [("parent_carer", "pl"), ("young_person", "bg")]
)
def test_each_answer_is_keyed_by_its_question_and_changed_at_its_box(
    app: Flask, client: FlaskClient, relationship: str, language: str
) -> None:
    family = linked_to_case(app, client, demo.REVIEW, relationship)
    post(family, VIEWS, {"working": "Reading every evening.", "hopes": "Travel alone."})
    form = page(family.get(f"{VIEWS}?lang={language}"))
    optional = {"pl": " (opcjonalnie)", "bg": " (незадължително)"}[language]
    questions = {}
    for label in form.select("main form label"):
        text = label.get_text(strip=True)
        assert text.endswith(optional), text
        questions[str(label["for"])] = text.removesuffix(optional)
    assert len(questions) == 4
    for box in questions:
        one(form, f"#{box}")

    rows = page(family.get(HUB)).select(".portal-review-views .govuk-summary-list__row")
    answers = rows[: len(questions)]
    keys = [one(row, ".govuk-summary-list__key").get_text(strip=True) for row in answers]
    assert keys == list(questions.values()), "no '(optional)' in a row's key"
    for row, (box, question) in zip(answers, questions.items(), strict=True):
        link = one(row, ".govuk-summary-list__actions a")
        assert link["href"] == f"{VIEWS}?return_to=check&row={box}#{box}"
        hidden = one(link, ".govuk-visually-hidden").get_text(strip=True)
        assert hidden == question
