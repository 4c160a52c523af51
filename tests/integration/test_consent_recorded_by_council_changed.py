"""Changing consent the SEN team recorded outside the portal (no consent events here). A
young person read only "We have no record" on her consent page, was offered an empty form
with no word that it replaced that record, chose to share with none of the organisations,
and was shown only her answer to the assessment before confirming: sharing with all four
stopped without her being told. (The form now starts from that record, ticked.)"""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools import demo
from devtools.identity import PEOPLE
from devtools.reference_case_system import demo as case_system_demo
from forms.consent import NO_SHARING
from portal.models import ConsentEvent, ConsentWording
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import error, hidden, page, post
from tests.support.requests import give_consent, start

OWN = case_system_demo.OWN_REVIEW
FOUR = (
    "Barnet Family Services, North Central London Integrated Care Board, NHS trusts "
    "providing health services and West London Alliance"
)


def _young_student(app: Flask) -> FlaskClient:
    demo.seed(app)
    family = app.test_client()
    sign_in(family, "families", PEOPLE["young_student"])
    return family


def _text(client: FlaskClient, path: str) -> str:
    return " ".join(page(client.get(path)).get_text(" ", strip=True).split())


def test_her_consent_page_says_who_the_council_record_decides_on(app: Flask) -> None:
    family = _young_student(app)
    shown = _text(family, f"/account/cases/{OWN}/consent")
    assert "Consent for this case was recorded by the SEN team." in shown
    assert (
        "We share information outside the council only as the consent recorded with the SEN "
        f"team for this case says, with: {FOUR}." in shown
    ), shown


def test_the_form_starts_from_that_record_and_says_above_it_that_it_replaces_it(
    app: Flask,
) -> None:
    family = _young_student(app)
    shown = page(family.get(f"/account/cases/{OWN}/consent/change"))
    ticked = [str(box["value"]) for box in shown.select("main input[name=sharing][checked]")]
    assert ticked == [
        "family_services",
        "nhs_commissioner",
        "nhs_trusts",
        "west_london_alliance",
    ], "each organisation the SEN team's record decides on, as it stands"
    notice = shown.select_one("#council-record")
    assert notice is not None and notice.find_next("form") is not None, "above the questions"
    said = " ".join(notice.get_text(" ", strip=True).split())
    assert f"for this case says, with: {FOUR}." in said, said
    assert "What you choose here replaces the consent the SEN team recorded" in said, said
    assert "Each of them is ticked below" in said, said


def test_choosing_to_share_with_none_is_told_and_recorded_for_each(app: Flask) -> None:
    family = _young_student(app)
    path = f"/account/cases/{OWN}/consent/change"
    response = give_consent(family, path, sharing=[NO_SHARING])
    assert response.headers["Location"].endswith("/consent/confirm")
    check = _text(family, response.headers["Location"])
    assert "These changes replace the consent the SEN team recorded for this case." in check
    assert f"We will stop sharing your information with: {FOUR}." in check, check
    assert "EHC needs assessment" not in check, "past the assessment: not asked, not changed"

    done = post(family, f"/account/cases/{OWN}/consent/confirm", {})
    assert done.headers["Location"] == f"/account/cases/{OWN}/consent"
    with app.app_context():
        recorded = db.session().scalars(
            select(ConsentEvent).where(ConsentEvent.case_reference == OWN)
        )
        made = sorted((e.choice, e.given) for e in recorded)
        read = db.session().scalar(
            select(ConsentWording.text).join(
                ConsentEvent, ConsentEvent.wording_sha256 == ConsentWording.sha256
            )
        )
    assert made == [
        ("share:family_services", False),
        ("share:nhs_commissioner", False),
        ("share:nhs_trusts", False),
        ("share:west_london_alliance", False),
    ], "the SEN team is told each one she withdrew"
    assert read is not None and "replaces the consent the SEN team recorded" in read, (
        "the words she read above the questions are kept with what she chose"
    )
    now = page(family.get(f"/account/cases/{OWN}/consent"))
    rows = [
        " ".join(r.get_text(" ", strip=True).split())
        for r in now.select(".govuk-summary-list__row")
    ]
    sharing = [row for row in rows if row.startswith("Sharing with")]
    assert len(sharing) == 4 and all("Withdrawn on" in row for row in sharing), rows
    assert "Agreement to the EHC needs assessment Recorded by the SEN team" in rows, (
        "not asked past the assessment: the SEN team's record of it stands"
    )
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    seen = _text(staff, f"/caseworker/cases/{OWN}/consent")
    assert "Agreement to the EHC needs assessment Recorded by the SEN team" in seen, seen


def test_a_parent_is_told_in_the_same_plain_words(app: Flask) -> None:
    demo.seed(app)
    family = app.test_client()
    sign_in(family, "families", PEOPLE["parent"])
    path = f"/account/cases/{case_system_demo.FINAL}/consent/change"
    response = give_consent(family, path, sharing=["nhs_trusts"])
    check = _text(family, response.headers["Location"])
    assert "We will share information with: NHS trusts providing health services." in check, (
        "not 'start': the SEN team's record may already share with them"
    )
    assert (
        "We will stop sharing information with: Barnet Family Services, North Central London "
        "Integrated Care Board, West London Alliance and Virtual Child Development Service."
        in check
    ), check


def test_one_organisation_withdrawn_from_that_record_keeps_the_others(app: Flask) -> None:
    demo.seed(app)
    family = app.test_client()
    sign_in(family, "families", PEOPLE["parent"])
    path = f"/account/cases/{case_system_demo.REVIEW}/consent/withdraw/share:nhs_trusts"
    done = family.post(path, data=hidden(family.get(path)))
    assert done.status_code == 302, page(done).get_text(" ", strip=True)
    with app.app_context():
        recorded = db.session().scalars(
            select(ConsentEvent).where(ConsentEvent.case_reference == case_system_demo.REVIEW)
        )
        made = sorted((e.choice, e.given) for e in recorded)
        read = db.session().scalar(
            select(ConsentWording.text).join(
                ConsentEvent, ConsentEvent.wording_sha256 == ConsentWording.sha256
            )
        )
    assert made == [("share:nhs_trusts", False)], (
        "the withdrawal alone: the others stand as the SEN team recorded them, not as given"
    )
    assert read is not None and "Withdraw consent: Sharing with" in read, read
    shown = page(family.get(f"/account/cases/{case_system_demo.REVIEW}/consent"))
    rows = [row.get_text(" ", strip=True) for row in shown.select(".govuk-summary-list__row")]
    assert sum("Recorded by the SEN team" in row for row in rows) >= 4, rows
    again = family.post(path, data=hidden(family.get(path)))
    assert again.status_code == 302, "pressed twice: answered as the first press"


def test_a_request_still_asks_the_declaration_of_a_refusal(app: Flask) -> None:
    """Only changing consent in force leaves it out for withdrawing everything: a request
    is not sent without it."""
    family = app.test_client()
    sign_in(family)
    draft = start(family)
    path = f"/account/request/{draft}/consent"
    refused = give_consent(family, path, assessment="no", sharing=[NO_SHARING], declaration="")
    assert refused.status_code == 200
    assert "Confirm that you can give consent" in error(refused)


def test_your_data_does_not_read_one_withdrawal_as_sharing_with_nobody(app: Flask) -> None:
    """Withdrawn from the SEN team's record, one organisation's withdrawal is all this
    service knows of the case's consent: "Your data" and the rights page must not read it
    as "do not share with any of these"."""
    demo.seed(app)
    family = app.test_client()
    sign_in(family, "families", PEOPLE["parent"])
    path = f"/account/cases/{case_system_demo.REVIEW}/consent/withdraw/share:nhs_trusts"
    assert family.post(path, data=hidden(family.get(path))).status_code == 302
    for shown in ("/account/your-data", "/account/your-data/rights"):
        said = page(family.get(shown)).get_text(" ", strip=True)
        assert "do not share information with any of these" not in said, shown
