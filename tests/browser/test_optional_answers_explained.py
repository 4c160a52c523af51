"""A tester on a caseworker's Answers tab saw a grey "Their choice" under some answers
(preferred name, address line 2, ethnic group, ...) and nothing saying what it meant.
The family read "(optional)" after those questions, and "This question is your choice:
you can leave it blank." The tab says so above the answers, and marks each such answer
"Optional", the word the family saw."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS as ANSWERS
from tests.support.requests import submitted, young_person_answers

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    parent = live_app.test_client()
    sign_in(parent, person="optional.parent@example.org")
    answers = {section: dict(pages) for section, pages in ANSWERS.items()}
    answers["child"] = {**answers["child"], "name": {**answers["child"]["name"]}}
    answers["child"]["name"]["preferred_name"] = "Zo"
    return submitted(parent, answers=answers)


def test_answers_the_family_could_leave_blank_are_explained(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/answers?lang=en")
    main = staff.locator("main")
    explained = (
        "Answers marked “Optional” were the family’s choice to give: they were told they"
        " could leave those questions blank. They had to answer all the others."
    )
    words = main.inner_text()
    assert explained in words
    assert "Their choice" not in words

    marks = {
        row.locator("dt").inner_text().split("\n")[0].strip(): row.locator(
            "dt .govuk-tag"
        ).all_inner_texts()
        for row in main.locator(".govuk-summary-list__row").all()
    }
    assert marks["Child's preferred name"] == ["Optional"], marks
    assert marks["Child's first name"] == [], marks
    first_answer = main.locator(".govuk-summary-list").first.bounding_box()
    note = main.get_by_text(explained).bounding_box()
    assert note and first_answer and note["y"] < first_answer["y"], "read before the answers"


def test_a_young_persons_own_request_says_it_was_their_choice(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    young = live_app.test_client()
    sign_in(young, person="optional.young@example.org")
    reference = submitted(young, role="young_person", answers=young_person_answers())
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/answers?lang=en")
    assert (
        "Answers marked “Optional” were the young person’s choice to give"
        in staff.locator("main").inner_text()
    )
