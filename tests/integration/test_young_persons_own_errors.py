"""A young person (16 to 25) asking for their own assessment is told what is missing in
the same "you" as the questions ask it ("Are you looked after by the council...?" then
"Select yes if you are or were looked after by the council"), on every page of their
request; a parent still reads the messages about "they"."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.conftest import sign_in
from tests.support.own_pages import own_request_pages
from tests.support.pages import hidden, page
from tests.support.requests import give_consent, start
from tests.support.voices import FORMAL_ON_PAGE, other_register

# Every message a young person's own request gives for an empty answer, page by page:
# those about them in "you", the rest the same neutral words a parent reads.
YOUNG_PERSONS_OWN = {
    "consent": [
        "Select yes if you agree to the EHC needs assessment",
        "Select who we can share information with, or select that we must not share it",
        "Confirm that you understand what you are agreeing to",
    ],
    "child/name": ["Enter a first name", "Enter a last name"],
    "child/date-of-birth": ["Enter a date of birth"],
    "child/address": [
        "Enter address line 1, typically the building and street",
        "Enter town or city",
        "Enter postcode",
    ],
    "child/upn": [],
    "child/language": ["Enter a first language", "Select yes if you need an interpreter"],
    "child/ethnicity": [],
    "child/looked-after": ["Select yes if you are or were looked after by the council"],
    "you/contact": ["Enter an email address", "Enter a phone number"],
    "education/setting": ["Select where you learn now"],
    "education/history": [],
    "needs/areas": ["Select at least one area"],
    "needs/description": ["Tell us about your needs and what is difficult"],
    "needs/diagnoses": [],
    "support/current": ["Tell us about the support you get now"],
    "support/professionals": [],
}


def errors_for_empty_answers(client: FlaskClient, path: str) -> tuple[list[str], list[str]]:
    """The error summary's messages, and those next to the fields, when every answer on
    the page is left empty and the page is saved."""
    response = client.post(path, data=hidden(client.get(path)))
    assert response.status_code in (200, 302), path
    html = page(response)
    summary = [a.get_text(" ", strip=True) for a in html.select(".govuk-error-summary li a")]
    fields = [
        " ".join(p.get_text(" ", strip=True).split()).removeprefix("Error:").strip()
        for p in html.select(".govuk-form-group--error .govuk-error-message")
    ]
    return summary, fields


def test_a_young_person_is_told_what_is_missing_in_their_own_words(client: FlaskClient) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    pages = [
        path
        for path in own_request_pages(draft)
        if not path.endswith(("/", "/documents", "/check"))
    ]
    shown = {}
    for path in pages:
        summary, fields = errors_for_empty_answers(client, path)
        slug = path.split(f"/account/request/{draft}/", 1)[1]
        assert summary == fields, f"{slug}: the summary and the fields differ"
        shown[slug] = summary
    assert sorted(shown) == sorted(YOUNG_PERSONS_OWN), "every page of the request is checked"
    wrong = {slug: shown[slug] for slug in shown if shown[slug] != YOUNG_PERSONS_OWN[slug]}
    assert wrong == {}


def test_a_parent_is_still_told_about_the_child(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    base = f"/account/request/{draft}"
    assert errors_for_empty_answers(client, f"{base}/child/looked-after")[0] == [
        "Select yes if they are or were looked after"
    ]
    assert errors_for_empty_answers(client, f"{base}/education/setting")[0][0] == (
        "Select where they learn now"
    )
    assert errors_for_empty_answers(client, f"{base}/support/current")[0] == [
        "Tell us about the support given now"
    ]


def test_check_your_answers_names_what_is_missing_in_their_own_words(
    client: FlaskClient,
) -> None:
    """Sending a request with answers still missing lists each in the same words as its
    page would."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    path = f"/account/request/{draft}/check"
    html = page(client.post(path, data=hidden(client.get(path))))
    listed = [a.get_text(" ", strip=True) for a in html.select(".govuk-error-summary li a")]
    own = [message for messages in YOUNG_PERSONS_OWN.values() for message in messages]
    about_them = [
        message for message in listed if message not in own and not message.startswith("Give")
    ]
    assert about_them == []
    assert "Select yes if you are or were looked after by the council" in listed


@pytest.mark.parametrize("language", ["ar", "fa", *sorted(FORMAL_ON_PAGE)])
def test_a_young_person_who_refuses_the_assessment_is_told_in_their_own_voice(
    client: FlaskClient, language: str
) -> None:
    """A Persian-speaking young person who answered No to the assessment read on their
    task list "پیش از آنکه بتوانید درخواست را بفرستید…", to a parent's formal "you"."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    consent = f"/account/request/{draft}/consent"
    assert give_consent(client, consent, assessment="no").status_code == 302
    client.get(f"/account/?lang={language}")
    hint = page(client.get(f"/account/request/{draft}/")).select_one(".govuk-task-list__hint")
    assert hint is not None, "the consent task says why the request cannot be sent"
    said = " ".join(hint.get_text(" ", strip=True).split())
    if language in FORMAL_ON_PAGE:
        assert FORMAL_ON_PAGE[language].findall(said) == [], said
    else:
        assert other_register(language, said) == [], said
