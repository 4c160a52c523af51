"""The application as production configures it: host names, CSRF over HTTPS."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from joserfc.jwk import RSAKey

from portal.app import create_app
from portal.platform.settings import load_settings
from tests.conftest import (
    POSTGRES_URL,
    drop_postgres_schema,
    fresh_postgres_schema,
    migrate,
    write_config,
)
from tests.support.production import production_config, production_environ


@pytest.fixture
def production_app(tmp_path: Path) -> Iterator[Flask]:
    """Production refuses SQLite, so this needs TEST_DATABASE_URL (CI always sets it)."""
    if not POSTGRES_URL:
        pytest.skip("production needs PostgreSQL: set TEST_DATABASE_URL")
    database_url = fresh_postgres_schema(POSTGRES_URL)
    migrate(database_url)
    config = write_config(tmp_path, production_config)
    settings = load_settings(
        production_environ(
            tmp_path,
            config,
            SECRET_KEY="x" * 40,
            DATABASE_URL=database_url,
            FAMILY_OIDC_PRIVATE_KEY=json.dumps(
                RSAKey.generate_key(2048, private=True, auto_kid=True).as_dict(private=True)
            ),
            STAFF_OIDC_CLIENT_SECRET="secret",
            CASE_API_CLIENT_SECRET="secret",
            NOTIFY_API_KEY="key",
            CLAMD_ADDRESS="127.0.0.1:9",
            PORTAL_DATA_KEYS="oHpbDVnYm2x6XHUJpq0kR0OYtqBcoEqoqzAcL2BPdKk=",
            PORTAL_TRUSTED_PROXIES="0",
            PORTAL_ALLOWED_HOSTS="send.example.gov.uk",
            RATELIMIT_STORAGE_URI="memory://",
        )
        | {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/0"}
    )
    app = create_app(settings)
    yield app
    app.extensions["db_engine"].dispose()
    drop_postgres_schema(database_url)


def test_a_request_for_another_host_name_is_refused(production_app: Flask) -> None:
    client = production_app.test_client()
    evil = client.get("/auth/families/start", base_url="https://evil.example")
    assert evil.status_code == 400
    assert "evil.example" not in evil.headers.get("Location", "")
    good = client.get("/feedback/", base_url="https://send.example.gov.uk")
    assert good.status_code == 200


def test_a_form_posted_without_a_referrer_from_this_site_is_refused(
    production_app: Flask,
) -> None:
    client = production_app.test_client()
    base = "https://send.example.gov.uk"
    page = client.get("/feedback/", base_url=base).get_data(as_text=True)
    token = BeautifulSoup(page, "html.parser").select_one("input[name=csrf_token]")["value"]
    data = {"csrf_token": token, "service": "sen_team", "satisfaction": "4"}
    elsewhere = client.post(
        "/feedback/", base_url=base, data=data, headers={"Referer": "https://evil.example/"}
    )
    assert elsewhere.status_code == 400
    assert "Sorry, we could not accept that" in elsewhere.get_data(as_text=True)
    here = client.post("/feedback/", base_url=base, data=data, headers={"Referer": f"{base}/"})
    assert here.status_code != 400, "the same form from this site is accepted"
