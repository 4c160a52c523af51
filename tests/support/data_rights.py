"""Asking under "Your data" for a right over one item, and a caseworker's answer, in the
test client: shared by the data-rights tests."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.support.pages import hidden, page, post

RIGHTS = "/account/your-data/rights"
BIRTH = f"{RIGHTS}/child.date_of_birth"
QUEUE = "/caseworker/data-rights"
CORRECTION = {
    "right": "rectification",
    "details": "The year of birth is wrong",
    "correction": "27 March 2016",
}


def text_of(response) -> str:  # type: ignore[no-untyped-def]
    return " ".join(page(response).get_text(" ", strip=True).split())


def answer(staff: FlaskClient, path: str, action: str, reason: str):  # type: ignore[no-untyped-def]
    """A caseworker's answer on a request's page: "extend" or "done", each form's fields
    named apart (the page holds both)."""
    prefix = "extend" if action == "extend" else "close"
    csrf = hidden(staff.get(path))["close-csrf_token"]  # the session's token, on either form
    return staff.post(
        f"{path}/{action}", data={f"{prefix}-csrf_token": csrf, f"{prefix}-reason": reason}
    )


def sent(client: FlaskClient, path: str = BIRTH, data: dict | None = None) -> str:  # type: ignore[type-arg]
    """Send a request; returns its id. A parent of several children who is asked which
    child it is about answers the first offered, unless `data` says."""
    data = dict(data or CORRECTION)
    offered = page(client.get(path)).select("input[name=about]")
    if offered and "about" not in data:
        data["about"] = offered[0]["value"]
    response = post(client, path, data)
    assert response.status_code == 302, text_of(response)
    found = re.fullmatch(
        r"/account/your-data/requests/([0-9a-f]{32})", response.headers["Location"]
    )
    assert found
    return found.group(1)
