"""Hypothesis-generated values in every form field and every query parameter: never a 500.

Values are dates (real, impossible, the last one), numbers (negative, huge), Unicode
(right-to-left marks, surrogates escaped, combining characters) and lengths up to the
form limit. In CI the examples are the same on every run (`derandomize`); elsewhere each
run tries new ones. Each form gets a few seconds.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import IN_CI, sign_in
from tests.support.requests import family_pages

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=IN_CI,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# The form fields the portal itself fills in, which a person never types.
KEPT = {"csrf_token", "wording_version", "wording_sha256", "version"}
# Every query parameter a route reads (grep request.args), plus one no route knows.
PARAMETERS = [
    "after", "assigned", "case", "date_of_birth", "draft", "first_name", "from-day",
    "from-month", "from-year", "lang", "last_name", "next", "order", "q", "return_to", "role",
    "row", "service", "sort", "status", "to-day", "to-month", "to-year", "tray", "upn", "v",
    "unknown",
]  # fmt: skip

dates = st.dates().map(lambda d: d.isoformat())
numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=True)
).map(str)
EDGE_VALUES = [
    "",
    "0",
    "-1",
    "99999999999999999999",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "1e309",
    "NaN",
    "\u202e",
    "\x00",
    "٢٠٢٦",
    "x" * 5000,
    "2026-11-29~" + "f" * 32,
]
edge_values = st.sampled_from(EDGE_VALUES)
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
VALUES = st.one_of(edge_values, dates, numbers, text)


def fuzzed(defaults: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """A value for every field; a list for a name the form repeats (a date's three boxes)."""
    return {
        name: value
        if name in KEPT
        else (
            data.draw(st.lists(VALUES, min_size=len(value), max_size=len(value)), label=name)
            if isinstance(value, list)
            else data.draw(VALUES, label=name)
        )
        for name, value in defaults.items()
    }


def forms_on(client: FlaskClient, path: str) -> list[tuple[str, dict[str, Any]]]:
    """forms_of, keeping every box of a field that has several (a date's day, month, year)."""
    page = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
    found = []
    for form in page.select("main form[method=post]"):
        fields: dict[str, Any] = {}
        for field in form.select("input[name], textarea[name], select[name]"):
            kind, name = field.get("type", "text"), field["name"]
            if kind == "file":
                continue
            if kind in ("radio", "checkbox"):
                fields.setdefault(name, field.get("value", "on"))
            elif name in fields:
                before = fields[name]
                fields[name] = [*(before if isinstance(before, list) else [before]), ""]
            else:
                fields[name] = field.get("value", "")
        found.append((form.get("action") or path, fields))
    return found


@pytest.fixture
def family(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client)
    return client


@pytest.fixture
def manager(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "manager@council.example")
    return client


def fuzz_form(client: FlaskClient, action: str, defaults: dict[str, Any], where: str) -> None:
    @FUZZ
    @given(data=st.data())
    def post_fuzzed(data: st.DataObject) -> None:
        response = client.post(action, data=fuzzed(defaults, data))
        assert response.status_code < 500, f"POST {action} (from {where})"

    for edge in EDGE_VALUES:  # every field at each edge at once, then Hypothesis's values
        data = {
            name: value
            if name in KEPT
            else ([edge] * len(value) if isinstance(value, list) else edge)
            for name, value in defaults.items()
        }
        assert client.post(action, data=data).status_code < 500, f"POST {action} {edge[:20]!r}"
    post_fuzzed()


def fuzz_query(client: FlaskClient, path: str) -> None:
    @FUZZ
    @given(query=st.dictionaries(st.sampled_from(PARAMETERS), VALUES, max_size=4))
    def get_fuzzed(query: dict[str, str]) -> None:
        response = client.get(path, query_string=query)
        assert response.status_code < 500, f"GET {path}?{query}"

    for edge in EDGE_VALUES:
        query = dict.fromkeys(PARAMETERS, edge)
        assert client.get(path, query_string=query).status_code < 500, f"GET {path} {edge!r}"
    get_fuzzed()


def test_every_family_form_field(app: Flask, family: FlaskClient) -> None:
    pages = family_pages(family)
    pages += [p.replace("child/name", "child/date-of-birth") for p in pages if "child/name" in p]
    forms = [
        (path, action, defaults) for path in pages for action, defaults in forms_on(family, path)
    ]
    assert len(forms) >= 8, "the sweep reached the forms"
    for path, action, defaults in forms:
        fuzz_form(family, action, defaults, path)


STAFF_PAGES = ["/caseworker/link-codes/new", "/caseworker/queue", "/feedback/"]


def test_every_staff_form_field(manager: FlaskClient) -> None:
    for path in STAFF_PAGES:
        for action, defaults in forms_on(manager, path):
            fuzz_form(manager, action, defaults, path)


def pages_without_arguments(app: Flask) -> list[str]:
    return sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if "GET" in (rule.methods or ())
        and not rule.arguments
        and rule.endpoint not in ("static", "auth.signed_out")
        and not rule.endpoint.startswith("auth.session")
    )


@pytest.mark.parametrize("who", ["family", "manager"])
def test_every_query_parameter(app: Flask, request: pytest.FixtureRequest, who: str) -> None:
    client: FlaskClient = request.getfixturevalue(who)
    for path in pages_without_arguments(app):
        fuzz_query(client, path)
