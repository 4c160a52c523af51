"""A tester read "Interpreter — Needed" on a request's Summary, and "book an interpreter"
beside "Ask the family", with no word of the language: it was under Answers, as the
child's first language (the interpreter question, "Will you or they need an interpreter
at meetings?", is asked with it) and, if the parent gave it, their own. Two languages
are not run together as if the caseworker were to choose one: each is said to be whose."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS
from tests.support.interpreter import interpreter_said
from tests.support.requests import submitted, young_person_answers

pytestmark = pytest.mark.browser


def _with(answers: dict, child: str, parent: str | None = None) -> dict:  # type: ignore[type-arg]
    changed = {section: dict(pages) for section, pages in answers.items()}
    changed["child"]["language"] = {"first_language": child, "interpreter_needed": "yes"}
    if parent is not None:
        changed["you"]["language"] = {"first_language": parent}
    return changed


@pytest.fixture(scope="module")
def requests_made(live_app: Flask) -> dict[str, str]:
    made = {}
    for name, role, answers in (
        ("polish", "parent_carer", _with(PARENT_ANSWERS, "Polish")),
        ("two", "parent_carer", _with(PARENT_ANSWERS, "Polish", parent="Romanian")),
        ("young", "young_person", _with(young_person_answers(), "Turkish")),
    ):
        family = live_app.test_client()
        sign_in(family, person=f"interpreter.{name}@example.org")
        made[name] = submitted(family, role=role, answers=answers)
    return made


@pytest.mark.parametrize(
    ("name", "shown", "book"),
    [
        ("polish", "Needed: Polish", "book an interpreter in Polish"),
        (
            "two",
            "Needed\nThe child’s first language is Polish; the parent’s is Romanian.",
            "book an interpreter for any call or meeting. The child’s first language is "
            "Polish; the parent’s is Romanian.",
        ),
        ("young", "Needed: Turkish", "book an interpreter in Turkish"),
    ],
)
def test_the_interpreters_language_is_named(  # type: ignore[no-untyped-def]
    people, requests_made: dict[str, str], name: str, shown: str, book: str
) -> None:
    value, hint = interpreter_said(people["staff"], requests_made[name])
    assert value == shown
    assert book in hint, hint
