"""Link codes a caseworker made that must not work: a young person's own code for someone
not aged 16 to 25 (checked again when the code is created, and when it is used), and a
code the caseworker cancelled. Cancelling is a caseworker's, with the form's token, and
audited."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import AuditEvent, CaseLink, LinkCode
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.links import BORN, ask_for_code, issue_code, redeem
from tests.support.pages import error, page, token


def _caseworker(app: Flask) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    return staff


def _code(app: Flask, name: str) -> LinkCode:
    with app.app_context():
        return db.session().scalars(select(LinkCode).where(LinkCode.person_name == name)).one()


def test_a_young_persons_code_is_checked_again_when_it_is_created(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sam is 18 when the caseworker asks; by "Create link code" they have turned 26."""
    staff = _caseworker(app)
    assert ask_for_code(staff, demo.DRAFT, "Sam Young", "young_person").status_code == 302
    monkeypatch.setattr(deadlines, "council_today", lambda: dt.date(2034, 2, 3))
    confirm = "/caseworker/link-codes/confirm"
    shown = page(staff.get(confirm))
    assert "over 25" in str(shown.select_one(".govuk-error-summary"))
    assert shown.select_one("#relationship-error") is not None
    created = staff.post(confirm, data={"csrf_token": token(staff, confirm)})
    assert created.status_code == 200 and "over 25" in error(created)
    with app.app_context():
        assert db.session().scalars(select(LinkCode)).all() == []


def test_a_young_persons_code_made_for_a_child_does_not_link_the_case(
    app: Flask, client: FlaskClient
) -> None:
    """A code made for "the young person" on a 10-year-old's case before the caseworker's
    page refused it: the right date of birth does not give anyone the child's own access."""
    code = issue_code(_caseworker(app), demo.FINAL, "Amara Okafor", "parent_carer")
    with app.app_context():
        made = db.session().scalars(select(LinkCode)).one()
        made.relationship = "young_person"
        db.session().commit()
    sign_in(client, person="young.person@example.org")
    refused = redeem(client, code, BORN[demo.FINAL])
    assert refused.status_code == 200
    assert "for a young person aged 16 to 25" in error(refused)
    with app.app_context():
        assert db.session().scalars(select(CaseLink)).all() == []


def test_only_a_caseworker_cancels_a_code_with_the_forms_token(
    app: Flask, client: FlaskClient
) -> None:
    staff = _caseworker(app)
    issue_code(staff, demo.FINAL, "Grace Okafor", "parent_carer")
    code = _code(app, "Grace Okafor")
    path = f"/caseworker/link-codes/{code.id}/cancel"

    sign_in(client)
    family = client.post(path, data={"csrf_token": token(client, "/account/link")})
    assert family.status_code == 404, "a family does not reach the staff pages"
    assert staff.post(path).status_code == 400, "no token, no cancelling"
    assert _code(app, "Grace Okafor").cancelled_at is None

    home = "/caseworker/"
    done = staff.post(path, data={"csrf_token": token(staff, home)})
    assert done.status_code == 302 and done.headers["Location"] == home
    cancelled = _code(app, "Grace Okafor")
    assert cancelled.cancelled_at is not None and cancelled.cancelled_by is not None
    with app.app_context():
        audited = db.session().scalars(
            select(AuditEvent).where(AuditEvent.action == "link_code_cancelled")
        )
        assert [event.object_id for event in audited] == [demo.FINAL]

    again = staff.post(path, data={"csrf_token": token(staff, home)}, follow_redirects=True)
    assert "was not cancelled" in str(page(again).select_one("main"))
    missing = staff.post(
        "/caseworker/link-codes/nothing/cancel", data={"csrf_token": token(staff, home)}
    )
    assert missing.status_code == 404


def test_a_used_code_cannot_be_cancelled(app: Flask, client: FlaskClient) -> None:
    staff = _caseworker(app)
    code = issue_code(staff, demo.FINAL, "Grace Used", "parent_carer")
    sign_in(client)
    assert redeem(client, code).status_code == 302
    path = f"/caseworker/link-codes/{_code(app, 'Grace Used').id}/cancel"
    shown = staff.post(path, data={"csrf_token": token(staff, "/caseworker/")})
    assert shown.status_code == 302
    assert _code(app, "Grace Used").cancelled_at is None
