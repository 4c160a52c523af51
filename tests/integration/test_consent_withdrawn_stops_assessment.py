"""Withdrawing consent to the EHC needs assessment stops it. A tester, as a young person
who sent their own request, withdrew it: the consent page said "Withdrawn on ...", but
the case page still said "We must decide by ...", the account home "We will decide
whether to assess by ...", no email confirmed it, and the caseworker's queue and the
request's summary still showed a new request with its days left."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db, deadlines
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.pages import hidden, one, page, post
from tests.support.requests import give_consent, submitted, young_person_answers

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


def test_caseworkers_see_consent_withdrawn_and_no_decision_clock(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    reference = _withdrawn(app, client)
    today = format_date(deadlines.council_today())
    queue = page(staff.get("/caseworker/queue"))
    link = queue.select_one(f"a[href='/caseworker/requests/{reference}']")
    assert link is not None
    row = " ".join(link.find_parent("tr").get_text(" ", strip=True).split())
    assert "Consent withdrawn" in row
    assert "days left" not in row and "overdue" not in row
    badge = link.find_parent("tr").select_one(".moj-badge--red")
    assert badge is not None and "Consent withdrawn" in badge.get_text()
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    warning = summary.select_one(".govuk-warning-text")
    assert warning is not None
    said = " ".join(warning.get_text(" ", strip=True).split())
    assert f"Consent to the EHC needs assessment was withdrawn on {today}" in said
    bar = " ".join(summary.select_one(".moj-identity-bar").get_text(" ", strip=True).split())
    assert "Consent withdrawn" in bar and "days left" not in bar
    week = page(staff.get("/caseworker/queue?tray=week")).get_text(" ")
    assert "Due this week (0)" in " ".join(week.split())


def test_giving_consent_again_clears_it(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    reference = _withdrawn(app, client)
    change = f"/account/cases/{reference}/consent/change"
    assert give_consent(client, change, sharing=["family_services", "vcds"]).status_code == 302
    confirm = f"/account/cases/{reference}/consent/confirm"
    assert post(client, confirm, {}).status_code == 302
    case = _text(client.get(f"/account/cases/{reference}"))
    assert "You withdrew your consent" not in case
    assert "We must decide by" in case
    row = page(staff.get("/caseworker/queue")).select_one(
        f"a[href='/caseworker/requests/{reference}']"
    )
    assert row is not None
    assert "Consent withdrawn" not in row.find_parent("tr").get_text(" ")
