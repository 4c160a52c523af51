"""Feedback given through the form, by whom, and as it is kept."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from feedback.models import Feedback
from portal.models import Account
from portal.platform import db
from tests.conftest import sign_in

GOOD = {"service": "sen_team", "satisfaction": "2", "could_be_better": "Nobody rang me back."}
CONTACT = {"contact": "yes", "contact_name": "Ama Mensah", "contact_email": "ama@example.org"}


def kept(app: Flask) -> list[Feedback]:
    """Every response kept, the oldest first."""
    with app.app_context():
        return list(db.session().scalars(select(Feedback).order_by(Feedback.received_at)))


def account_of(app: Flask, email: str) -> str:
    with app.app_context():
        return db.session().scalars(select(Account.id).where(Account.email == email)).one()


def signed_in(app: Flask, person: str = "parent@example.org") -> FlaskClient:
    client = app.test_client()
    sign_in(client, person=person)
    return client
