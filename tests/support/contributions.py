"""A person's views ("All about me") in the test client: begin, answer, attach a file."""

from __future__ import annotations

import io
import re

from flask.testing import FlaskClient

from tests.support.pages import hidden, page, post

PROMPTS = ("likes", "important", "hard", "support", "hopes")


def begin(client: FlaskClient, author: str, destination: str) -> str:
    """Start views by `author` for `destination`; returns the contribution's id."""
    response = post(
        client, "/account/contributions/new", {"author": author, "destination": destination}
    )
    assert response.status_code == 302, page(response).select_one(".govuk-error-summary")
    match = re.match(r"/account/contributions/([0-9a-f]{32})/", response.headers["Location"])
    assert match
    return match.group(1)


def answer_all(client: FlaskClient, contribution: str, answers: dict[str, str]) -> None:
    for slug in PROMPTS:
        path = f"/account/contributions/{contribution}/about/{slug}"
        response = post(client, path, {"answer": answers.get(slug, "")})
        assert response.status_code == 302, slug


def add_file(client: FlaskClient, contribution: str, data: bytes, name: str):  # type: ignore[no-untyped-def]
    path = f"/account/contributions/{contribution}/files"
    return client.post(
        path,
        data={**hidden(client.get(path)), "file": (io.BytesIO(data), name), "description": ""},
        content_type="multipart/form-data",
    )
