"""Every link a demonstration person is shown leads to a page (in English or Arabic).

Walking the portal by hand found the case page of a stopped plan offering "The annual
review" and answering "Page not found". This follows every link under the person's own
area, from their home, as the person would: a 4xx or 5xx after a link the portal itself
drew is a dead end."""

from __future__ import annotations

from urllib.parse import urldefrag, urlsplit

import pytest
from flask import Flask

from devtools import demo as portal_demo
from devtools.identity import PEOPLE
from tests.conftest import sign_in
from tests.support.pages import page

# Each family in one language, so both are walked without walking everything twice.
FAMILIES = [
    (PEOPLE["parent"], "en"),
    (PEOPLE["young_person"], "ar"),
    (PEOPLE["second_parent"], "ar"),
    (PEOPLE["young_adult"], "en"),
]
STAFF = ["caseworker@council.example", "manager@council.example"]
MOST_PAGES = 120


def followed(app: Flask, provider: str, person: str, home: str, language: str) -> dict:
    client = app.test_client()
    sign_in(client, provider, person)
    client.get(f"{home}?lang={language}")
    answers: dict[str, int] = {}
    waiting = [home]
    while waiting and len(answers) < MOST_PAGES:
        path = waiting.pop(0)
        if path in answers:
            continue
        response = client.get(path)
        answers[path] = response.status_code
        if response.mimetype != "text/html" or response.status_code != 200:
            continue
        for link in page(response).select("a[href]"):
            target, _ = urldefrag(str(link["href"]))
            parts = urlsplit(target)
            if parts.netloc or not target.startswith(home) or "sign-out" in target:
                continue
            if target not in answers:
                waiting.append(target)
    return answers


@pytest.mark.parametrize(("person", "language"), FAMILIES)
def test_every_link_a_family_is_shown_leads_to_a_page(
    app: Flask, person: str, language: str
) -> None:
    portal_demo.seed(app)
    answers = followed(app, "families", person, "/account/", language)
    assert len(answers) > 5, "the walk reached the person's pages"
    assert {path: code for path, code in answers.items() if code >= 400} == {}


@pytest.mark.parametrize("person", STAFF)
def test_every_link_a_caseworker_is_shown_leads_to_a_page(app: Flask, person: str) -> None:
    portal_demo.seed(app)
    answers = followed(app, "staff", person, "/caseworker/", "en")
    assert len(answers) > 5, "the walk reached the person's pages"
    assert {path: code for path, code in answers.items() if code >= 400} == {}
