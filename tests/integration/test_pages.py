"""The public pages, in every offered language, with the service's own header and footer."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.dates import format_date
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from tests.support.pages import one

PAGES = ["/", "/privacy", "/accessibility", "/cookies", "/contact"]
LANGUAGES = ["en", "ro", "fa", "pl", "ar", "tr", "bg"]


def soup(response) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_a_council_page_not_a_gov_uk_one(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one(".govuk-generic-header").get_text(strip=True) == "Barnet Council"
    assert "GOV.UK" not in page.get_text()
    assert not page.select(".govuk-logo, .govuk-header__logotype, .govuk-footer__crown")
    assert "Crown copyright" not in page.get_text()
    assert "© London Borough of Barnet" in page.select_one("footer").get_text()
    footer_links = [a["href"] for a in page.select("footer a")]
    assert footer_links == ["/privacy", "/accessibility", "/cookies", "/contact", "/feedback/"]
    assert page.select_one(".govuk-phase-banner a")["href"]
    # In the header's banner landmark, after the service navigation, as GOV.UK places it:
    # outside any landmark, axe's "region" rule found it on every page.
    assert page.select_one("header .govuk-service-navigation ~ * .govuk-phase-banner")
    assert page.select_one(".govuk-service-navigation__service-name")


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/", "Get help with special educational needs and disabilities (SEND) – Barnet Council"),
        ("/privacy", "Privacy notice – Get help with special educational needs and disabilities"),
    ],
)
def test_a_title_names_the_page_then_the_service_once(
    client: FlaskClient, path: str, title: str
) -> None:
    shown = soup(client.get(path)).title
    assert shown is not None
    written = " ".join(shown.get_text().split())
    assert written.startswith(title)
    assert written.count("Get help with special") == 1


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_translated(client: FlaskClient, path: str, language: str) -> None:
    english = soup(client.get(path, query_string={"lang": "en"})).h1.get_text(strip=True)
    page = soup(client.get(path, query_string={"lang": language}))
    direction = "rtl" if language in ("ar", "fa") else "ltr"
    assert page.html["lang"] == language
    assert page.html["dir"] == direction
    if language != "en":
        assert page.h1.get_text(strip=True) != english, f"{path} is not translated to {language}"


def test_the_privacy_notice_is_built_from_app_yaml_and_the_catalogue(
    client: FlaskClient, app: Flask
) -> None:
    page = soup(client.get("/privacy"))
    text = page.get_text(" ")
    config = app.extensions["portal_settings"].config
    catalogue = app.extensions["portal_catalogue"]
    for partner in config.partners:
        assert partner.name in text
    for category in catalogue.categories.child + catalogue.categories.parent:
        assert category.name in text
    for basis in catalogue.lawful_bases:
        assert basis.name in text
    assert "28 days" in text
    assert "We must share this information by law" in text
    assert config.council.data_protection_officer_email in text


@pytest.mark.parametrize(
    ("language", "expected_locale"), [("en", "en_GB"), ("ro", "ro"), ("ar", "ar")]
)
def test_dates_are_written_the_local_way(
    client: FlaskClient, language: str, expected_locale: str
) -> None:
    text = soup(client.get("/privacy", query_string={"lang": language})).get_text(" ")
    assert format_date(dt.date(2026, 11, 1), format="long", locale=expected_locale) in text


def test_a_literal_percent_sign_survives_translation(client: FlaskClient) -> None:
    for language in LANGUAGES:
        text = soup(client.get("/accessibility", query_string={"lang": language})).get_text(" ")
        assert "%%" not in text, language
        assert "%" in text or "٪" in text, language


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("path", PAGES)
def test_every_email_address_on_a_page_is_a_link_to_write_to_it(
    client: FlaskClient, path: str, language: str
) -> None:
    """The privacy notice's data protection officer and the accessibility statement's
    address were plain text where every other address is a link: each can be pressed to
    write to it, and reads left to right in Arabic too."""
    main = one(soup(client.get(f"{path}?lang={language}")), "main")
    for person in main.select('span[lang="en"][dir="ltr"]'):
        person.decompose()  # a development copy's example people: names to sign in as
    for address in EMAIL.findall(main.get_text()):
        links = main.select(f'a[href="mailto:{address}"]')
        assert links, f"{path}: {address} is not a link"
        assert all(link.get("dir") == "ltr" for link in links), f"{path}: {address}"
