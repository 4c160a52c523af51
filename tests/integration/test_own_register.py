"""A child giving their own views is spoken to as a child ("Salvează și continuă", "tu"),
while a parent on the same page is spoken to formally ("Salvați și continuați")."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale

from forms.assessment_request.sections import SECTIONS
from forms.consent import ConsentForm
from forms.kit.question import in_own_words
from portal.platform.council_config import TRANSLATIONS_DIR
from portal.platform.voices import voiced
from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import page, post
from tests.support.requests import start, submitted

SPOKEN = {
    # language: (to a parent, to a child) on the button and in "Why we ask for this"
    "ro": (("Salvați și continuați", "Puteți"), ("Salvează și continuă", "Poți")),
    "pl": (("Zapisz i kontynuuj", "mogą Państwo"), ("Zapisz i przejdź dalej", "możesz")),
    "bg": (("Запазете и продължете", "Ваш"), ("Запази и продължи", "твой")),
    "tr": (("Kaydedin ve devam edin", "size"), ("Kaydet ve devam et", "sana")),
}


@pytest.mark.parametrize("language", sorted(SPOKEN))
def test_a_child_is_spoken_to_informally_and_a_parent_formally(
    client: FlaskClient, language: str
) -> None:
    sign_in(client)
    reference = submitted(client)
    client.get(f"/account/?lang={language}")
    shown = {}
    for author in ("parent_carer", "child"):
        contribution = begin(client, author, f"case:{reference}")
        html = page(client.get(f"/account/contributions/{contribution}/about/likes"))
        button = html.select_one("main form button[type=submit]")
        why = html.select_one(".portal-why .govuk-details__text")
        assert button is not None and why is not None
        shown[author] = (button.get_text(strip=True), why.get_text(" ", strip=True))
    (to_parent_button, to_parent_word), (to_child_button, to_child_word) = SPOKEN[language]
    assert shown["parent_carer"][0] == to_parent_button
    assert shown["child"][0] == to_child_button
    assert to_parent_word in shown["parent_carer"][1]
    assert to_child_word in shown["child"][1] and to_parent_word not in shown["child"][1]


# Words that only a formal "you" uses (the informal ones are "ty", "tu", "ти", "sen").
FORMAL = {
    "pl": re.compile(r"Państw|\bPan\b|\bPani\b|\bProsimy\b"),
    # (-ați, -eți: the formal plural; "înveți" is the informal "you learn")
    "ro": re.compile(r"\bdumneavoastră\b|\bvă\b|\bv-|\b(?!înveți\b)\w{2,}(?:ați|eți)\b", re.I),
    "bg": re.compile(r"\b(?:Вие|Вас|Ви|Вашия|Вашият|Вашата|Вашето|Вашите|сте)\b"),
    "tr": re.compile(r"\w(?:[iıuü]n[iıuü]z|s[iıuü]n[iıuü]z|edin|ekleyin|yazın|anlatın)\b", re.I),
}


def young_persons_request_pages(draft: str) -> dict[str, list[str]]:
    """Each page of a young person's own request with the catalogue items it asks."""
    consent = [item_id for item_id, _message in ConsentForm.catalogue_fields.values()]
    pages = {f"/account/request/{draft}/consent": consent}
    for section in SECTIONS:
        for each in section.pages_for("young_person"):
            fields = each.form.catalogue_fields.values()
            path = f"/account/request/{draft}/{section.slug}/{each.slug}"
            pages[path] = [item_id for item_id, _message in fields]
    return pages


def own_words(app: Flask, language: str, item_ids: list[str]) -> list[str]:
    """The young person's own wording of these items (`*_self`), as the page shows it."""
    catalogue = app.extensions["portal_catalogue"]
    texts = []
    with app.test_request_context(), force_locale(language):
        for item_id in item_ids:
            entry = catalogue.item(item_id)
            label, hint, why = entry.wording(young_person=True)
            own = [
                text
                for text, plain in ((label, entry.label), (hint, entry.hint), (why, entry.why))
                if (text and text != plain) or (text and text == plain and text in SHARED)
            ]
            texts += [in_own_words(text, young_person=True) for text in own]
    return texts


# Own words that are the same English as a parent's: their informal translation is the
# "young person" context's (portal/platform/voices.py).
SHARED = {
    "What is your first language?",
    "Do you agree to the EHC needs assessment?",
    "Add a drawing, photo, recording or document",
}


@pytest.mark.parametrize("language", sorted(FORMAL))
def test_a_young_persons_own_request_speaks_to_them_informally(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """Each question, hint and reason written for a young person on their own request
    (the catalogue's `*_self` texts) is shown in the informal "you", and so is every
    "young person" message, on the question pages and on the consent page."""
    sign_in(client)
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    with app.test_request_context(), force_locale(language):
        required = voiced("You must answer this question.", "young person")
    formal, missing = [], []
    for path, item_ids in young_persons_request_pages(draft).items():
        response = client.get(path)
        assert response.status_code == 200, path
        shown = " ".join(page(response).get_text(" ", strip=True).split())
        for text in own_words(app, language, item_ids):
            if FORMAL[language].search(text):
                formal.append((path.rsplit("/", 1)[-1], text))
            if " ".join(text.split()) not in shown:
                missing.append((path.rsplit("/", 1)[-1], text))
        assert required in shown or "/consent" not in path, f"{path}: {required!r}"
    assert formal == [], f"{language}: formal words for a young person: {formal}"
    assert missing == [], f"{language}: not shown: {missing}"
    with (TRANSLATIONS_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        translated = read_po(handle, locale=language)
    young = [
        m.string for m in translated if m.context == "young person" and isinstance(m.string, str)
    ]
    assert [text for text in young if FORMAL[language].search(text)] == []


@pytest.mark.parametrize("language", [*sorted(FORMAL), "ar", "fa"])
def test_the_views_start_and_sent_pages_speak_in_the_writers_voice(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """A young person starting views from their own request, and a child or young person
    whose views are saved, read the start and sent pages in their own register."""
    sign_in(client)
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    with app.test_request_context(), force_locale(language):
        expected = {
            voice: (
                voiced("Give your views", voice),
                voiced("Start", voice),
                voiced("Thank you. Your views will be sent with your request.", voice),
                voiced("Give more views", voice),
            )
            for voice in (None, "child", "young person")
        }
    assert expected["young person"] != expected[None]
    html = page(client.get(f"/account/contributions/new?draft={draft}"))
    button = html.select_one("main form button[type=submit]")
    assert html.h1 is not None and html.h1.get_text(strip=True) == expected["young person"][0]
    assert button is not None and button.get_text(strip=True) == expected["young person"][1]
    parent = start(client, "parent_carer")
    html = page(client.get(f"/account/contributions/new?draft={parent}"))
    assert html.h1 is not None and html.h1.get_text(strip=True) == expected[None][0]

    for author, voice in (
        ("young_person", "young person"),
        ("child", "child"),
        ("parent_carer", None),
    ):
        contribution = begin(client, author, f"draft:{draft}")
        response = post(client, f"/account/contributions/{contribution}/check", {})
        assert response.headers["Location"].endswith("/sent"), author
        main = page(client.get(response.headers["Location"])).select_one("main")
        assert main is not None
        for hidden in main.select("[hidden]"):  # the notice of a restored draft
            hidden.decompose()
        text = main.get_text(" ", strip=True)
        assert expected[voice][2] in text and expected[voice][3] in text, (author, text)
        if language in FORMAL and voice:
            assert not FORMAL[language].search(text), (author, text)
