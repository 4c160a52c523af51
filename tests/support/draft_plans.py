"""A draft plan in the embedded case system: the demo child's, moved to another date as
the council re-issuing it would."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Plan
from portal.models import CaseCache
from portal.platform import db
from portal.platform.i18n import BRITISH_ENGLISH
from tests.conftest import sign_in
from tests.support.case_system import sessions
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import hidden, post

CASE = demo.CHILD_DRAFT
HUB = f"/account/cases/{CASE}/draft-plan"
# The check page, where a response is sent (the overview only leads to it).
CHECK = f"{HUB}/check"


def long_date(day: dt.date) -> str:
    return format_date(day, "long", locale=BRITISH_ENGLISH)


def short_date(day: dt.date) -> str:
    """A day as a staff list writes it in English: "24 Sept 2026"."""
    return format_date(day, "d MMM y", locale=BRITISH_ENGLISH)


def draft_sent_on(app: Flask, day: dt.date, case: str = CASE) -> dt.date:
    """Moves the draft's date in the case system (shared by every test in the process);
    returns the date it replaced. The portal's cached copy is dropped."""
    with sessions(app)() as session:
        plan = session.get(Plan, case)
        before = plan.issued_on
        plan.issued_on = day
        session.commit()
    with app.app_context():
        db.session().execute(delete(CaseCache))
        db.session().commit()
    return before


def linked_parent(app: Flask, client: FlaskClient) -> FlaskClient:
    """`client` signed in as the demo child's parent, linked to the case with a code a
    caseworker issued."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client, person="second.parent@example.org")
    redeem(client, issue_code(staff, CASE, "Jo Brennan", "parent_carer"), BORN[CASE])
    return client


def send_response(family: FlaskClient, comment: str, **answers: dict[str, str]) -> None:
    """The family comments on section F, answers the hub's other pages given (by path:
    form), and sends their response."""
    post(family, f"{HUB}/sections/F", {"comment": comment})
    for path, form in answers.items():
        post(family, f"{HUB}/{path}", form)
    assert family.post(CHECK, data=hidden(family.get(CHECK))).status_code == 302
