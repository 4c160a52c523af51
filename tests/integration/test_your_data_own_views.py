"""A young adult who sent their own views ("All about me") reads them back on "Your data",
and in its downloads, under the questions as they were asked them ("What do people like
about me?"), as the page for correcting their information names the same answers. Before,
"Your data" asked about "the child" in every language but English ("Какво харесват хората
в детето…", "la copil", "w dziecku")."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.own_pages import ITEM_NAMES
from tests.support.pages import page, post
from tests.support.requests import submitted, young_person_answers

ANSWERS = {"likes": "I make people laugh.", "important": "My cat.", "hopes": "A job."}
ABOUT_A_CHILD = {"bg": "детето", "ro": "copil", "tr": "çocu", "pl": "dziec"}


def own_views_sent(client: FlaskClient) -> None:
    sign_in(client, person="young.adult@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    contribution = begin(client, "young_person", f"case:{reference}")
    answer_all(client, contribution, ANSWERS)
    assert post(client, f"/account/contributions/{contribution}/check", {}).status_code == 302


def views_questions(html: BeautifulSoup) -> list[str]:
    """The questions of the list that holds the views' answers."""
    answer = next(
        value
        for value in html.select(".govuk-summary-list__value")
        if value.get_text(strip=True) == ANSWERS["likes"]
    )
    listed = answer.find_parent("dl")
    assert listed is not None
    questions = []
    for key in listed.select(".govuk-summary-list__key"):
        hint = key.select_one(".govuk-hint")
        if hint is not None:
            hint.extract()
        questions.append(key.get_text(" ", strip=True))
    return questions


def rights_names(client: FlaskClient) -> set[str]:
    html = page(client.get("/account/your-data/rights"))
    return {name.get_text(" ", strip=True).removeprefix(": ") for name in html.select(ITEM_NAMES)}


@pytest.mark.parametrize("language", sorted(ABOUT_A_CHILD))
def test_a_young_adults_own_views_read_back_as_they_were_asked(
    client: FlaskClient, language: str
) -> None:
    own_views_sent(client)
    client.get(f"/account/?lang={language}")
    named = rights_names(client)
    for path in ("/account/your-data", "/account/your-data.html"):
        html = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
        questions = views_questions(html)
        assert len(questions) == len(ANSWERS), (path, questions)
        assert [q for q in questions if ABOUT_A_CHILD[language] in q.lower()] == [], path
        assert set(questions) <= named, (path, set(questions) - named)
    if language == "bg":
        assert "Какво харесват хората в мен?" in questions


def test_the_downloaded_copy_gives_the_questions_as_they_were_asked(client: FlaskClient) -> None:
    own_views_sent(client)
    views = client.get("/account/your-data.json").get_json()["views"]
    labels = [answer["label"] for answer in views[0]["answers"]]
    assert labels[0] == "What do people like about me?", labels


def test_a_parents_views_read_back_about_the_child(client: FlaskClient) -> None:
    sign_in(client)
    contribution = begin(client, "parent_carer", f"case:{submitted(client)}")
    answer_all(client, contribution, ANSWERS)
    post(client, f"/account/contributions/{contribution}/check", {})
    labels = [
        a["label"] for a in client.get("/account/your-data.json").get_json()["views"][0]["answers"]
    ]
    assert labels[0] == "What do people like and admire about them?"
