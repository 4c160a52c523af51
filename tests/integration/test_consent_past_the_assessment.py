"""Consent on a case past the assessment (a final plan issued): what the family agreed to
is said with its date, changing their choices leaves the assessment as it is, and
withdrawing consent to the assessment says it cannot undo it or stop the plan, and
emails nobody that an assessment has stopped."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.consent import service as consent
from portal.consent import wording
from portal.models import CaseLink, MailboxMessage
from portal.platform import db
from portal.platform.written_dates import format_date
from tests.support.own_pages import linked_to_case
from tests.support.pages import hidden, one, page, post
from tests.support.requests import give_consent

AGREED = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)
CONSENT = f"/account/cases/{demo.FINAL}/consent"


def _text(response: object) -> str:
    return " ".join(one(page(response), "main").get_text(" ", strip=True).split())  # type: ignore[arg-type]


def _agreed_earlier(app: Flask, client: FlaskClient) -> tuple[FlaskClient, str]:
    """A parent linked to the case with the final plan, who agreed to its assessment and
    to sharing with Family Services here before the plan was issued."""
    family = linked_to_case(app, client, demo.FINAL, "parent_carer")
    with app.test_request_context():
        shown = wording.choices_form(False).wording
        wording.remember(shown)
        link = db.session().scalar(select(CaseLink).where(CaseLink.case_reference == demo.FINAL))
        assert link is not None
        consent.record(
            demo.FINAL,
            link.account_id,
            "parent_carer",
            [
                consent.Change(consent.ASSESSMENT, True),
                consent.Change("share:family_services", True),
            ],
            wording.wording_record(shown),
            occurred_at=AGREED,
        )
        db.session().commit()
        said = format_date(AGREED)
    return family, said


def test_changing_choices_says_when_they_agreed_and_leaves_the_assessment(
    app: Flask, client: FlaskClient
) -> None:
    family, said = _agreed_earlier(app, client)
    change = _text(family.get(f"{CONSENT}/change"))
    assert "we have issued an EHC plan" in change
    assert f"You agreed to the EHC needs assessment on {said}." in change
    assert "Do you agree to the EHC needs assessment?" not in change
    asked = give_consent(family, f"{CONSENT}/change", sharing=["family_services", "nhs_trusts"])
    assert asked.status_code == 302, _text(asked)
    check = _text(family.get(f"{CONSENT}/confirm"))
    # No request was sent here for the case: NHS trusts were the SEN team's record's to
    # decide on, which the change replaces, so sharing with them does not "start".
    assert "These changes replace the consent the SEN team recorded for this case." in check
    assert "We will share information with: NHS trusts providing health services." in check
    assert "Agreement to the EHC needs assessment" not in check
    assert post(family, f"{CONSENT}/confirm", {}).status_code == 302
    with app.app_context():
        now = consent.current(demo.FINAL)
    assert now[consent.ASSESSMENT].given and now["share:nhs_trusts"].given


def test_withdrawing_consent_to_the_assessment_says_what_it_means_now(
    app: Flask, client: FlaskClient
) -> None:
    family, said = _agreed_earlier(app, client)
    path = f"{CONSENT}/withdraw/assessment"
    shown = _text(family.get(path))
    assert f"You agreed to the EHC needs assessment on {said}." in shown
    assert "cannot undo it or the advice we were given for it" in shown
    assert "does not on its own stop the EHC plan" in shown
    assert "We will stop the EHC needs assessment" not in shown
    assert "You can still change who we share information with" in shown
    assert "sen.team@barnet.gov.uk" in shown
    assert family.post(path, data=hidden(family.get(path))).status_code == 302
    with app.app_context():
        assert not consent.current(demo.FINAL)[consent.ASSESSMENT].given
        subjects = list(db.session().scalars(select(MailboxMessage.subject)))
    assert not any("withdrawn your consent" in subject for subject in subjects), subjects
    summary = _text(family.get(CONSENT))
    assert "Withdrawn on" in summary and "we have issued an EHC plan" in summary
