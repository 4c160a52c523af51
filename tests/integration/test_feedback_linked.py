"""Feedback is linked to an account only when someone signed in to a family's account asks
to be contacted about it: anonymous feedback, feedback from someone signed in who did not
ask, and staff's, stay linked to no one. A tester who asked to be contacted found their
feedback nowhere in "Your data" (tests/integration/test_feedback_in_your_data.py). Anonymising
it unlinks it again, and the migration that adds the link takes it away cleanly."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from sqlalchemy import create_engine, inspect, select, update

from feedback.models import Feedback
from portal.platform import db
from tests.conftest import downgrade, migrate, sign_in
from tests.support.feedback import CONTACT, GOOD, account_of, kept, signed_in
from tests.support.pages import post


def test_only_a_signed_in_family_asking_to_be_contacted_is_linked(app: Flask) -> None:
    post(app.test_client(), "/feedback/", {**GOOD, **CONTACT})
    family = signed_in(app)
    post(family, "/feedback/", {**GOOD, "contact": "no"})
    post(family, "/feedback/", {**GOOD, **CONTACT})
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    post(staff, "/feedback/", {**GOOD, **CONTACT})

    anonymous, not_asked, asked, by_staff = kept(app)
    assert anonymous.account_id is None and anonymous.contact is not None
    assert not_asked.account_id is None and not_asked.contact is None
    assert asked.account_id == account_of(app, "parent@example.org")
    assert asked.contact == {"name": "Ama Mensah", "email": "ama@example.org", "phone": None}
    assert by_staff.account_id is None, "staff have no Your data"


def test_anonymising_it_unlinks_it(app: Flask) -> None:
    """What is left (the service and the score) is no one's, and still counted."""
    post(signed_in(app), "/feedback/", {**GOOD, **CONTACT})
    with app.app_context():
        db.session().execute(
            update(Feedback).values(received_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        )
        db.session().commit()
    result = app.test_cli_runner().invoke(args=["retention", "run"])
    assert "Deleted 1 feedback comments (anonymised)." in result.output
    (left,) = kept(app)
    assert (left.account_id, left.contact, left.could_be_better) == (None, None, None)
    assert (left.service, left.satisfaction) == ("sen_team", 2)


LINK = {"account_id", "ix_feedback_account_id", "accounts.id CASCADE"}


def _columns_and_rows(url: str) -> tuple[set[str], int]:
    """The feedback table's columns, indexes and foreign keys, and how many rows it has."""
    engine = create_engine(url)
    found = inspect(engine)
    columns = {column["name"] for column in found.get_columns("feedback")}
    indexes = {str(index["name"]) for index in found.get_indexes("feedback")}
    keys = {
        f"{key['referred_table']}.{key['referred_columns'][0]} {key['options'].get('ondelete')}"
        for key in found.get_foreign_keys("feedback")
    }
    with engine.connect() as connection:
        rows = len(connection.execute(select(Feedback.id)).all())
    engine.dispose()
    return columns | indexes | keys, rows


def test_the_migration_adds_the_link_and_takes_it_away_again(
    db_app: Flask, database_url: str
) -> None:
    post(signed_in(db_app), "/feedback/", {**GOOD, **CONTACT})
    columns, rows = _columns_and_rows(database_url)
    assert columns >= LINK and rows == 1
    db_app.extensions["db_engine"].dispose()
    downgrade(database_url, "0037")
    columns, rows = _columns_and_rows(database_url)
    assert not LINK & columns and rows == 1, "the feedback is kept"

    migrate(database_url)
    columns, rows = _columns_and_rows(database_url)
    assert columns >= LINK and rows == 1
    (left,) = kept(db_app)
    assert left.account_id is None, "nothing said whose it was: it stays no one's"
