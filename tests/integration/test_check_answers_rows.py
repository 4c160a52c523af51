"""Check your answers: every answer's "Change" link opens its page at that answer's box,
and saving the page (or going back) returns to the same row, also where a page asks
several questions (a name's three boxes, an address, the consent choices). A tester
changed a child's preferred name and came back to the first-name row."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import one, page, post
from tests.support.requests import ANSWERS, fill, give_consent, start, young_person_answers


@pytest.mark.parametrize("role", ["parent_carer", "young_person"])
def test_every_change_link_returns_to_its_own_row(client: FlaskClient, role: str) -> None:
    sign_in(client)
    answers = young_person_answers() if role == "young_person" else ANSWERS
    draft = start(client, role)
    fill(client, draft, answers)
    check = f"/account/request/{draft}/check"
    rows = [
        (str(one(row, ".govuk-summary-list__value div[id]")["id"]), str(one(row, "a")["href"]))
        for row in page(client.get(check)).select(".govuk-summary-list__row")
        if row.select_one(".govuk-summary-list__value div[id]")
        and not row.select_one("#supporting-documents")  # not an answer: a page of files
    ]
    assert "child-preferred_name" in dict(rows) and "consent-sharing" in dict(rows)
    for anchor, href in rows:
        address = urlsplit(href)
        field = parse_qs(address.query)["row"][0]
        assert address.fragment.startswith(field), f"{anchor}: opened at its box: {href}"
        opened = page(client.get(href))
        assert one(opened, f"#{address.fragment}"), f"{anchor}: the box is on the page"
        assert one(opened, ".govuk-back-link")["href"] == f"{check}#{anchor}", anchor
        if anchor.startswith("consent-"):
            saved = give_consent(client, href.split("#")[0])
        else:
            section, slug = address.path.split("/")[-2:]
            saved = post(client, href.split("#")[0], answers[section][slug])
        assert saved.headers["Location"] == f"{check}#{anchor}", anchor


def test_an_unknown_row_returns_to_the_pages_first(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    name = ANSWERS["child"]["name"]
    for row in ("upn", "nobody", "preferred_name%22%3E", ""):
        path = f"/account/request/{draft}/child/name?return_to=check&row={row}"
        saved = post(client, path, name)
        assert saved.headers["Location"] == f"/account/request/{draft}/check#child-first_name"
