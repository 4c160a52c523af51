"""An unfinished request is still refused if it is sent anyway (an old tab, a replayed
form): the check page's send button is gone, not the check behind it."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.requests import start


def test_sending_an_unfinished_request_is_refused(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    response = post(client, f"/account/request/{draft}/check", {})
    assert response.status_code == 200
    shown = page(response)
    assert shown.select_one(".govuk-error-summary") is not None
    assert "You have 6 sections left to complete." in shown.get_text(" ", strip=True)
