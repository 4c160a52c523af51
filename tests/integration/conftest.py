"""Fixtures many integration tests share: a request a family has sent, and a signed-in
caseworker, both on the `app` fixture's portal."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
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
