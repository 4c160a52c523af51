"""What a tester met on a caseworker's Answers tab in Chromium: its row keys were the
family's questions, in the second person ("Your first name", in Arabic "اسمكم الأول",
"What is your relationship to the child?"). A caseworker reads about the family: each
row is named as the data catalogue names the item for staff ("Parent's first name",
"Relationship to the child"), and "Young person's first name" on a young person's own
request."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted, young_person_answers

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def requests_made(live_app: Flask) -> dict[str, str]:
    """A parent's request and a young person's own (set up without a browser)."""
    parent = live_app.test_client()
    sign_in(parent, person="answers.parent@example.org")
    young = live_app.test_client()
    sign_in(young, person="young.person@example.org")
    return {
        "parent": submitted(parent),
        "young_person": submitted(young, role="young_person", answers=young_person_answers()),
    }


def _keys(staff, reference: str, language: str) -> str:  # type: ignore[no-untyped-def]
    staff.goto(f"/caseworker/requests/{reference}/answers?lang={language}")
    return " | ".join(staff.locator("main .govuk-summary-list__key").all_inner_texts())


def test_the_answers_tab_names_each_answer_for_the_caseworker(people, requests_made) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    try:
        keys = _keys(staff, requests_made["parent"], "en")
        for asked in ("Your first name", "What is your relationship to the child?", "Do you agree"):
            assert asked not in keys, f"the family's question {asked!r} is a row key: {keys}"
        for named in (
            "Parent's first name",
            "Relationship to the child",
            "Child's first name",
            "Child's date of birth",
            "Agrees to the EHC needs assessment",
        ):
            assert named in keys, f"{named!r} names no row: {keys}"

        keys = _keys(staff, requests_made["parent"], "ar")
        for asked in ("اسمكم الأول", "ما صلتكم بالطفل؟"):
            assert asked not in keys, f"the family's question {asked!r} is a row key: {keys}"
        # Until new_translations.json is merged into translations/, the name is English.
        assert "الاسم الأول لولي الأمر" in keys or "Parent's first name" in keys, keys

        keys = _keys(staff, requests_made["young_person"], "en")
        assert "Young person's first name" in keys, keys
        assert "Child's first name" not in keys, keys
        assert "What is your date of birth?" not in keys, keys
    finally:
        staff.goto(f"/caseworker/requests/{requests_made['parent']}?lang=en")
