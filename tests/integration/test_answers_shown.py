"""Stored answers are shown as their labels, in the reader's language, and dates as
dates: never the codes the portal keeps (`parent_carer`, `MWBA`, `2015-05-14`)."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.answers import TEN_YEARS_AGO
from tests.support.pages import post
from tests.support.requests import ANSWERS, fill, start

CODES = ["parent_carer", "mother", "MWBA", "school", "family_services", "nhs_trusts", "confirmed"]
LABELS = [
    "Mother",
    "Mixed – White and Black African",
    "School",
    "Barnet Family Services",
    f"27 March {TEN_YEARS_AGO}",
]


def _answers_with_ethnicity() -> dict:  # type: ignore[type-arg]
    answers = {section: dict(pages) for section, pages in ANSWERS.items()}
    answers["child"] = {**answers["child"], "ethnicity": {"ethnicity": "MWBA"}}
    return answers


def _sent(client: FlaskClient) -> str:
    sign_in(client)
    draft = start(client)
    fill(client, draft, _answers_with_ethnicity())
    response = post(client, f"/account/request/{draft}/check", {})
    assert response.status_code == 302
    return re.search(
        r"BNT-[0-9A-Z-]+", client.get(response.headers["Location"]).get_data(as_text=True)
    ).group(0)  # type: ignore[union-attr]


def _answer_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    return " | ".join(dd.get_text(" ", strip=True) for dd in soup.select("dd"))


def _assert_labels(shown: str) -> None:
    for code in CODES:
        assert not re.search(rf"(^|[\s|]){re.escape(code)}($|[\s|,])", shown), (code, shown)
    assert not re.search(r"\d{4}-\d\d-\d\d", shown), shown
    for label in LABELS:
        assert label in shown, (label, shown)
    assert re.search(r"(^|\| )No( \||$)", shown), shown


@pytest.fixture
def reference(client: FlaskClient) -> str:
    return _sent(client)


def test_your_data_page_shows_labels(client: FlaskClient, reference: str) -> None:
    _assert_labels(_answer_text(client.get("/account/your-data").get_data(as_text=True)))


def test_your_data_download_shows_labels(client: FlaskClient, reference: str) -> None:
    _assert_labels(_answer_text(client.get("/account/your-data.html").get_data(as_text=True)))


def test_your_data_json_keeps_codes_and_adds_labels(client: FlaskClient, reference: str) -> None:
    data = json.loads(client.get("/account/your-data.json").data)
    items = {i["id"]: i for g in data["requests"][0]["answers"] for i in g["items"]}
    assert items["parent.relationship"]["value"] == "mother"
    assert items["parent.relationship"]["value_label"] == "Mother"
    assert items["child.ethnicity"]["value_label"] == "Mixed – White and Black African"
    assert items["child.date_of_birth"]["value"] == f"{TEN_YEARS_AGO}-03-27"
    assert items["child.date_of_birth"]["value_label"] == f"27 March {TEN_YEARS_AGO}"
    assert items["consent.sharing"]["value"] == ["family_services", "nhs_trusts"]
    assert items["consent.sharing"]["value_label"][0] == "Barnet Family Services"
    assert data["requests"][0]["asked_as"] == "parent_carer"
    assert data["requests"][0]["asked_as_label"] == "Parent or carer"


def test_your_data_in_romanian_translates_labels(client: FlaskClient, reference: str) -> None:
    shown = _answer_text(client.get("/account/your-data?lang=ro").get_data(as_text=True))
    assert "Mother" not in shown and "Mamă" in shown, shown
    assert f"27 martie {TEN_YEARS_AGO}" in shown, shown


def test_caseworker_request_view_shows_labels(
    app: Flask, client: FlaskClient, reference: str
) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    html = staff.get(f"/caseworker/requests/{reference}/answers").get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select("h1")[0].get_text(strip=True) == "Answers"
    assert soup.select(".moj-sub-navigation a[aria-current=page]")[0].get_text() == "Answers"
    shown = [dd.get_text(" ", strip=True) for dd in soup.select("main dl dd")]
    _assert_labels(" | ".join(shown))


def test_downloaded_copy_stands_alone(client: FlaskClient, reference: str) -> None:
    """The HTML download is a document to keep and print: no site around it, nothing that
    needs the site, in the reader's language and direction."""
    response = client.get("/account/your-data.html?lang=ar")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.html["lang"] == "ar" and soup.html["dir"] == "rtl"
    assert not soup.select("script, link, form, button, input, header, nav, footer, img")
    assert not [a["href"] for a in soup.select("a[href]")]
    assert soup.select_one("style") is not None and "@media print" in str(soup.style)
    assert soup.title.get_text(strip=True) and soup.h1 is not None
    assert reference in soup.get_text()


def test_caseworkers_see_which_answers_were_the_familys_choice_not_required_on_each(
    app: Flask, client: FlaskClient, reference: str
) -> None:
    """A tester triaging in Chromium read a grey "Required" under every answer ("Parent's
    first name / Required Marek"), which reads like a validation flag; the answers a
    family chose to give are the ones worth marking."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    html = staff.get(f"/caseworker/requests/{reference}/answers").get_data(as_text=True)
    keys = {
        dt.get_text(" ", strip=True) for dt in BeautifulSoup(html, "html.parser").select("main dt")
    }
    assert "Child's date of birth" in keys, keys
    assert "Child's ethnic group Optional" in keys, keys
    assert not [key for key in keys if "Required" in key], keys
