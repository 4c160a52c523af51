"""Choosing a language: ?lang, then the cookie, then Accept-Language, then English."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup, Tag
from flask.testing import FlaskClient


def lang_of(response) -> str:  # type: ignore[no-untyped-def]
    return BeautifulSoup(response.get_data(as_text=True), "html.parser").html["lang"]


def test_english_when_nothing_says_otherwise(client: FlaskClient) -> None:
    assert lang_of(client.get("/")) == "en"


def test_accept_language_picks_an_offered_language(client: FlaskClient) -> None:
    headers = {"Accept-Language": "de;q=0.9, pl;q=0.8, en;q=0.1"}
    assert lang_of(client.get("/", headers=headers)) == "pl"


def test_cookie_beats_accept_language(client: FlaskClient) -> None:
    client.set_cookie("locale", "tr", domain="localhost")
    assert lang_of(client.get("/", headers={"Accept-Language": "pl"})) == "tr"


def test_query_beats_cookie_and_is_remembered(client: FlaskClient) -> None:
    client.set_cookie("locale", "tr", domain="localhost")
    response = client.get("/?lang=bg")
    assert lang_of(response) == "bg"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("locale=bg;")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert lang_of(client.get("/")) == "bg"


@pytest.mark.parametrize("value", ["xx", "", "../../etc", "ar<script>", "EN", "a" * 500])
def test_unknown_query_values_are_ignored(client: FlaskClient, value: str) -> None:
    response = client.get("/", query_string={"lang": value})
    assert response.status_code == 200
    assert lang_of(response) == "en"
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("value", ["klingon", "%FF%FE", '"ar"', "ar; other=1"])
def test_a_malformed_cookie_is_ignored(client: FlaskClient, value: str) -> None:
    client.set_cookie("locale", value, domain="localhost")
    response = client.get("/privacy")
    assert response.status_code == 200
    assert lang_of(response) == "en"


def test_the_switcher_keeps_you_on_the_same_page(client: FlaskClient) -> None:
    page = BeautifulSoup(client.get("/privacy?lang=ro").get_data(as_text=True), "html.parser")
    links = page.select(".portal-language-switcher a")
    arabic = next(a for a in links if a["hreflang"] == "ar")
    assert arabic["lang"] == "ar"
    assert page.select_one(".portal-language-switcher [aria-current]").get_text() == "Română"
    response = client.get(arabic["href"])
    assert response.status_code == 302
    assert response.headers["Location"] == "/privacy"
    assert lang_of(client.get("/privacy")) == "ar"


def test_the_switcher_keeps_other_query_parameters(client: FlaskClient) -> None:
    page = BeautifulSoup(
        client.get("/contact?step=2&lang=pl").get_data(as_text=True), "html.parser"
    )
    english = page.select_one('.portal-language-switcher a[hreflang="en"]')
    assert client.get(english["href"]).headers["Location"] == "/contact?step=2"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "evil.example",
        "/\r\nSet-Cookie:x=1",
        "",
    ],
)
def test_the_switcher_never_leaves_the_site(client: FlaskClient, target: str) -> None:
    response = client.get("/language/ar", query_string={"next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_the_switcher_refuses_a_language_that_is_not_offered(client: FlaskClient) -> None:
    response = client.get("/language/de?next=/privacy")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


def _footer(client: FlaskClient, language: str) -> Tag:
    shown = BeautifulSoup(client.get(f"/?lang={language}").get_data(as_text=True), "html.parser")
    footer = shown.select_one(".portal-footer__copyright")
    assert footer is not None
    return footer


def test_the_persian_footer_isolates_the_councils_english_name(client: FlaskClient) -> None:
    """ "شورای بارنت لندن (London Borough of Barnet)" keeps "(London Borough of Barnet)"
    together in its own direction on a narrow screen; English and Arabic are unchanged."""
    holder = _footer(client, "fa")
    named = holder.select_one("bdi")
    assert named is not None and named.get("dir") == "ltr"
    assert named.get_text() == "(London Borough of Barnet)"
    assert holder.get_text().startswith("© شورای بارنت لندن")
    assert _footer(client, "ar").select("bdi") == []
    english = _footer(client, "en")
    assert (
        english.select("bdi") == [] and english.get_text(strip=True) == "© London Borough of Barnet"
    )
