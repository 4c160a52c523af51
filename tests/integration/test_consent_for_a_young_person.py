"""A parent asking for a young person of 16 or older. From 16 the decisions are the young
person's own (the Children and Families Act 2014; the SEND Code of Practice, chapter 8):
a parent may make them for the young person when asked to, or when the young person
cannot make them (the Mental Capacity Act 2005). The consent page asked the parent to
confirm they had parental responsibility and could "give consent for them", as for a
child of 10."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from forms.consent import CONFIRMED_FOR_THEM
from portal.models import ConsentWording, RequestDraft
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import one, page, post
from tests.support.requests import fill, give_consent, start

THEIRS = "From 16, a young person makes these decisions for themselves."
ASKED = (
    "They have asked me to make this request and these choices for them, or they cannot "
    "make these decisions for themselves and I can make them on their behalf"
)
CHILDS = (
    "I have parental responsibility for the child or young person, and I can give consent for them"
)


def _born(client: FlaskClient, draft: str, years_ago: int) -> None:
    year = str(deadlines.council_today().year - years_ago)
    answer = {"date_of_birth": ["1", "2", year]}
    assert post(client, f"/account/request/{draft}/child/date-of-birth", answer).status_code == 302


def _consent_for_them(client: FlaskClient, draft: str):  # type: ignore[no-untyped-def]
    return give_consent(client, f"/account/request/{draft}/consent", declaration=CONFIRMED_FOR_THEM)


def _text(client: FlaskClient, path: str) -> str:
    return " ".join(one(page(client.get(path)), "main").get_text(" ", strip=True).split())


def test_a_parent_asking_for_a_young_person_reads_whose_decisions_they_are(
    client: FlaskClient,
) -> None:
    sign_in(client)
    draft = start(client)
    _born(client, draft, 17)
    shown = _text(client, f"/account/request/{draft}/consent")
    assert THEIRS in shown
    assert ASKED in shown
    assert CHILDS not in shown


def test_a_parent_asking_for_a_child_reads_what_they_read_before(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    _born(client, draft, 10)
    shown = _text(client, f"/account/request/{draft}/consent")
    assert THEIRS not in shown
    assert CHILDS in shown


def test_what_the_parent_read_and_confirmed_is_kept(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    _born(client, draft, 17)
    assert _consent_for_them(client, draft).status_code == 302
    with app.app_context():
        record = db.session().get(RequestDraft, draft)
        assert record is not None and record.consent_wording is not None
        kept = (
            db.session()
            .scalars(
                select(ConsentWording.text).where(
                    ConsentWording.sha256 == record.consent_wording["sha256"]
                )
            )
            .one()
        )
    assert THEIRS in kept and ASKED in kept


def test_a_child_found_to_be_16_after_consent_is_asked_again(client: FlaskClient) -> None:
    """Consent given for a child of 10; the date of birth then corrected to 17 years ago:
    what the parent confirmed no longer fits, so the request cannot be sent until they read
    the young person's page and confirm again."""
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    _born(client, draft, 17)
    refused = post(client, f"/account/request/{draft}/check", {})
    assert refused.status_code == 200
    summary = one(page(refused), ".govuk-error-summary").get_text(" ", strip=True)
    assert "Give your consent before you send the request" in summary
    assert _consent_for_them(client, draft).status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")


def test_what_the_parent_confirmed_is_read_back_as_they_confirmed_it(
    app: Flask, client: FlaskClient
) -> None:
    """A tester confirmed the young person's own wording, sent the request, and read back
    in "Your data" and on the caseworker's Answers tab "I have parental responsibility for
    the child or young person, and I can give consent for them", which they never saw."""
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    _born(client, draft, 17)
    assert _consent_for_them(client, draft).status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")
    reference = one(page(client.get(sent.headers["Location"])), ".govuk-panel strong").get_text(
        strip=True
    )
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    for reader, path in (
        (client, "/account/your-data"),
        (staff, f"/caseworker/requests/{reference}/answers"),
    ):
        shown = _text(reader, path)
        assert ASKED in shown, path
        assert CHILDS not in shown, path
