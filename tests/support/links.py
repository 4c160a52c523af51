"""Link codes in the test client: a caseworker issues one, a family redeems it."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from forms.kit.validators import young_person_age
from portal.models import Account, CaseLink
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import page, token

# The children's dates of birth the reference case system holds for its demonstration cases.
BORN = {
    demo.FINAL: "2016-05-14",
    demo.DRAFT: "2008-02-03",
    demo.CHILD_DRAFT: "2015-09-12",
    demo.NOT_ISSUING: "2018-01-22",
    demo.CEASED: "2006-04-09",
    demo.REVIEW: "2013-03-02",
    demo.OWN_REVIEW: "2009-03-17",
}


def ask_for_code(client: FlaskClient, reference: str, name: str, relationship: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/caseworker/link-codes/new",
        data={
            "csrf_token": token(client, "/caseworker/link-codes/new"),
            "case_reference": reference,
            "person_name": name,
            "relationship": relationship,
        },
    )


def issue_code(client: FlaskClient, reference: str, name: str, relationship: str) -> str:
    """Ask for a code, check the child's details the case system holds, then create it
    (for a parent on a young person's case, confirming the young person agreed)."""
    response = ask_for_code(client, reference, name, relationship)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert response.headers["Location"] == "/caseworker/link-codes/confirm"
    confirmed = client.post(
        "/caseworker/link-codes/confirm",
        data={
            "csrf_token": token(client, "/caseworker/link-codes/confirm"),
            "young_persons_agreement": "confirmed",
        },
    )
    assert confirmed.status_code == 302, confirmed.get_data(as_text=True)
    shown = client.get(confirmed.headers["Location"])
    code = page(shown).select_one(".portal-link-code")
    assert code is not None, "the code is shown"
    again = client.get(confirmed.headers["Location"])
    assert again.status_code == 302, "the code is shown only once"
    return code.get_text(strip=True)


def redeem(client: FlaskClient, code: str, born: str = BORN[demo.FINAL]):  # type: ignore[no-untyped-def]
    """Redeem a code, giving the child's date of birth (ISO) as the three boxes."""
    year, month, day = born.split("-") if born else ("", "", "")
    return client.post(
        "/account/link",
        data={
            "csrf_token": token(client, "/account/link"),
            "code": code,
            "date_of_birth": [day.lstrip("0"), month.lstrip("0"), year],
        },
    )


def code_for(app: Flask, reference: str, name: str, relationship: str) -> str:
    """A link code a caseworker issues for `reference`, for a family to enter in a browser."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    return issue_code(staff, reference, name, relationship)


def of_young_person_age(reference: str) -> bool:
    """Whether the demonstration case is about someone aged 16 to 25 today: a young
    person's own link code works only for such a case."""
    return young_person_age(dt.date.fromisoformat(BORN[reference]), deadlines.council_today())


def young_persons_own_link(app: Flask, reference: str, person: str) -> None:
    """`person` (signed in at least once, or now) linked to the case as the young person
    themselves, though it is about a child: no link code makes such a link, but the
    demonstration cases with a review or a decision (FINAL, REVIEW, NOT_ISSUING) are
    children's, and tests of a young person's words on those pages need one. Sign in
    after it: the account's voice is read afresh at sign-in."""
    sign_in(app.test_client(), person=person)
    with app.app_context():
        session = db.session()
        account = session.scalars(select(Account).where(Account.email == person)).one()
        linked = select(CaseLink).where(
            CaseLink.account_id == account.id, CaseLink.case_reference == reference
        )
        if session.scalars(linked).first() is not None:
            return
        session.add(
            CaseLink(
                account_id=account.id,
                case_reference=reference,
                relationship="young_person",
                via="link_code",
            )
        )
        session.commit()
