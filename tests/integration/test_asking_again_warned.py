"""A family who starts a second request for the same child or young person while their
first is still open is warned on "Check your answers", above the send button: when they
sent the first, its reference, the date we must decide by, and that they can add to it
from their account instead. A young person testing in Polish sent a second request for
themselves and their account then held two, with two deadlines."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.requests import ANSWERS, fill, start, young_person_answers
from tests.support.staff import act, decide_not_to_assess

DECIDE_BY = re.compile(r"carry out an assessment by (.+?), and we will write")


def _send(client: FlaskClient, role: str, answers: dict) -> tuple[str, str]:  # type: ignore[type-arg]
    """Send a request; its reference and the date we must decide by, as the confirmation
    shows them."""
    draft = start(client, role)
    fill(client, draft, answers)
    response = post(client, f"/account/request/{draft}/check", {})
    confirmation = page(client.get(response.headers["Location"]))
    reference = confirmation.select_one(".govuk-panel strong")
    assert reference is not None
    found = DECIDE_BY.search(confirmation.get_text(" ", strip=True))
    assert found is not None
    return reference.get_text(strip=True), found.group(1)


def _warning_before_sending(client: FlaskClient, draft: str) -> Any:
    """The warning text on "Check your answers" that comes before the send button."""
    shown = page(client.get(f"/account/request/{draft}/check"))
    button = shown.select("main form button")[-1]
    assert button is not None
    return button.find_previous(class_="govuk-warning-text")


def _retyped(answers: dict) -> dict:  # type: ignore[type-arg]
    """The same child's name typed again on another keyboard: no accent, another
    apostrophe, other capitals."""
    changed = {section: dict(pages) for section, pages in answers.items()}
    changed["child"]["name"] = {
        "first_name": "zoe",
        "last_name": "O\u2019NEILL-Kowalska",
        "preferred_name": "",
    }
    return changed


def test_a_young_person_asking_again_for_themselves_is_warned(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client, person="young.person@example.org")
    first, decide_by = _send(client, "young_person", young_person_answers())
    draft = start(client, "young_person")
    fill(client, draft, _retyped(young_person_answers()))

    warning = _warning_before_sending(client, draft)

    assert warning is not None, "the page warns before the send button"
    text = warning.get_text(" ", strip=True)
    assert "You already sent a request for yourself on" in text
    assert first in text
    assert f"We must decide whether to carry out an assessment by {decide_by}" in text
    assert "You do not need to send another" in text
    assert warning.parent.select_one(f'a[href="/account/cases/{first}"]') is not None
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted"), "a warning, not a stop"


def test_a_parent_asking_again_for_the_same_child_is_warned_by_name(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    first, decide_by = _send(client, "parent_carer", ANSWERS)
    draft = start(client)
    fill(client, draft, _retyped(ANSWERS))

    warning = _warning_before_sending(client, draft)

    assert warning is not None
    text = warning.get_text(" ", strip=True)
    assert "You already sent a request for Zoë O'Neill-Kowalska on" in text
    assert first in text and decide_by in text


def test_a_request_for_another_child_is_not_warned(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    _send(client, "parent_carer", ANSWERS)
    another = {section: dict(pages) for section, pages in ANSWERS.items()}
    another["child"]["name"] = {
        "first_name": "Piotr",
        "last_name": "Kowalski",
        "preferred_name": "",
    }
    draft = start(client)
    fill(client, draft, another)

    assert _warning_before_sending(client, draft) is None


def test_a_decided_or_withdrawn_request_is_not_warned_of(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    decided, _ = _send(client, "parent_carer", ANSWERS)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    decide_not_to_assess(staff, decided, ["needs_met_by_setting"], "Reading group is working.")
    withdrawn, _ = _send(client, "parent_carer", ANSWERS)
    assert act(staff, withdrawn, "withdraw").status_code == 302, "withdrawn at their asking"
    draft = start(client)
    fill(client, draft)

    assert _warning_before_sending(client, draft) is None
