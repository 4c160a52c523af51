"""The security baseline every response carries."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient


def nonce_of(response) -> str:  # type: ignore[no-untyped-def]
    return re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)


def test_pages_carry_a_strict_policy(client: FlaskClient) -> None:
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ):
        assert directive in policy
    assert re.search(r"script-src 'self' 'nonce-[\w-]{20,}'(;|$)", policy)
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def test_each_page_gets_a_fresh_nonce_used_by_every_script(client: FlaskClient) -> None:
    first, second = client.get("/"), client.get("/")
    assert nonce_of(first) != nonce_of(second)
    scripts = BeautifulSoup(first.get_data(as_text=True), "html.parser").find_all("script")
    assert len(scripts) >= 2
    assert {s["nonce"] for s in scripts} == {nonce_of(first)}


def test_assets_are_fingerprinted_and_cached_for_a_year(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    stylesheet = page.find("link", rel="stylesheet")["href"]
    assert re.fullmatch(r"/assets/application\.css\?v=[0-9a-f]{16}", stylesheet)
    response = client.get(stylesheet)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    stale = client.get("/assets/application.css?v=0000000000000000")
    assert stale.headers["Cache-Control"] == "no-cache"


def test_the_stylesheet_uses_arial_not_the_gov_uk_font(client: FlaskClient) -> None:
    css = client.get("/assets/application.css").get_data(as_text=True)
    assert "GDS Transport" not in css
    assert "font-family:arial,sans-serif" in css.replace(" ", "").lower()
    assert '[dir="rtl"]' in css or "[dir=rtl]" in css


def test_health_checks(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ok", "database": "ok"}


def test_readiness_fails_when_the_database_is_unreachable(app: Flask, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import build_app, make_settings

    unreachable = build_app(
        make_settings(tmp_path, "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    )
    response = unreachable.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database": "unreachable"}


def test_request_logs_hold_no_personal_data(client: FlaskClient, capfd) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/privacy?email=jo.bloggs@example.com&name=Jo+Bloggs")
    assert response.status_code == 200
    logged = capfd.readouterr().err
    line = next(entry for entry in logged.splitlines() if '"route": "/privacy"' in entry)
    assert '"request_id": "' in line and '"status": 200' in line
    assert "jo.bloggs" not in logged and "Bloggs" not in logged
