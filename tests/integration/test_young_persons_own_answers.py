"""A young person's own request, as a caseworker reads it: the young person's contact
details are theirs, under a heading about the young person, never about parents."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import submitted, young_person_answers


def _headings_over(shown, text: str) -> str:  # type: ignore[no-untyped-def]
    """The heading of the group of answers that shows `text`."""
    answer = next(dd for dd in shown.select("#main-content dd") if text in dd.get_text())
    return answer.find_previous("h2").get_text(" ", strip=True)


def test_a_young_persons_contact_details_are_filed_under_the_young_person(
    client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    shown = page(staff.get(f"/caseworker/requests/{reference}/answers"))
    headings = [h.get_text(" ", strip=True) for h in shown.select("#main-content h2")]
    assert not any("parent" in h.lower() for h in headings), headings
    assert "young person" in _headings_over(shown, "yp@example.org").lower(), headings


def test_a_parents_contact_details_stay_under_parents_and_carers(
    client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    shown = page(staff.get(f"/caseworker/requests/{reference}/answers"))
    email = next(dd for dd in shown.select("#main-content dd") if "@" in dd.get_text())
    heading = email.find_previous("h2").get_text(" ", strip=True)  # type: ignore[union-attr]
    assert heading.startswith("The parent or carer"), heading


def test_a_young_persons_own_data_files_their_contact_details_under_them(
    client: FlaskClient,
) -> None:
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    shown = page(client.get("/account/your-data"))
    answer = next(
        dd for dd in shown.select("#main-content dd") if "yp@example.org" in dd.get_text()
    )
    heading = answer.find_previous("h3").get_text(" ", strip=True)  # type: ignore[union-attr]
    assert "parent" not in heading.lower() and heading.startswith("About you: "), heading


def _questions_in_your_data(client: FlaskClient) -> list[str]:
    """The question each answer in "Your data" is labelled with."""
    shown = page(client.get("/account/your-data"))
    return [
        dt.get_text(strip=True) for dt in shown.select("#main-content dl.govuk-summary-list dt")
    ]


def test_a_young_persons_own_data_names_their_answers_by_the_questions_they_were_asked(
    client: FlaskClient,
) -> None:
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    questions = _questions_in_your_data(client)
    for asked in (
        "What is your date of birth?",
        "Will you need an interpreter at meetings?",
        "Are you looked after by the council, or were you previously?",
        "Where do you learn now?",
    ):
        assert asked in questions, questions
    about_them = [q for q in questions if re.search(r"(?i)\b(they|their|them)\b", q)]
    assert about_them == []


def test_a_parents_own_data_names_the_answers_by_the_parents_questions(
    client: FlaskClient,
) -> None:
    sign_in(client)
    submitted(client)
    questions = _questions_in_your_data(client)
    assert "What is their date of birth?" in questions, questions
    assert "What is your date of birth?" not in questions


def test_a_young_persons_own_data_heads_their_safeguarding_answers_in_their_words(
    client: FlaskClient,
) -> None:
    """In Persian a young person's "Your data" headed their answer about being looked after
    "child-protection information" (the parent's translation of "Safeguarding
    information"); in English, "Whether they are or were looked after by a council", as if
    about someone else. The heading is the catalogue's own for the young person."""
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    shown = page(client.get("/account/your-data"))
    headings = [h.get_text(" ", strip=True) for h in shown.select("#main-content h3")]
    assert "About you: Whether you are or were looked after by a council" in headings, headings
    assert not [h for h in headings if "Whether they" in h], headings
