"""A professional who chose "on behalf of a family" can go back, and is pointed to the
council's form for education settings only where the portal can link to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import build_app, make_settings, sign_in, sqlite_copy, write_config
from tests.support.pages import page, post

FORM = "https://www.barnet.gov.uk/sen-request-education-settings"


def _professionals(client: FlaskClient, lang: str = "en"):  # type: ignore[no-untyped-def]
    sign_in(client)
    response = post(client, "/account/request/who", {"role": "professional"})
    return page(client.get(response.headers["Location"] + f"?lang={lang}"))


@pytest.mark.parametrize("lang", ["en", "ar", "pl"])
def test_the_professionals_page_has_a_back_link_to_who_is_asking(
    client: FlaskClient, lang: str
) -> None:
    back = _professionals(client, lang).select(".govuk-back-link")
    assert [a["href"] for a in back] == ["/account/request/who"]


def test_without_a_form_address_the_page_names_no_form_it_cannot_link(
    client: FlaskClient,
) -> None:
    shown = _professionals(client)
    items = [li.get_text(" ", strip=True) for li in shown.select("main li")]
    schools = next(text for text in items if text.startswith("Schools, nurseries and colleges"))
    assert "use the SEND team's request form" not in schools
    assert "SEN team" in schools, "they are told whom to ask"


@pytest.fixture
def app_with_form(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Flask]:
    def with_form(data: dict) -> None:  # type: ignore[type-arg]
        data["council"]["contact"]["education_settings_request_form"] = FORM

    settings = make_settings(
        tmp_path,
        sqlite_copy(migrated_sqlite, tmp_path),
        PORTAL_CONFIG=str(write_config(tmp_path, with_form)),
    )
    application = build_app(settings)
    yield application
    application.extensions["db_engine"].dispose()


def test_with_a_form_address_the_form_is_a_link(app_with_form: Flask) -> None:
    shown = _professionals(app_with_form.test_client())
    links = shown.select(f'main a[href="{FORM}"]')
    assert [a.get_text(" ", strip=True) for a in links] == [
        "SEND team's request form for education settings"
    ]
