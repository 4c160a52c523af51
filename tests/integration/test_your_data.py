"""A family sees and downloads everything the portal holds about them, and nobody else's."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import post
from tests.support.requests import ANSWERS, fill, start


def test_your_data_lists_answers_by_category_and_who_saw_them(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    html = BeautifulSoup(client.get("/account/your-data").get_data(as_text=True), "html.parser")
    text = html.get_text(" ")
    assert "About the child or young person: Special educational needs" in text
    assert "Finds reading very hard." in text and "You had to answer this" in text
    headings = [h.get_text(" ", strip=True) for h in html.select("h2")]
    assert any(h.startswith("Request BNT-") for h in headings)
    rows = [r.get_text(" ", strip=True) for r in html.select("tbody tr")]
    assert any("Sent a request" in r and "You" in r for r in rows)


def test_downloads_hold_the_same_data(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    as_json = client.get("/account/your-data.json")
    assert as_json.headers["Content-Disposition"] == 'attachment; filename="your-data.json"'
    data = json.loads(as_json.data)
    answers = {
        item["id"]: item["value"]
        for group in data["requests"][0]["answers"]
        for item in group["items"]
    }
    assert answers["child.first_name"] == "Zoë"
    assert answers["needs.areas"] == ["communication", "learning"]
    assert data["consent_history"] == []
    as_html = client.get("/account/your-data.html")
    assert as_html.headers["Content-Disposition"] == 'attachment; filename="your-data.html"'
    assert "Zoë" in as_html.get_data(as_text=True)


def test_no_other_persons_data(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    fill(client, start(client))
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    theirs = other.get("/account/your-data.json").get_data(as_text=True)
    assert "Zoë" not in theirs and "anna@example.org" not in theirs
    assert json.loads(theirs)["requests"] == []


def test_a_picture_added_once_is_one_row_in_who_has_looked_in_every_language(
    app: Flask, client: FlaskClient
) -> None:
    """A picture is re-encoded as it is kept; the family added one file, and reads that,
    not the trail's internal code for the original's fingerprint."""
    from tests.support.files import PNG
    from tests.support.requests import upload

    sign_in(client)
    draft = start(client)
    assert upload(client, draft, PNG, "drawing.png").status_code == 302
    for lang in ("en", "ar", "bg", "fa", "pl", "ro", "tr"):
        for path in ("/account/your-data", "/account/your-data/who-has-looked"):
            page = client.get(f"{path}?lang={lang}").get_data(as_text=True)
            rows = [
                r.get_text(" ", strip=True)
                for r in BeautifulSoup(page, "html.parser").select("tbody tr")
            ]
            assert not any("document_" in r for r in rows), (lang, path, rows)
            if lang == "en":
                assert sum("Added a document" in r for r in rows) == 1, rows
    data = json.loads(client.get("/account/your-data.json?lang=en").data)
    assert [e["what"] for e in data["who_has_seen_it"] if "document" in e["what"]] == [
        "document_added"
    ]


def _required_marks(client: FlaskClient) -> list[tuple[str, str]]:
    """Each answer's question on "Your data", and what its grey hint says beside it."""
    html = BeautifulSoup(client.get("/account/your-data").get_data(as_text=True), "html.parser")
    marks = []
    for key in html.select("dt.govuk-summary-list__key"):
        hint = key.select_one(".govuk-hint")
        if hint is not None:
            marks.append((key.get_text(" ", strip=True), hint.get_text(" ", strip=True)))
    return marks


def test_each_answer_says_whether_it_had_to_be_given_not_what_was_chosen(
    app: Flask, client: FlaskClient
) -> None:
    """A grey "Your choice" beside a question read as the answer the person had chosen."""
    from tests.support.requests import submitted, young_person_answers

    named = {"first_name": "Zoë", "last_name": "O'Neill-Kowalska", "preferred_name": "Zo"}
    sign_in(client)
    answers = young_person_answers()
    answers["child"]["name"] = named
    young = app.test_client()
    sign_in(young, person="young.person@example.org")
    submitted(young, "young_person", answers)
    parents = {section: dict(pages) for section, pages in ANSWERS.items()}
    parents["child"]["name"] = named
    fill(client, start(client), parents)
    for reader in (client, young):
        marks = _required_marks(reader)
        said = {hint for _question, hint in marks}
        assert said == {"You had to answer this", "You did not have to answer this"}, said
        preferred = next(hint for question, hint in marks if "like to be called" in question)
        assert preferred == "You did not have to answer this"
