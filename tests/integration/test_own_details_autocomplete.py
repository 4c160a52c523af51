"""WCAG 2.2 SC 1.3.5 (Identify Input Purpose): the boxes on a request that ask for the
details of the person filling it in say what they are for (`autocomplete`), so a browser
can fill them in; an email address is type="email" and a phone number type="tel". A
child's details given by a parent are not the parent's own: a browser must not fill
those with the parent's (a tester found none of the boxes marked)."""

from __future__ import annotations

from collections.abc import Mapping

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import start

OWN_NAME = {"first_name": "given-name", "last_name": "family-name", "preferred_name": "nickname"}
OWN_CONTACT = {"email": "email", "phone": "tel"}
OWN_BIRTHDAY = {
    "date_of_birth-day": "bday-day",
    "date_of_birth-month": "bday-month",
    "date_of_birth-year": "bday-year",
}
OWN_ADDRESS = {
    "address_line_1": "address-line1",
    "address_line_2": "address-line2",
    "address_town": "address-level2",
    "address_postcode": "postal-code",
}


def _purposes(client: FlaskClient, path: str) -> dict[str, str | None]:
    html = page(client.get(path))
    return {
        str(box["id"]): box.get("autocomplete")  # type: ignore[misc]
        for box in html.select("form input:not([type=hidden])")
    }


def _nothing(expected: Mapping[str, str | None]) -> dict[str, str | None]:
    return dict.fromkeys(expected)


def _contact_boxes_are_typed(client: FlaskClient, path: str) -> None:
    html = page(client.get(path))
    email, phone = html.select_one("#email"), html.select_one("#phone")
    assert email is not None and phone is not None
    assert email["type"] == "email" and email.get("spellcheck") == "false"
    assert phone["type"] == "tel"


def test_a_young_persons_own_details_say_what_they_are(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    request = f"/account/request/{start(client, 'young_person')}"
    assert _purposes(client, f"{request}/child/name") == OWN_NAME
    assert _purposes(client, f"{request}/child/date-of-birth") == OWN_BIRTHDAY
    assert _purposes(client, f"{request}/child/address") == OWN_ADDRESS
    assert _purposes(client, f"{request}/you/contact") == OWN_CONTACT
    _contact_boxes_are_typed(client, f"{request}/you/contact")
    # A tester found the name they like to be called and their first language unmarked.
    assert _purposes(client, f"{request}/child/language")["first_language"] == "language"


def test_a_parents_own_details_say_what_they_are_and_the_childs_do_not(
    client: FlaskClient,
) -> None:
    sign_in(client)
    request = f"/account/request/{start(client)}"
    assert _purposes(client, f"{request}/you/name") == {
        "first_name": "given-name",
        "last_name": "family-name",
        **{f"relationship{n}": None for n in ("", "-2", "-3", "-4", "-5", "-6")},
    }
    assert _purposes(client, f"{request}/you/contact") == OWN_CONTACT
    _contact_boxes_are_typed(client, f"{request}/you/contact")
    assert _purposes(client, f"{request}/you/language")["first_language"] == "language"
    assert _purposes(client, f"{request}/child/language")["first_language"] is None
    assert _purposes(client, f"{request}/child/name") == _nothing(OWN_NAME)
    assert _purposes(client, f"{request}/child/date-of-birth") == _nothing(OWN_BIRTHDAY)
    assert _purposes(client, f"{request}/child/address") == _nothing(OWN_ADDRESS)
