"""The email telling a family we will not assess: a tester recorded "Do not carry out an
assessment" and the email said "Before you appeal you must contact a mediation adviser,
unless the appeal is only about the school or college named." There is no plan and no
school named: that exception is only for an appeal about the school or other institution
a plan names. Nor did it give a date, while the family's page gave the day to contact the
mediation adviser by and the day the appeal must reach the tribunal."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from sqlalchemy import select

from forms.kit.question import TODAY
from portal.case_api import outbox
from portal.disagreement.service import Decision
from portal.models import MailboxMessage
from portal.platform import db, deadlines
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.pages import one, page
from tests.support.requests import submitted
from tests.support.staff import decide


def _text(html: object) -> str:
    return " ".join(str(html).split())


def _decided_not_to_assess(app: Flask, client: FlaskClient, language: str) -> tuple[str, str]:
    sign_in(client)
    client.get(f"/account/?lang={language}")
    reference = submitted(client)
    outbox.run_once(app)  # the acknowledgement first: the decision is then the newest email
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    # Some tests decide months after the request, long after the decision was due: the
    # form then asks why, and the email does not depend on the answer.
    reasons = {"standard_reasons": ["needs_met_by_setting"], "late_reason": "none"}
    decide(staff, reference, "not_assess", **reasons)
    outbox.run_once(app)
    with app.app_context():
        body = (
            db.session()
            .scalars(
                select(MailboxMessage.body)
                .where(MailboxMessage.to == "anna@example.org")
                .order_by(MailboxMessage.sent_at.desc())
            )
            .first()
        )
    assert body is not None
    return reference, _text(body)


def test_the_not_to_assess_email_names_no_school_and_gives_the_dates(
    app: Flask, client: FlaskClient
) -> None:
    reference, body = _decided_not_to_assess(app, client, "en")
    assert "school or college named" not in body
    assert "Before you appeal you must contact a mediation adviser." in body
    decision = Decision("not_to_assess", deadlines.council_today())
    with app.test_request_context():
        contact_by = format_date(decision.contact_adviser_by)
        appeal_by = format_date(decision.appeal_due)
    assert f"Contact the mediation adviser by {contact_by}, 2 months from the decision:" in body
    assert (
        f"Your appeal must reach the tribunal by {appeal_by}. If you get a mediation "
        "certificate, you have until 1 month from its date if that is later."
    ) in body, "a tester read the date as the only one there is"
    main = one(page(client.get(f"/account/cases/{reference}?lang=en")), "main")
    shown = _text(main.get_text(" "))
    assert f"Your appeal must reach the tribunal by {appeal_by}." in shown
    assert f"/account/cases/{reference}?lang=en#disagree-not_to_assess" in body


def test_the_dates_are_in_the_family_language(app: Flask, client: FlaskClient) -> None:
    _reference, body = _decided_not_to_assess(app, client, "fa")
    decision = Decision("not_to_assess", deadlines.council_today())
    with app.test_request_context(), force_locale("fa"):
        appeal = gettext(
            "Your appeal must reach the tribunal by %(date)s.",
            date=format_date(decision.appeal_due),
        )
    assert appeal in body
    assert str(decision.appeal_due.year) not in body, "in Persian digits"


def _on(app: Flask, monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    """The council's day, for the portal and for the decision form's date check."""
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: day)
    monkeypatch.setitem(app.extensions, TODAY, lambda: day)


def test_a_time_to_appeal_ending_in_august_says_why_the_tribunal_waits(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decided on 10 June 2027, the email said to appeal "within 2 months of this decision"
    and then that the appeal must reach the tribunal by 1 September: the family's page
    says why (the tribunal's August holiday), the email did not."""
    _on(app, monkeypatch, dt.date(2027, 6, 10))
    _reference, body = _decided_not_to_assess(app, client, "en")
    assert "Your appeal must reach the tribunal by 1 September 2027." in body
    assert (
        "The time to appeal ends on 10 August 2027, 2 months from the date of the decision. "
        "When it ends in August, or between 25 December and 1 January, the tribunal accepts "
        "appeals until the first working day after 31 August or 1 January."
    ) in body


def test_a_time_to_appeal_ending_on_a_working_day_needs_no_reason(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on(app, monkeypatch, dt.date(2027, 3, 4))
    _reference, body = _decided_not_to_assess(app, client, "en")
    assert "Your appeal must reach the tribunal by 4 May 2027." in body
    assert "The time to appeal ends on" not in body


def test_the_email_gives_sendiass_contact_details(app: Flask, client: FlaskClient) -> None:
    """The email said free advice "is available from the local SEND Information, Advice
    and Support Service (SENDIASS)" and stopped there: no name, email or phone, while the
    case page gives them."""
    _reference, body = _decided_not_to_assess(app, client, "en")
    sendiass = app.extensions["portal_settings"].config.council.sendiass
    assert f"{sendiass.name} Email: {sendiass.email} Telephone: {sendiass.phone}" in body
