"""A family who starts a second request for a child whose request we are still
considering, or whose case already has a plan or one on the way, is told so on "Check
your answers" before sending, with a link to it, and can still send. Before, the portal
took a second request with a new 6-week clock and never mentioned the first."""

from __future__ import annotations

from typing import Any

from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.links import issue_code, redeem
from tests.support.pages import page, post
from tests.support.requests import ANSWERS, fill, start, submitted, young_person_answers
from tests.support.staff import decide_not_to_assess


def _warning(client: Any, draft: str) -> Any:
    """The warning on "Check your answers", with what follows it, and the page."""
    shown = page(client.get(f"/account/request/{draft}/check"))
    warning = shown.select_one(".govuk-warning-text")
    return (warning.parent if warning is not None else None), shown


def _for_another_child(answers: dict) -> dict:  # type: ignore[type-arg]
    changed = {section: dict(pages) for section, pages in answers.items()}
    changed["child"]["name"] = {
        "first_name": "Piotr",
        "last_name": "Kowalski",
        "preferred_name": "",
    }
    return changed


def test_a_second_request_for_a_child_being_considered_names_the_first(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    first = submitted(client)
    draft = start(client)
    fill(client, draft)

    warning, shown = _warning(client, draft)

    assert warning is not None, "the page says a request for this child is being considered"
    text = warning.get_text(" ", strip=True)
    assert first in text
    assert "We must decide whether to carry out an assessment by" in text
    assert warning.select_one(f'a[href="/account/cases/{first}"]') is not None
    assert "You do not need to send another" in shown.get_text(" ", strip=True)
    # Still theirs to send: a new request can be right (circumstances change).
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")


def test_a_young_person_asking_again_for_themselves_is_told(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client, person="young.person@example.org")
    first = submitted(client, "young_person", young_person_answers())
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())

    warning, _shown = _warning(client, draft)

    assert warning is not None
    assert first in warning.get_text(" ", strip=True)
    assert "you" in warning.get_text(" ", strip=True).lower()


def test_a_request_for_another_child_shows_no_warning(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    submitted(client)
    draft = start(client)
    fill(client, draft, _for_another_child(ANSWERS))

    warning, _shown = _warning(client, draft)

    assert warning is None


def test_asking_again_after_we_decided_not_to_assess_shows_no_warning(db_app: Flask) -> None:
    """Asking again after a refusal is how a family starts again: nothing is pending."""
    client = db_app.test_client()
    sign_in(client)
    first = submitted(client)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_not_to_assess(staff, first, ["needs_met_by_setting"], "Reading group is working.")
    draft = start(client)
    fill(client, draft)

    warning, _shown = _warning(client, draft)

    assert warning is None


def test_another_familys_request_for_the_same_child_is_not_mentioned(db_app: Flask) -> None:
    other = db_app.test_client()
    sign_in(other, person="other.parent@example.org")
    theirs = submitted(other)
    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft)

    warning, shown = _warning(client, draft)

    assert warning is None
    assert theirs not in shown.get_text(" ", strip=True)


def test_a_linked_case_with_a_plan_for_the_same_child_is_named(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    answers = {section: dict(pages) for section, pages in ANSWERS.items()}
    answers["child"]["name"] = {"first_name": "amara", "last_name": "Okafor", "preferred_name": ""}
    answers["child"]["date-of-birth"] = {"date_of_birth": ["14", "5", "2016"]}
    draft = start(client)
    fill(client, draft, answers)

    warning, _shown = _warning(client, draft)

    assert warning is not None
    assert demo.FINAL in warning.get_text(" ", strip=True)
    assert "Final EHC plan" in warning.get_text(" ", strip=True)
    assert warning.select_one(f'a[href="/account/cases/{demo.FINAL}"]') is not None
