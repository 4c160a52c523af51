"""The request's contact page offers the email the person signs in with: a tester signed
in as young.person@example.org found the email box empty, as if we did not know it."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import one, page, post
from tests.support.requests import start


def _email_box(client: FlaskClient, draft: str) -> str:
    shown = page(client.get(f"/account/request/{draft}/you/contact"))
    return str(one(shown, "input[name=email]").get("value") or "")


def test_the_sign_in_email_is_offered_until_another_is_given(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    assert _email_box(client, draft) == "young.person@example.org"
    saved = post(
        client,
        f"/account/request/{draft}/you/contact",
        {"email": "jordan.hale@example.org", "phone": "07700 900 982"},
    )
    assert saved.status_code == 302
    assert _email_box(client, draft) == "jordan.hale@example.org", "their own choice is kept"
