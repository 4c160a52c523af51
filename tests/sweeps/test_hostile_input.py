"""Every route, every form, as an attacker would try them: never a 500, never a script
run from what someone typed, never a redirect away from the portal.

The routes come from the app's own url_map, so a new route is swept without being
listed here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.requests import family_pages

SCRIPT = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
SQL = "' OR 1=1; DROP TABLE accounts; --"
PAYLOADS = (SCRIPT, SQL, "x" * 100_000, "\u202e\u0000\ud800"[:2])
SKIPPED = {"static", "ops.healthz", "ops.readyz"}
ARGUMENT_VALUES = ("does-not-exist", SQL, "../../etc/passwd", "0" * 32)


def routes(app: Flask) -> list[tuple[str, str, set[str]]]:
    found = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in SKIPPED or rule.endpoint.startswith("case_system"):
            continue
        found.append((rule.rule, rule.endpoint, set(rule.methods or ()) - {"HEAD", "OPTIONS"}))
    return found


def fill_in(rule: str, value: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?[a-z_]+>", value.replace("/", "%2F"), rule)


@pytest.fixture
def people(app: Flask, client: FlaskClient) -> dict[str, FlaskClient]:
    family = app.test_client()
    sign_in(family)
    staff = app.test_client()
    sign_in(staff, "staff", "manager@council.example")
    return {"visitor": client, "family": family, "staff": staff}


def test_every_route_with_hostile_arguments_and_methods(
    app: Flask, people: dict[str, FlaskClient]
) -> None:
    for rule, endpoint, methods in routes(app):
        for value in ARGUMENT_VALUES:
            path = fill_in(rule, value)
            for who, client in people.items():
                for method in ("GET", "POST", "PUT", "DELETE"):
                    response = client.open(path, method=method)
                    where = f"{method} {path} as {who} ({endpoint})"
                    assert response.status_code < 500, where
                    if method not in methods and response.status_code != 404:
                        assert response.status_code in (302, 400, 403, 405), where


def forms_of(client: FlaskClient, path: str) -> list[tuple[str, dict[str, Any]]]:
    """Each form on the page, with its action and its fields filled with their defaults."""
    page = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
    found = []
    for form in page.select("main form[method=post]"):
        fields: dict[str, Any] = {}
        for field in form.select("input[name], textarea[name], select[name]"):
            kind = field.get("type", "text")
            if kind in ("radio", "checkbox"):
                fields.setdefault(field["name"], field.get("value", "on"))
            elif kind != "file":
                fields[field["name"]] = field.get("value", "")
        found.append((form.get("action") or path, fields))
    return found


def csrf(client: FlaskClient, path: str) -> str:
    page = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
    return page.select_one("input[name=csrf_token]")["value"]


def test_every_form_with_hostile_values(app: Flask, people: dict[str, FlaskClient]) -> None:
    family = people["family"]
    tried = 0
    for path in family_pages(family):
        for action, defaults in forms_of(family, path):
            tried += 1
            for payload in PAYLOADS:
                data = {
                    name: (
                        value
                        if name in ("csrf_token", "wording_version", "wording_sha256")
                        else payload
                    )
                    for name, value in defaults.items()
                }
                response = family.post(action, data=data)
                where = f"POST {action} from {path} with {payload[:20]!r}"
                assert response.status_code < 500, where
                assert "<script>alert(1)</script>" not in response.get_data(as_text=True), where
    assert tried >= 8, "the sweep reached the forms"


def test_forms_without_or_with_a_wrong_csrf_token_are_refused_clearly(
    people: dict[str, FlaskClient],
) -> None:
    family = people["family"]
    for token in (None, "forged-token"):
        data = {"role": "parent_carer"} | ({"csrf_token": token} if token else {})
        response = family.post("/account/request/who", data=data)
        assert response.status_code == 400
        assert "Sorry, we could not accept that" in response.get_data(as_text=True)


def test_bodies_that_are_not_utf8_get_a_clear_page(people: dict[str, FlaskClient]) -> None:
    for who, client in people.items():
        response = client.post(
            "/feedback/",
            data=b"service=\xff\xfe\xfd&satisfaction=%FF%FE",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 400), who


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_no_redirect_leaves_the_portal(client: FlaskClient, target: str) -> None:
    for path in (f"/language/pl?next={target}", f"/language/ar?next={target}"):
        location = client.get(path).headers.get("Location", "")
        assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    signed_in = sign_in(client, next_path=target)
    assert signed_in.headers["Location"] == "/account/", "after sign-in, home: not elsewhere"
