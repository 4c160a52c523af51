"""A family sees and downloads everything the portal holds about them, and nobody else's."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale

from portal.platform import deadlines
from portal.platform.written_dates import format_date
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
    assert "Finds reading very hard." in text and NEEDED in text
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


NEEDED = "Answers we needed: you could not send without them"
CHOSEN = "Answers you chose to give: you could have left them out"


def _answers_by_caption(client: FlaskClient, lang: str = "en") -> list[tuple[str, list[str]]]:
    """Each list of answers on "Your data": what is said just above it, and its rows."""
    page = client.get(f"/account/your-data?lang={lang}").get_data(as_text=True)
    lists = []
    for answers in BeautifulSoup(page, "html.parser").select("dl.govuk-summary-list"):
        above = answers.find_previous_sibling()
        lists.append(
            (
                above.get_text(" ", strip=True) if above is not None else "",
                [r.get_text(" ", strip=True) for r in answers.select(".govuk-summary-list__row")],
            )
        )
    return lists


def test_whether_answers_had_to_be_given_is_said_once_above_them_not_on_every_row(
    app: Flask, client: FlaskClient
) -> None:
    """Every row said "You had to answer this" ("كان عليكم الإجابة عن هذا السؤال"), an odd
    thing to read beside one's own answers; the catalogue's required and voluntary items
    are now listed apart, each list once saying which it is."""
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
        lists = _answers_by_caption(reader)
        rows = [row for _caption, found in lists for row in found]
        assert not any("have to answer" in row or "had to answer" in row for row in rows)
        captions = {caption for caption, _found in lists} - {"Your account"}
        assert captions == {NEEDED, CHOSEN}, lists
        needed = [row for caption, found in lists if caption == NEEDED for row in found]
        chosen = [row for caption, found in lists if caption == CHOSEN for row in found]
        assert any("like to be called" in row and "Zo" in row for row in chosen), chosen
        assert not any("like to be called" in row for row in needed), needed
        assert any("Zoë" in row for row in needed), needed
        arabic = reader.get("/account/your-data?lang=ar").get_data(as_text=True)
        assert "كان عليكم الإجابة عن هذا السؤال" not in arabic
        assert "لم يكن عليكم الإجابة عن هذا السؤال" not in arabic


def test_the_copy_says_when_it_was_made_with_the_months_name(
    app: Flask, client: FlaskClient
) -> None:
    """A tester read "Kopię sporządzono 6 gru 2026" at the top of their HTML copy, where
    every other date in it, and on the portal, names the whole month ("6 grudnia 2026")."""
    sign_in(client)
    client.get("/account/?lang=pl")
    made = BeautifulSoup(
        client.get("/account/your-data.html").get_data(as_text=True), "html.parser"
    )
    meta_line = made.select_one(".portal-download-meta")
    assert meta_line is not None
    meta = meta_line.get_text(" ", strip=True)
    with app.test_request_context(), force_locale("pl"):
        month = format_date(deadlines.council_today(), "long").split()[1]
    assert f"Kopię sporządzono {deadlines.council_today().day} {month}" in meta, meta


def test_the_page_says_how_to_ask_the_sen_team_for_the_case_systems_records(
    client: FlaskClient,
) -> None:
    """A tester was told to ask the SEN team for a copy of the case system's records, with
    no way to reach them on the page or in the copy."""
    sign_in(client)
    for path in ("/account/your-data", "/account/your-data.html"):
        shown = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
        contact = shown.select_one(".portal-contact")
        assert contact is not None, path
        said = contact.get_text(" ", strip=True)
        assert "sen.team@barnet.gov.uk" in said and "020 8359 2000" in said, said
