"""A young person who follows "Give feedback" from their own account reads the feedback
page as they read the rest of it: informally in Polish, Romanian, Bulgarian, Turkish and
Persian ("ty", "tu", "ти", "sen", "تو"), with its questions, hints, character counts,
error messages and the thanks page. Before, it spoke to them formally ("siz", "Państwo",
"شما"). A parent, a visitor and staff still read the formal "you"."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.requests import start
from tests.support.voices import FORMAL_ON_PAGE, other_register

GOOD = {"service": "sen_team", "satisfaction": "4", "worked_well": "Quick replies"}
LANGUAGES = [*sorted(FORMAL_ON_PAGE), "fa"]

# The first question, as each reads it: a parent formally, a young person informally.
FIRST_QUESTION = {
    "tr": ("Geri bildiriminiz hangi hizmetle ilgili?", "Geri bildirimin hangi hizmetle ilgili?"),
    "pl": ("Której usługi dotyczy Państwa opinia?", "Której usługi dotyczy twoja opinia?"),
}


def formal_words(language: str, text: str) -> list[str]:
    if language in FORMAL_ON_PAGE:
        return list(FORMAL_ON_PAGE[language].findall(text))
    return other_register(language, text)


def shown(html: BeautifulSoup) -> str:
    """The page's title, its main content, and its character counts' texts (read by
    GOV.UK Frontend's script)."""
    main = html.select_one("main")
    assert main is not None
    parts = [html.title.get_text() if html.title else "", main.get_text(" ", strip=True)]
    for counter in main.select(".govuk-character-count"):
        parts += [str(v) for name, v in counter.attrs.items() if name.startswith("data-i18n")]
    return " ".join(" ".join(parts).split())


def every_word(client: FlaskClient) -> str:
    """The form, the form with each kind of error message, and the thanks page."""
    texts = [shown(page(client.get("/feedback/")))]
    for data in (
        {},
        {**GOOD, "contact": "yes"},
        {**GOOD, "contact": "yes", "contact_name": "Sam 2", "contact_email": "not an address"},
        {**GOOD, "worked_well": "x" * 1201, "could_be_better": "y" * 1201},
    ):
        refused = post(client, "/feedback/", data)
        assert refused.status_code == 200, data
        errors = page(refused).select("main .govuk-error-summary a, main .govuk-error-message")
        assert errors, data
        texts.append(shown(page(refused)))
    sent = post(client, "/feedback/", GOOD)
    assert sent.headers["Location"] == "/feedback/thanks?contact=no"
    texts.append(shown(page(client.get(sent.headers["Location"]))))
    return " | ".join(texts)


def asking(app: Flask, person: str, role: str) -> FlaskClient:
    """Someone signed in who has begun a request as `role`."""
    client = app.test_client()
    sign_in(client, person=person)
    start(client, role)
    return client


@pytest.fixture
def young(app: Flask) -> FlaskClient:
    """A young person (16 to 25) who has asked for their own assessment."""
    return asking(app, "young.person@example.org", "young_person")


@pytest.fixture
def parent(app: Flask) -> FlaskClient:
    return asking(app, "second.parent@example.org", "parent_carer")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_young_person_reads_the_feedback_page_informally(
    young: FlaskClient, parent: FlaskClient, language: str
) -> None:
    for client in (young, parent):
        client.get(f"/account/?lang={language}")
    to_young_person = every_word(young)
    assert formal_words(language, to_young_person) == [], to_young_person
    assert formal_words(language, every_word(parent))


@pytest.mark.parametrize("language", sorted(FIRST_QUESTION))
def test_each_reads_the_question_in_their_own_register(
    young: FlaskClient, parent: FlaskClient, language: str
) -> None:
    formally, informally = FIRST_QUESTION[language]
    for client, own, other in ((young, informally, formally), (parent, formally, informally)):
        client.get(f"/account/?lang={language}")
        text = shown(page(client.get("/feedback/")))
        assert own in text and other not in text, text


@pytest.mark.parametrize("who", ["visitor", "staff"])
def test_visitors_and_staff_read_it_formally(app: Flask, who: str) -> None:
    client = app.test_client()
    if who == "staff":
        sign_in(client, "staff", "manager@council.example")
    client.get("/feedback/?lang=tr")
    text = shown(page(client.get("/feedback/")))
    assert FIRST_QUESTION["tr"][0] in text
    assert formal_words("tr", text)


def test_english_is_the_same_for_everyone(young: FlaskClient, parent: FlaskClient) -> None:
    for client in (young, parent):
        client.get("/account/?lang=en")
    assert every_word(young) == every_word(parent)
