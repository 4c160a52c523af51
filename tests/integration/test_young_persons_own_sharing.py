"""A young person asking for themselves is not offered sharing with a service for young
children (app.yaml's Virtual Child Development Service), and an answer saved before it
was taken away neither shows on "Check your answers" nor is recorded as consent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import ConsentEvent, RequestDraft
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.draft_plans import CASE, HUB
from tests.support.links import young_persons_own_link
from tests.support.pages import one, page, post
from tests.support.requests import fill, start, young_person_answers

VCDS = "Virtual Child Development Service"


def _saved_earlier(app: Flask, draft: str, sharing: list[str]) -> None:
    with app.app_context():
        kept = db.session().get(RequestDraft, draft)
        assert kept is not None
        kept.answers = {**kept.answers, "consent.sharing": sharing}
        db.session().commit()


def _young_persons_draft(client: FlaskClient) -> str:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    return draft


def test_an_earlier_saved_choice_is_not_read_back_or_recorded(
    app: Flask, client: FlaskClient
) -> None:
    draft = _young_persons_draft(client)
    _saved_earlier(app, draft, ["family_services", "vcds"])
    check = one(page(client.get(f"/account/request/{draft}/check")), "main").get_text(" ")
    assert VCDS not in check and "vcds" not in check, check
    assert "Barnet Family Services" in check

    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted"), page(sent).get_text(" ")
    with app.app_context():
        recorded = db.session().execute(select(ConsentEvent.choice, ConsentEvent.case_reference))
        choices = dict(recorded.tuples().all())
    assert set(choices) == {"assessment", "share:family_services"}
    now = client.get(f"/account/cases/{choices['assessment']}/consent")
    assert now.status_code == 200
    assert VCDS not in one(page(now), "main").get_text(" ")
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    summary = staff.get(f"/caseworker/requests/{choices['assessment']}/consent")
    assert VCDS not in one(page(summary), "main").get_text(" "), "nor on the caseworker's"


def test_a_choice_of_only_that_service_asks_for_consent_again(
    app: Flask, client: FlaskClient
) -> None:
    draft = _young_persons_draft(client)
    _saved_earlier(app, draft, ["vcds"])
    refused = post(client, f"/account/request/{draft}/check", {})
    assert refused.status_code == 200
    problems = one(page(refused), ".govuk-error-summary").get_text(" ")
    assert "Give your consent before you send the request" in problems
    assert VCDS not in one(page(refused), "main").get_text(" ")


def test_a_young_person_is_given_a_colleges_example_on_their_draft_plan(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    young_persons_own_link(app, CASE, "young.person@example.org")  # the child's draft plan
    sign_in(client, person="young.person@example.org")
    hint = one(page(client.get(f"{HUB}/setting")), "#setting_name-hint")
    assert "Primary School" not in hint.get_text(" "), hint.get_text(" ")
    assert "College" in hint.get_text(" ")
