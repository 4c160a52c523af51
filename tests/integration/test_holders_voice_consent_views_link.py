"""A young person signed in for themselves read the formal "you" in Bulgarian, Romanian
and Turkish on three pages reached from their informal account: the "Withdraw" link of
each consent row and the page it opens ("Оттеглете съгласието", "Обратно към Вашето
съгласие", "vă vom contacta"), the start of the views they give for their own case
("Споделете мнението си… Вие решавате", "Spuneți-vă părerea"), and the link code page
("Въведете Вашия код за достъп"). The English is a parent's, so the page must ask for the
"young person" entry: `marked_voice` shows each one the code marks as "[yp] " + English.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext

from tests.conftest import sign_in
from tests.support.contributions import PROMPTS, begin
from tests.support.pages import hidden, one, page, post
from tests.support.requests import give_consent, submitted, young_person_answers
from tests.support.voice_marks import MARK, marked_voice
from tests.support.voices import FORMAL_ON_PAGE, SPOKEN_BY_THE_CHILD

CHOICE = "assessment"
BORN_ON = {"date_of_birth": ["1", "2", "2008"]}
# Formal words the views' hints had that tests/support/voices.py does not look for: "think"
# and "grow up" as said to a parent.
ALSO_FORMAL = {
    language: re.compile(pattern)
    for language, pattern in {
        "bg": r"\b(?:Помислете|пораснете|живеете)\b",
        "pl": r"(?!)",
        "ro": r"(?!)",
        "tr": r"(?!)",
    }.items()
}


@pytest.fixture
def cases(app: Flask) -> dict[str, tuple[FlaskClient, str]]:
    """A young person's own case and a parent's case for their child, each with consent
    given, each asked for from the account."""
    young, parent = app.test_client(), app.test_client()
    sign_in(young, person="young.person@example.org")
    sign_in(parent, person="second.parent@example.org")
    return {
        "young person": (young, submitted(young, "young_person", young_person_answers())),
        "parent": (parent, submitted(parent)),
    }


def text_of(html: BeautifulSoup, selector: str) -> str:
    element = one(html, selector)
    for unseen in element.select(".govuk-visually-hidden"):
        unseen.decompose()
    return " ".join(element.get_text(" ", strip=True).split())


def marked(reader: str, english: str) -> str:
    return MARK + english if reader == "young person" else english


@pytest.mark.parametrize("reader", ["young person", "parent"])
def test_withdrawing_consent_speaks_to_a_young_person_as_their_account_does(
    cases: dict[str, tuple[FlaskClient, str]], monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    """The consent page's "Withdraw", then the withdraw page: its heading, what happens,
    the button, the way back, and what it says once withdrawn."""
    client, reference = cases[reader]
    consent = f"/account/cases/{reference}/consent"
    withdraw = f"{consent}/withdraw/{CHOICE}"
    with marked_voice(monkeypatch):
        rows = page(client.get(consent))
        link = one(rows, f"main a[href='{withdraw}']")
        for unseen in link.select(".govuk-visually-hidden"):
            unseen.decompose()
        assert link.get_text(" ", strip=True) == marked(reader, "Withdraw")
        # as the page's words that had their entry already do
        assert text_of(rows, "main a.govuk-button") == marked(reader, "Change your choices")

        shown = page(client.get(withdraw))
        assert text_of(shown, "main h1").startswith(marked(reader, "Withdraw consent: "))
        assert text_of(shown, "main form").startswith(marked(reader, "Withdraw consent"))
        assert text_of(shown, "main p.govuk-body") == marked(
            reader,
            "We will stop the EHC needs assessment and contact you to talk about what happens "
            "next. Advice we have already been given stays on the case.",
        )
        assert text_of(shown, "main p.govuk-body a") == marked(reader, "Back to your consent")
        assert text_of(shown, ".govuk-back-link") == marked(reader, "Back")

        done = client.post(withdraw, data=hidden(client.get(withdraw)))
        assert done.status_code == 302, done.status_code
        banner = text_of(page(client.get(consent)), ".govuk-notification-banner__content")
        assert banner.startswith(marked(reader, "You have withdrawn your consent: "))


@pytest.mark.parametrize("reader", ["young person", "parent"])
def test_changing_consent_is_checked_in_the_voice_of_the_one_who_gave_it(
    cases: dict[str, tuple[FlaskClient, str]], monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    """ "Change your choices", then the page that checks the changes before they count."""
    client, reference = cases[reader]
    change = f"/account/cases/{reference}/consent/change"
    with marked_voice(monkeypatch):
        checking = give_consent(client, change, sharing=["family_services", "nhs_commissioner"])
        assert checking.headers["Location"].endswith("/consent/confirm")
        shown = page(client.get(checking.headers["Location"]))
        assert text_of(shown, "main h1") == marked(reader, "Check the changes to your consent")
        said = [p.get_text(" ", strip=True) for p in shown.select("main li p.govuk-body")]
        # the sharing each change starts and stops, in the words of the sharing question
        yours = "your information" if reader == "young person" else "information"
        assert (
            marked(reader, f"We will start sharing {yours} with: ")
            + ("North Central London Integrated Care Board.")
            in said
        ), said
        assert [s for s in said if s.startswith(marked(reader, f"We will stop sharing {yours}"))]
        assert text_of(shown, "main form button") == marked(reader, "Confirm the changes")
        assert text_of(shown, "main form + p a") == marked(
            reader, "Cancel and keep your consent as it is"
        )


@pytest.mark.parametrize("reader", ["young person", "parent"])
def test_views_for_a_case_start_in_the_voice_of_the_one_it_is_about(
    cases: dict[str, tuple[FlaskClient, str]], monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    """ "Share your views" on a young person's own case opens the start of views in their
    voice, as the start from their own request already did; a parent's case in a
    parent's."""
    client, reference = cases[reader]
    with marked_voice(monkeypatch):
        shown = page(client.get(f"/account/contributions/new?case={reference}"))
        assert text_of(shown, "main h1") == marked(reader, "Give your views")
        assert text_of(shown, ".govuk-back-link") == marked(reader, "Back")
        assert text_of(shown, "main form button") == marked(reader, "Start")
        refused = page(post(client, f"/account/contributions/new?case={reference}", {}))
        assert text_of(refused, "main h1") == marked(reader, "Give your views")
        problems = [a.get_text(" ", strip=True) for a in refused.select(".govuk-error-summary a")]
        # a young person gives their own views: they are not asked who is giving them
        who = (
            [] if reader == "young person" else [marked(reader, "Select who is giving their views")]
        )
        assert problems == [*who, marked(reader, "Select which case these views are for")]
        # from the account home's "Give your views, or help a child or young person give
        # theirs", which names no case: the account holder's voice
        shown = page(client.get("/account/contributions/new"))
        assert text_of(shown, "main h1") == marked(reader, "Give your views")


@pytest.mark.parametrize("reader", ["young person", "parent"])
def test_the_link_code_page_speaks_to_the_account_holder(
    cases: dict[str, tuple[FlaskClient, str]], monkeypatch: pytest.MonkeyPatch, reader: str
) -> None:
    """ "Enter a link code" from a young person's account opens a page in their voice."""
    client, _reference = cases[reader]
    with marked_voice(monkeypatch):
        shown = page(client.get("/account/link"))
        assert text_of(shown, "main h1") == marked(reader, "Enter your link code")
        assert text_of(shown, ".govuk-back-link") == marked(reader, "Back to your account")
        body = [p.get_text(" ", strip=True) for p in shown.select("main p.govuk-body")][-1]
        assert body.startswith(marked(reader, "To check the code is yours")), body
        assert text_of(shown, "#code-hint").startswith(marked(reader, "The 12 letters"))
        assert text_of(shown, "main form [type=submit]") == marked(reader, "Continue")
        for sent, problem in (
            ({"code": ""}, "Enter the link code"),
            ({"code": "AAAA-BBBB-CCCC", **BORN_ON}, "Check the link code: it does not"),
        ):
            refused = page(post(client, "/account/link", sent))
            said = text_of(refused, ".govuk-error-summary__list")
            assert said.startswith(marked(reader, problem)), said


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_persons_own_views_for_their_case_are_informal_page_by_page(
    app: Flask, cases: dict[str, tuple[FlaskClient, str]], language: str
) -> None:
    """Each question of the views a young person gives for their own case, its hint, its
    examples and "Why we ask for this", the files page and checking them: in Bulgarian the
    hints of "important" and "hopes" said "Помислете…", "когато пораснете… къде ще
    живеете"."""
    client, reference = cases["young person"]
    views = begin(client, "young_person", f"case:{reference}")
    client.get(f"/account/?lang={language}")
    with app.test_request_context(), force_locale(language):
        to_the_adults = [gettext(example) for example in SPOKEN_BY_THE_CHILD]
    base = f"/account/contributions/{views}"
    paths = [f"{base}/about/{slug}" for slug in PROMPTS] + [f"{base}/files", f"{base}/check"]
    found = []
    for path in paths:
        main = one(page(client.get(path)), "main")
        for notice in main.select("[hidden]"):
            notice.decompose()
        text = " ".join(main.get_text(" ", strip=True).split())
        for example in to_the_adults:
            text = text.replace(example, "")
        words = FORMAL_ON_PAGE[language].findall(text) + ALSO_FORMAL[language].findall(text)
        found += [f"{path}: {word!r} in {text!r}" for word in words]
    assert found == [], "\n".join(found)
