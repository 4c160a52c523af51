"""A tester signed in as a parent gave feedback and asked to be contacted, with a name and
an email address; "Your data" ("everything this service holds about you") showed none of
it, and the rights page listed the feedback questions as information never given. Feedback
kept with the account (tests/integration/test_feedback_linked.py) is now in "Your data",
its downloads and the rights page, for that account alone, until it is anonymised."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from feedback.models import Feedback
from portal.models import AuditEvent, DataRightsRequest
from portal.platform import db
from tests.support.feedback import CONTACT, GOOD, account_of, signed_in
from tests.support.pages import page, post
from tests.support.requests import start

RIGHTS = "/account/your-data/rights"
PROMISE = "we keep your feedback and contact details with your account"


def _text(client: FlaskClient, path: str) -> str:
    return " ".join(page(client.get(path)).get_text(" ").split())


def _given(client: FlaskClient) -> list[str]:
    """The rights page's links for items listed as given (not set apart as never given)."""
    shown = page(client.get(RIGHTS))
    return [str(a["href"]) for a in shown.select("tbody a") if a.find_parent("details") is None]


def test_the_feedback_page_says_what_happens_to_someone_signed_in(app: Flask) -> None:
    assert PROMISE not in _text(app.test_client(), "/feedback/"), "nothing to keep it with"
    assert PROMISE in _text(signed_in(app), "/feedback/")


def test_your_data_and_its_downloads_carry_it_and_no_one_elses(app: Flask) -> None:
    family = signed_in(app)
    post(family, "/feedback/", {**GOOD, **CONTACT})
    other = signed_in(app, "second.parent@example.org")
    theirs = {"contact": "yes", "contact_name": "Bo", "contact_email": "bo@example.org"}
    post(other, "/feedback/", {**GOOD, **theirs})

    shown = _text(family, "/account/your-data")
    for words in ("Your feedback", "The SEN team", "Dissatisfied", GOOD["could_be_better"]):
        assert words in shown, words
    assert "Ama Mensah" in shown and "ama@example.org" in shown
    assert "bo@example.org" not in shown, "another account's feedback"
    assert "Ama Mensah" in _text(family, "/account/your-data/feedback")

    (mine,) = family.get("/account/your-data.json").get_json()["feedback"]
    answers = {a["id"]: a for a in mine["answers"]}
    assert answers["feedback.service"]["value_label"] == "The SEN team"
    assert answers["feedback.contact_email"]["value"] == "ama@example.org"
    assert answers["feedback.could_be_better"]["value"] == GOOD["could_be_better"]
    assert mine["service"] == "sen_team" and dt.datetime.fromisoformat(mine["sent_at"])
    copy = family.get("/account/your-data.html").get_data(as_text=True)
    assert "ama@example.org" in copy and GOOD["could_be_better"] in copy
    assert "bo@example.org" not in copy

    (other_one,) = other.get("/account/your-data.json").get_json()["feedback"]
    assert "ama@example.org" not in str(other_one)
    assert "ama@example.org" not in _text(other, "/account/your-data/feedback")
    assert "ama@example.org" not in _text(other, RIGHTS)
    with app.app_context():
        looked = db.session().scalars(
            select(AuditEvent.action).where(
                AuditEvent.object_id == account_of(app, "parent@example.org")
            )
        )
        assert "viewed_own_data" in list(looked), "reading it is audited, as the page is"


def test_a_young_person_reads_it_in_their_own_register(app: Flask) -> None:
    young = signed_in(app, "young.person@example.org")
    start(young, "young_person")  # asking for their own assessment
    young.get("/account/?lang=pl")
    assert "poprosisz nas o kontakt" in _text(young, "/feedback/")
    post(young, "/feedback/", {**GOOD, **CONTACT})
    shown = _text(young, "/account/your-data")
    assert "Twoje opinie" in shown and "Państwa opinie" not in shown
    assert "Ama Mensah" in shown


def test_the_rights_page_has_it_as_given_and_a_request_can_be_made(app: Flask) -> None:
    family = signed_in(app)
    assert f"{RIGHTS}/feedback.contact_email" not in _given(family), "not given yet"
    post(family, "/feedback/", {**GOOD, **CONTACT})

    given = _given(family)
    for item in ("service", "satisfaction", "could_be_better", "contact_name", "contact_email"):
        assert f"{RIGHTS}/feedback.{item}" in given, item
    assert f"{RIGHTS}/feedback.worked_well" not in given, "left blank: never given"
    assert "ama@example.org" in _text(family, RIGHTS)

    asked = f"{RIGHTS}/feedback.contact_email"
    assert "ama@example.org" in _text(family, asked)
    sent = post(family, asked, {"right": "erasure", "details": "Please delete my email."})
    assert sent.status_code == 302
    with app.app_context():
        row = db.session().scalars(select(DataRightsRequest)).one()
        assert (row.item_id, row.right) == ("feedback.contact_email", "erasure")


def test_once_anonymised_it_is_not_theirs(app: Flask) -> None:
    """Retention removes the comments, the contact details and the link: "Your data" no
    longer lists the feedback, and the rights page has its questions as never given."""
    family = signed_in(app)
    post(family, "/feedback/", {**GOOD, **CONTACT})
    with app.app_context():
        db.session().execute(
            update(Feedback).values(received_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        )
        db.session().commit()
    app.test_cli_runner().invoke(args=["retention", "run"])

    assert family.get("/account/your-data.json").get_json()["feedback"] == []
    shown = _text(family, "/account/your-data")
    assert "Your feedback" not in shown and "Ama Mensah" not in shown
    assert not [href for href in _given(family) if "/feedback." in href]
