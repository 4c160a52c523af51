"""Taking back the names of the people we must not share information with is removing a
protection, and is said so: a tester read the young person's "Withdraw" on it, and a
page "Withdraw consent: People we must not share information with", as withdrawing
consent to share."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import ConsentEvent, ConsentWording
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import hidden, one, page, post
from tests.support.requests import fill, give_consent, start, young_person_answers


def with_people_named(client: FlaskClient) -> str:
    """A young person's case, sent with someone we must not share information with."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    path = f"/account/request/{draft}/consent"
    fill(client, draft, young_person_answers())
    give_consent(client, path, exclusions="My uncle, Bartholomew Quince")
    response = post(client, f"/account/request/{draft}/check", {})
    shown = page(client.get(response.headers["Location"]))
    return one(shown, ".govuk-panel strong").get_text(strip=True)


def test_the_named_people_are_removed_not_consent_withdrawn(
    app: Flask, client: FlaskClient
) -> None:
    reference = with_people_named(client)
    consent = page(client.get(f"/account/cases/{reference}/consent"))
    row = next(
        row
        for row in consent.select(".govuk-summary-list__row")
        if "People we must not share information with" in row.get_text(" ")
    )
    action = one(row, ".govuk-summary-list__actions a")
    words = action.get_text(" ", strip=True)
    assert "Withdraw" not in words and words.startswith("Remove"), words
    path = str(action["href"])
    shown = page(client.get(path))
    title = one(shown, "h1").get_text(" ", strip=True)
    text = shown.get_text(" ", strip=True)
    assert title == "Remove the people we must not share information with"
    assert "Withdraw" not in text and "withdraw" not in text, text
    assert "under the choices you have made" in text, "what follows is said"
    button = one(shown, "main form button").get_text(strip=True)
    assert button == "Stop keeping information from the people you named"
    done = client.post(path, data=hidden(client.get(path)))
    assert done.status_code == 302
    after = page(client.get(done.headers["Location"])).get_text(" ", strip=True)
    assert "withdrawn your consent" not in after
    assert "You have removed the people we must not share information with" in after
    with app.app_context():
        event = (
            db.session()
            .scalars(select(ConsentEvent).order_by(ConsentEvent.occurred_at.desc()))
            .first()
        )
        assert event is not None
        assert (event.choice, event.given) == ("named_exclusions", False)
        read = db.session().get(ConsentWording, event.wording_sha256)
        assert read is not None and read.text.startswith(title), "the wording read is kept"


def test_changing_who_is_named_is_not_giving_or_withdrawing_consent(client: FlaskClient) -> None:
    """Clearing the names on the change page, and naming someone new, are checked before
    they are confirmed: neither is consent given or withdrawn."""
    reference = with_people_named(client)
    path = f"/account/cases/{reference}/consent/change"
    cleared = give_consent(client, path, exclusions="")
    confirm = page(client.get(cleared.headers["Location"])).get_text(" ", strip=True)
    assert "withdrawing your consent" not in confirm, confirm
    assert "We will stop keeping information from the people you named" in confirm
    named = give_consent(client, path, exclusions="My cousin, Ada Quince")
    confirm = page(client.get(named.headers["Location"])).get_text(" ", strip=True)
    assert "giving your consent" not in confirm, confirm
    assert "We will keep information from these people: My cousin, Ada Quince" in confirm
