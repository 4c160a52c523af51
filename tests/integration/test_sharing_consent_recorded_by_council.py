"""A case linked to a family's account whose consent the SEN team recorded (on paper,
before the portal) has no consent events here. "Why we ask for this" on its pages told the
family the partners that need agreement were shared with "only if you agree", as though
they had never been asked: it says the consent recorded with the council decides, and
where to see or change it."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from devtools.reference_case_system import demo
from portal.models import ConsentEvent
from portal.platform import db
from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import hidden, page


def _why_we_ask(client: FlaskClient, path: str) -> tuple[str, list[str]]:
    details = page(client.get(path)).select_one("details.portal-why")
    assert details is not None, "the question says why it is asked"
    text = " ".join(details.get_text(" ", strip=True).split())
    return text, [str(a["href"]) for a in details.select("a[href]")]


def test_a_linked_case_with_consent_recorded_by_the_council_does_not_ask_for_it_again(
    app: Flask, client: FlaskClient
) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    code = issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer")
    redeem(client, code, BORN[demo.FINAL])
    with app.app_context():
        events = select(func.count()).select_from(ConsentEvent)
        assert db.session().scalar(events.where(ConsentEvent.case_reference == demo.FINAL)) == 0
    views = begin(client, "parent_carer", f"case:{demo.FINAL}")
    text, links = _why_we_ask(client, f"/account/contributions/{views}/about/likes")
    assert "if you agree" not in text.lower(), text
    assert "consent recorded with the SEN team" in text, text
    assert "NHS trusts providing health services" in text, text
    consent_page = f"/account/cases/{demo.FINAL}/consent"
    assert consent_page in links, "where to see or change it"
    details = page(client.get(f"/account/contributions/{views}/about/likes")).select_one(
        "details.portal-why"
    )
    assert details is not None
    read = " ".join(details.get_text().split())  # as a browser joins the text and the link
    assert "Service. See or change the consent for this case." in read, read
    shown = " ".join(page(client.get(consent_page)).get_text(" ", strip=True).split())
    assert "Consent for this case was recorded by the SEN team." in shown


def test_the_privacy_notice_says_consent_recorded_with_the_sen_team_counts(
    client: FlaskClient,
) -> None:
    shown = " ".join(page(client.get("/privacy")).get_text(" ", strip=True).split())
    assert "We share with them only if you agree." in shown
    assert (
        "If the SEN team recorded your consent outside this service, for example on paper, "
        "that consent decides which of them we share with." in shown
    ), shown


def test_a_childs_own_views_say_so_without_sending_them_to_the_consent_page(
    app: Flask, client: FlaskClient
) -> None:
    """A child giving their views with a parent's help does not give consent: the words
    are the same, with no link to change it."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"), BORN[demo.FINAL])
    views = begin(client, "child", f"case:{demo.FINAL}")
    text, links = _why_we_ask(client, f"/account/contributions/{views}/about/likes")
    assert "if you agree" not in text.lower(), text
    assert "consent recorded with the SEN team" in text, text
    assert not any("/consent" in link for link in links), links


def test_an_organisation_withdrawn_from_that_record_is_no_longer_named_in_it(
    app: Flask, client: FlaskClient
) -> None:
    """Withdrawn here, one organisation goes by that choice; the others still by the SEN
    team's record."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"), BORN[demo.FINAL])
    path = f"/account/cases/{demo.FINAL}/consent/withdraw/share:nhs_trusts"
    assert client.post(path, data=hidden(client.get(path))).status_code == 302
    views = begin(client, "parent_carer", f"case:{demo.FINAL}")
    text, _links = _why_we_ask(client, f"/account/contributions/{views}/about/likes")
    assert "consent recorded with the SEN team" in text, text
    assert "NHS trusts providing health services" not in text, text
    assert "Barnet Family Services" in text, text
