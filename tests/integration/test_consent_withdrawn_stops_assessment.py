"""Withdrawing consent to the EHC needs assessment stops it. A tester, as a young person
who sent their own request, withdrew it: the consent page said "Withdrawn on ...", but
the case page still said "We must decide by ...", the account home "We will decide
whether to assess by ...", no email confirmed it, and the caseworker's queue and the
request's summary still showed a new request with its days left."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import Tag
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import AssessmentRequest, MailboxMessage
from portal.platform import db, deadlines
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.pages import hidden, one, page, post
from tests.support.requests import give_consent, submitted, young_person_answers
from tests.support.staff import act

YOUNG_PERSON = "young.person@example.org"


def _text(response: object) -> str:
    return " ".join(one(page(response), "main").get_text(" ", strip=True).split())  # type: ignore[arg-type]


def _withdrawn(app: Flask, client: FlaskClient) -> str:
    """A young person's own request, sent and delivered, whose consent to the assessment
    they then withdrew."""
    sign_in(client, person=YOUNG_PERSON)
    reference = submitted(client, "young_person", young_person_answers())
    outbox.run_once(app)
    path = f"/account/cases/{reference}/consent/withdraw/assessment"
    response = client.post(path, data=hidden(client.get(path)))
    assert response.status_code == 302
    outbox.run_once(app)
    return reference


@pytest.fixture
def staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return client


def test_the_case_page_and_account_home_say_the_assessment_stopped(
    app: Flask, client: FlaskClient
) -> None:
    reference = _withdrawn(app, client)
    today = format_date(deadlines.council_today())
    case = _text(client.get(f"/account/cases/{reference}"))
    assert f"You withdrew your consent to the EHC needs assessment on {today}" in case
    assert "We have stopped the assessment" in case
    assert "We will contact you to talk about what happens next" in case
    assert "We must decide by" not in case
    assert "Deciding whether to assess" not in case
    home = _text(client.get("/account/"))
    assert f"You withdrew your consent to the assessment on {today}" in home
    assert "We will decide whether to assess by" not in home


def test_an_email_confirms_the_withdrawal(app: Flask, client: FlaskClient) -> None:
    reference = _withdrawn(app, client)
    with app.app_context():
        mail = (
            db.session()
            .scalars(
                select(MailboxMessage)
                .where(MailboxMessage.to == "yp@example.org")
                .order_by(MailboxMessage.sent_at.desc())
            )
            .first()
        )
    assert mail is not None
    assert "withdrawn your consent" in mail.subject and reference in mail.subject
    body = " ".join(mail.body.split())
    assert "We have stopped the EHC needs assessment" in body
    assert "child" not in body, "a young person is spoken to about themselves"


def _row(staff: FlaskClient, reference: str, tray: str = "open") -> Tag:
    link = one(page(staff.get(f"/caseworker/queue?tray={tray}")), f"a[href$='/{reference}']")
    row = link.find_parent("tr")
    assert row is not None
    return row


def _words(html: Tag) -> str:
    return " ".join(html.get_text(" ", strip=True).split())


def test_caseworkers_see_consent_withdrawn_and_no_decision_clock(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    reference = _withdrawn(app, client)
    today = format_date(deadlines.council_today())
    row = _row(staff, reference)
    assert "Consent withdrawn" in _words(one(row, ".moj-badge--red"))
    assert "days left" not in _words(row)
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    said = _words(one(summary, ".govuk-warning-text"))
    assert f"Consent to the EHC needs assessment was withdrawn on {today}" in said
    # The young person's own request: the young person is the one to contact.
    assert "contact the young person to talk about what happens next" in said, said
    bar = _words(one(summary, ".moj-identity-bar"))
    assert "Consent withdrawn" in bar and "days left" not in bar
    trays = _words(page(staff.get("/caseworker/queue")))
    assert "Due this week (0)" in trays

    with app.app_context():
        request = (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )
        request.decision_due = deadlines.council_today() - dt.timedelta(days=3)
        db.session().commit()
    assert "overdue" not in _words(_row(staff, reference)).lower()
    assert "Overdue (0)" in _words(page(staff.get("/caseworker/queue")))
    assert "No requests match" in _words(page(staff.get("/caseworker/queue?tray=overdue")))
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    table = one(page(manager.get("/caseworker/dashboard")), "#trays-caption").find_parent("table")
    assert table is not None
    counted = {_words(one(r, "th")): _words(one(r, "td")) for r in table.select("tbody tr")}
    assert counted["Overdue"] == "0" and counted["All open"] == "1", "as the queue counts"


def test_giving_consent_again_clears_it(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    reference = _withdrawn(app, client)
    change = f"/account/cases/{reference}/consent/change"
    assert (
        give_consent(client, change, sharing=["family_services", "nhs_commissioner"]).status_code
        == 302
    )
    confirm = f"/account/cases/{reference}/consent/confirm"
    assert post(client, confirm, {}).status_code == 302
    case = _text(client.get(f"/account/cases/{reference}"))
    assert "You withdrew your consent" not in case
    assert "We must decide by" in case
    assert "There is no EHC plan for this case yet." in case
    row = _words(_row(staff, reference))
    assert "Consent withdrawn" not in row and "days left" in row


def test_a_parent_saying_no_to_the_assessment_among_their_choices_is_told_the_same(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    outbox.run_once(app)
    change = f"/account/cases/{reference}/consent/change"
    assert give_consent(client, change, assessment="no").status_code == 302
    assert post(client, f"/account/cases/{reference}/consent/confirm", {}).status_code == 302
    outbox.run_once(app)
    case = _text(client.get(f"/account/cases/{reference}"))
    assert "You withdrew your consent to the EHC needs assessment on" in case
    assert "We must decide by" not in case
    with app.app_context():
        subjects = list(db.session().scalars(select(MailboxMessage.subject)))
    assert f"You have withdrawn your consent to the EHC needs assessment: {reference}" in subjects


def test_a_caseworker_cannot_decide_to_assess_without_consent(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    """The decision form offered "Carry out an EHC needs assessment" on a request whose
    consent to it was withdrawn, and recording it emailed the young person that we would
    assess them."""
    reference = _withdrawn(app, client)
    today = deadlines.council_today()
    assert act(staff, reference, "accept").status_code == 302
    typed = {
        "decision": "assess",
        "decided_on": [str(today.day), str(today.month), str(today.year)],
    }
    refused = act(staff, reference, "decide", typed)
    assert refused.status_code == 200
    shown = page(refused)
    message = (
        "You cannot decide to carry out an assessment: consent to it was withdrawn on "
        f"{format_date(today)}"
    )
    assert _words(one(shown, ".govuk-error-summary__list")) == message
    decision = one(shown, "fieldset:has(input[name=decide-decision])")
    assert message in _words(one(decision, ".govuk-error-message"))
    assert one(shown, "input[name=decide-decision][value=assess]").has_attr("checked")
    assert one(shown, "#decide-decided_on-day")["value"] == str(today.day)
    outbox.run_once(app)
    with app.app_context():
        status = db.session().scalar(
            select(AssessmentRequest.status).where(AssessmentRequest.reference == reference)
        )
        subjects = list(db.session().scalars(select(MailboxMessage.subject)))
    assert status == "accepted"
    assert f"Our decision about your request {reference}" not in subjects

    not_assessing = {
        **typed,
        "decision": "not_assess",
        "standard_reasons": ["needs_met_by_setting"],
    }
    assert act(staff, reference, "decide", not_assessing).status_code == 302, (
        "deciding not to assess stays open: it closes the request with the family's rights"
    )
    outbox.run_once(app)
    with app.app_context():
        subjects = list(db.session().scalars(select(MailboxMessage.subject)))
    assert f"Our decision about your request {reference}" in subjects, "the check can fail"
