"""A family typing a reply to "we need more information" while a caseworker moves the
request on (accepts it for a decision, withdraws it): the reply is not sent, and the page
says so and shows them what they wrote, so nothing they typed is lost without a word."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from portal.models import AssessmentRequest, Document, FamilyMessage
from portal.platform import db
from portal.triage import actions
from tests.conftest import sign_in
from tests.support.files import build_pdf
from tests.support.pages import page
from tests.support.requests import reply, submitted, young_person_answers
from tests.support.staff import act
from tests.support.voices import FORMAL_ON_PAGE

PDF = build_pdf()
WROTE = "Here is the school report. His new teacher starts in January."
NOT_SENT = "Your reply was not sent because the request changed."


def nothing_sent_or_kept(app: Flask) -> None:
    with app.app_context():
        assert db.session().scalars(select(Document)).all() == [], "no file is kept"
        sent = select(FamilyMessage).where(FamilyMessage.sender == "family")
        assert db.session().scalars(sent).all() == [], "no reply is kept"


def told_and_shown_back(response: Any, files: list[str]) -> str:
    assert response.status_code == 200
    shown = page(response)
    banner = shown.select_one(".govuk-notification-banner")
    assert banner is not None, "the page says the reply was not sent"
    said = " ".join(banner.get_text(" ", strip=True).split())
    assert NOT_SENT in said
    kept = shown.select_one(".portal-not-sent")
    assert kept is not None, "what they wrote is shown back"
    assert WROTE in kept.get_text(" ", strip=True)
    for name in files:
        assert name in kept.get_text(" ", strip=True), "the files they chose are named"
    assert not shown.select("form textarea"), "there is nothing to reply to now"
    return said


@pytest.mark.parametrize("action", ["accept", "withdraw"])
def test_a_reply_to_a_request_that_moved_on_is_shown_back_not_lost(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str, action: str
) -> None:
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    form = page(client.get(f"/account/requests/{reference}/messages"))
    assert form.select("form textarea"), "the family starts typing their reply"
    assert act(staff, reference, action).status_code == 302

    response = reply(client, reference, WROTE, [(PDF, "report.pdf")])

    said = told_and_shown_back(response, ["report.pdf"])
    assert "Try again" not in said, "there is nothing to try again"
    banner = page(response).select_one(".portal-not-sent")
    assert banner is not None and "not sent" in banner.get_text(" ")
    nothing_sent_or_kept(app)


def test_a_reply_that_meets_the_change_as_it_is_sent_is_shown_back(
    app: Flask,
    client: FlaskClient,
    staff: FlaskClient,
    reference: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The caseworker's change lands between the portal reading the request and sending the
    reply: the same page, not "Try again" on a form that can no longer be sent."""
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    replying = actions.family_reply

    def caseworker_first(request: AssessmentRequest, *args: Any, **kwargs: Any) -> Any:
        db.session().execute(
            update(AssessmentRequest)
            .where(AssessmentRequest.id == request.id)
            .values(status="accepted", version=AssessmentRequest.version + 1)
            .execution_options(synchronize_session=False)
        )
        db.session().commit()
        return replying(request, *args, **kwargs)

    monkeypatch.setattr(actions, "family_reply", caseworker_first)
    response = reply(client, reference, WROTE, [(PDF, "report.pdf")])
    said = told_and_shown_back(response, ["report.pdf"])
    assert "Try again" not in said
    nothing_sent_or_kept(app)


def test_a_young_person_and_an_arabic_reader_are_told_too(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    client.get(f"/account/requests/{reference}/messages")
    assert act(staff, reference, "accept").status_code == 302
    told_and_shown_back(reply(client, reference, WROTE, []), [])
    client.get("/account/?lang=pl")
    polish = page(reply(client, reference, WROTE, [])).select_one("main")
    assert polish is not None and WROTE in polish.get_text(" ")
    assert FORMAL_ON_PAGE["pl"].findall(polish.get_text(" ", strip=True)) == []

    client.get("/account/?lang=ar")
    arabic = reply(client, reference, WROTE, [])
    assert arabic.status_code == 200
    html = page(arabic).select_one("html")
    assert html is not None and html["lang"] == "ar"
    kept = page(arabic).select_one(".portal-not-sent")
    assert kept is not None and WROTE in kept.get_text(" ")
    nothing_sent_or_kept(app)
