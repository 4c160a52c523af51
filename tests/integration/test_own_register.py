"""A child giving their own views is spoken to as a child ("Salvează și continuă", "tu"),
while a parent on the same page is spoken to formally ("Salvați și continuați")."""

from __future__ import annotations

import re
from typing import Any

import pytest
from babel.messages.pofile import read_po
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale

from devtools.reference_case_system import demo
from forms.assessment_request.sections import SECTIONS
from forms.consent import ConsentForm
from forms.kit.question import in_own_words
from portal.platform import deadlines
from portal.platform.council_config import TRANSLATIONS_DIR
from portal.platform.voices import voiced
from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.links import BORN, issue_code, redeem
from tests.support.own_pages import layout_texts, own_request_pages
from tests.support.pages import hidden, page, post
from tests.support.requests import (
    fill,
    give_consent,
    named,
    start,
    submitted,
    upload,
    young_person_answers,
)
from tests.support.voices import FORMAL, FORMAL_ON_PAGE

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
    """A young person starting views from their account, whose only request is their own,
    and a child or young person whose views are saved, read the start and sent pages in
    their own register; the sent page's links for the account holder ("Give more views")
    are in the holder's, here the young person's, whoever wrote."""
    sign_in(client)
    draft = named(client, start(client, "young_person"))
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
    html = page(client.get("/account/contributions/new"))
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
        answer_all(client, contribution, {"likes": "Drawing"})
        response = post(client, f"/account/contributions/{contribution}/check", {})
        assert response.headers["Location"].endswith("/sent"), author
        main = page(client.get(response.headers["Location"])).select_one("main")
        assert main is not None
        for notice in main.select("[hidden]"):  # the notice of a restored draft
            notice.decompose()
        text = main.get_text(" ", strip=True)
        assert expected[voice][2] in text, (author, text)
        assert expected["young person"][3] in text, (author, text)
        if language in FORMAL and voice:
            assert not FORMAL[language].search(text), (author, text)


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_every_page_of_a_young_persons_own_request_speaks_to_them_informally(
    client: FlaskClient, language: str
) -> None:
    """What a young person reads on their own request, all of it: the task list, the
    consent page, each question page, the documents page and check your answers, with the
    shared hints and reasons ("Select all that apply", why we ask for contact details),
    the character count and the notice of a restored draft."""
    sign_in(client)
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    described = page(client.get(f"/account/request/{draft}/needs/description"))
    assert described.select_one("main [data-draft-restored]") is not None
    assert described.select_one("main .govuk-character-count") is not None
    formal = []
    for path in own_request_pages(draft):
        response = client.get(path)
        assert response.status_code == 200, path
        main = page(response).select_one("main")
        assert main is not None, path
        text = " ".join(main.get_text(" ", strip=True).split())
        for sentence in re.split(r"(?<=[.?!:])\s+", text):
            words = FORMAL_ON_PAGE[language].findall(sentence)
            formal += [(path.rsplit(draft, 1)[-1], word, sentence) for word in words]
    assert formal == [], "\n".join(map(str, formal))


def formal_words(language: str, texts: list[str]) -> list[tuple[str, str]]:
    return [(word, text) for text in texts for word in FORMAL_ON_PAGE[language].findall(text)]


# Answers a young person can get wrong, page by page: nothing on each page, and a wrong
# email address, phone number and postcode.
WRONG = {
    "contact": {"email": "not an email", "phone": "call me"},
    "address": {"address_line_1": "1 Road", "address_town": "Town", "address_postcode": "??"},
}


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_person_who_gets_an_answer_wrong_is_told_informally(
    client: FlaskClient, language: str
) -> None:
    """The error summary and the message by each question of a young person's own request,
    for a page left blank and for an answer in the wrong form."""
    sign_in(client)
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    formal, shown = [], 0
    for section in SECTIONS:
        for each in section.pages_for("young_person"):
            path = f"/account/request/{draft}/{section.slug}/{each.slug}"
            for data in ({}, WRONG.get(each.slug)):
                if data is None:
                    continue
                errors = page(post(client, path, data)).select(
                    "main .govuk-error-summary__list a, main .govuk-error-message"
                )
                shown += len(errors)
                texts = [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
                formal += [(each.slug, *found) for found in formal_words(language, texts)]
    assert shown > 20, "blank and wrong answers are shown as errors"
    assert formal == [], "\n".join(map(str, formal))


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_person_whose_request_is_sent_is_told_informally(
    client: FlaskClient, language: str
) -> None:
    sign_in(client)
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    client.get(f"/account/?lang={language}")
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")
    main = page(client.get(sent.headers["Location"])).select_one("main")
    assert main is not None
    text = " ".join(main.get_text(" ", strip=True).split())
    sentences = re.split(r"(?<=[.?!:])\s+", text)
    assert formal_words(language, sentences) == []


def _date(day: str, month: str, year: str) -> dict[str, list[str]]:
    return {"date_of_birth": [day, month, year]}


# Every other way a young person can get an answer wrong: a date with a part missing, not
# a real date, in the future, too young or too old; an answer too long; a name with digits;
# a unique pupil number in the wrong shape or with the wrong check letter.
THIS_YEAR = deadlines.council_today().year
WRONG_ANYHOW: list[tuple[str, dict[str, Any]]] = [
    ("child/name", {"first_name": "R2D2", "last_name": "x" * 101}),
    ("child/date-of-birth", _date("", "2", "2004")),
    ("child/date-of-birth", _date("31", "2", "2004")),
    ("child/date-of-birth", _date("1", "2", str(THIS_YEAR + 1))),
    ("child/date-of-birth", _date("1", "2", str(THIS_YEAR - 10))),
    ("child/date-of-birth", _date("1", "2", str(THIS_YEAR - 30))),
    ("child/address", {"address_line_1": "x" * 101, "address_town": "x" * 101}),
    ("child/upn", {"upn": "12345"}),
    ("child/upn", {"upn": "A801200001001"}),
    ("child/language", {"first_language": "x" * 61, "interpreter_needed": "no"}),
    ("you/contact", {"email": "x" * 250 + "@example.com", "phone": "07700 900 982"}),
    (
        "education/setting",
        {"setting_type": "school", "setting_name": "x" * 201, "year_group": "x" * 61},
    ),
    ("education/history", {"previous_settings": "x" * 1001, "exclusions": "x" * 1001}),
    ("needs/description", {"description": "x" * 3001}),
    ("needs/diagnoses", {"diagnoses": "x" * 1001}),
    ("support/current", {"current": "x" * 3001}),
    ("support/professionals", {"professionals": "x" * 2001}),
]


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_person_is_told_informally_of_every_kind_of_wrong_answer(
    client: FlaskClient, language: str
) -> None:
    sign_in(client)
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    formal, shown = [], []
    for path, data in WRONG_ANYHOW:
        errors = page(post(client, f"/account/request/{draft}/{path}", data)).select(
            "main .govuk-error-summary__list a, main .govuk-error-message"
        )
        texts = [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
        assert texts, (path, data)
        shown += texts
        formal += [(path, *found) for found in formal_words(language, texts)]
    counter = page(client.get(f"/account/request/{draft}/needs/description")).select_one(
        ".govuk-character-count"
    )
    assert counter is not None
    counts = [str(value) for name, value in counter.attrs.items() if name.startswith("data-i18n")]
    assert len(counts) >= 3
    formal += [("character count", *found) for found in formal_words(language, counts)]
    for content, name in ((b"", ""), (b"not a document", "notes.txt")):
        errors = page(upload(client, draft, content, name)).select(
            "main .govuk-error-summary__list a, main .govuk-error-message"
        )
        texts = [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
        assert texts, name
        formal += [("documents", *found) for found in formal_words(language, texts)]
    assert formal == [], "\n".join(map(str, formal))


# What a parent reads in the header and the time-out warning, and a young person instead.
ACCOUNT_WORDS = {
    "pl": (("Państwa konto", "Prosimy"), ("Twoje konto", "wylogujemy cię")),
    "ro": (("Contul dumneavoastră", "Deconectați-vă"), ("Contul tău", "Deconectează-te")),
    "bg": (("Вашият профил", "Ви изведем"), ("Твоят профил", "те изведем")),
    "tr": (("Hesabınız", "Oturumu kapatın"), ("Hesabın", "Oturumu kapat")),
}


# The service's name, in the header and every title, is a name in no one's voice: not the
# formal imperative "Get help" it was in Romanian, Turkish and Bulgarian.
FORMAL_NAME = re.compile(r"\bPrimiți\b|\balın\b|\bПолучете\b")


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_persons_account_has_its_header_footer_and_time_out_in_their_voice(
    app: Flask, language: str
) -> None:
    """The header, footer and time-out warning are the account's, not the page's: every
    page of a young person's account speaks to them informally there, even where the
    page itself is shared with parents (their account), and a parent's stays formal."""
    young, parent = app.test_client(), app.test_client()
    sign_in(young, person="young.person@example.org")
    sign_in(parent, person="second.parent@example.org")
    own = start(young, "young_person")
    child = start(parent, "parent_carer")
    (to_parent, formally), (to_young_person, informally) = ACCOUNT_WORDS[language]
    for client in (young, parent):
        client.get(f"/account/?lang={language}")
    for path in (f"/account/request/{own}/", "/account/", "/session/expiring"):
        response = young.get(path)
        texts = layout_texts(response)
        if path == "/session/expiring":
            main = page(response).select_one("main")
            assert main is not None
            texts.append(" ".join(main.get_text(" ", strip=True).split()))
        shown = " ".join(texts)
        assert to_young_person in shown and informally in shown, (path, shown)
        assert formal_words(language, texts) == [], path
        assert not FORMAL_NAME.search(shown), (path, shown)
    for path in (f"/account/request/{child}/", "/account/"):
        shown = " ".join(layout_texts(parent.get(path)))
        assert to_parent in shown and formally in shown, (path, shown)


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_person_is_told_informally_what_is_wrong_on_the_consent_page_and_check(
    client: FlaskClient, language: str
) -> None:
    """Consent left blank, sharing chosen and refused at once, the wording changed while
    the page was open; then check your answers sent with every answer and the consent
    missing, and with the assessment refused."""
    sign_in(client)
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    consent = f"/account/request/{draft}/consent"
    stamp = hidden(client.get(consent))
    texts = []
    for data in (
        stamp,
        {**stamp, "assessment": "yes", "sharing": ["family_services", "none"]},
        {
            **stamp,
            "wording_sha256": "0" * 64,
            "assessment": "yes",
            "sharing": ["none"],
            "declaration": "confirmed",
        },
    ):
        errors = page(client.post(consent, data=data)).select(
            "main .govuk-error-summary__list li, main .govuk-error-message"
        )
        assert errors, data
        texts += [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
    for consent_choices in (None, {"assessment": "no"}):
        if consent_choices:
            assert give_consent(client, consent, **consent_choices).status_code == 302
        errors = page(post(client, f"/account/request/{draft}/check", {})).select(
            "main .govuk-error-summary__list li"
        )
        assert errors
        texts += [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
    assert len(texts) > 20
    assert formal_words(language, texts) == []


def test_whose_account_it_is_decides_the_voice_around_the_page(
    app: Flask, staff: FlaskClient
) -> None:
    """A young person linked to their own case with a code, and nothing else, is spoken to
    informally around every page; someone who is a young person on one request and a
    parent on another is spoken to formally there, as parents are."""
    linked, both = app.test_client(), app.test_client()
    sign_in(linked, person="young.person@example.org")
    sign_in(both, person="second.parent@example.org")
    code = issue_code(staff, demo.DRAFT, "Sam Young", "young_person")
    assert redeem(linked, code, BORN[demo.DRAFT]).status_code == 302
    start(both, "young_person")
    start(both, "parent_carer")
    (to_parent, _formally), (to_young_person, _informally) = ACCOUNT_WORDS["pl"]
    for client, expected in ((linked, to_young_person), (both, to_parent)):
        client.get("/account/?lang=pl")
        assert expected in " ".join(layout_texts(client.get("/account/")))
