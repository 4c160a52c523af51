"""Fixtures many integration tests share: a request a family has sent, and a signed-in
caseworker, both on the `app` fixture's portal."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.draft_plans import draft_sent_on
from tests.support.requests import submitted


@pytest.fixture
def reference(client: FlaskClient) -> str:
    """The reference of a request the signed-in family has sent."""
    sign_in(client)
    return submitted(client)


@pytest.fixture
def staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return client


@pytest.fixture
def sent_on(app: Flask) -> Iterator[Any]:
    """Set the demo child's draft plan's date for one test, and put it back afterwards."""
    replaced: list[Any] = []

    def setter(day: Any) -> None:
        before = draft_sent_on(app, day)
        if not replaced:
            replaced.append(before)

    yield setter
    if replaced:
        draft_sent_on(app, replaced[0])
