"""The pages a young person meets after their request speak to them as the account's
holder: informally in Polish, Romanian, Bulgarian and Turkish ("Twoje sprawy", "tu",
"ти", "sen"), while a parent on the same pages is spoken to formally."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from flask import Flask, render_template_string
from flask.testing import FlaskClient
from flask_babel import force_locale

from devtools.reference_case_system import demo
from portal.platform.voices import template_words
from tests.conftest import sign_in
from tests.support.contributions import add_file, begin
from tests.support.links import BORN, issue_code, redeem, young_persons_own_link
from tests.support.pages import hidden, page, post
from tests.support.requests import start, submitted, young_person_answers
from tests.support.staff import act
from tests.support.voices import FORMAL_ON_PAGE

CASE = demo.DRAFT  # a young person's own case, with a draft plan whose 15 days are running

# What each reads on the account home: a parent formally, a young person informally.
ACCOUNT_HOME = {
    "pl": ("Państwa sprawy", "Twoje sprawy"),
    "ro": ("Dosarele dumneavoastră", "Dosarele tale"),
    "bg": ("Вашите случаи", "Твоите случаи"),
    "tr": ("Vakalarınız", "Vakaların"),
}


def main_text(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    main = page(response).select_one("main")
    assert main is not None
    return " ".join(main.get_text(" ", strip=True).split())


def formal_words(language: str, text: str) -> list[str]:
    return FORMAL_ON_PAGE[language].findall(text)


@pytest.fixture
def linked(app: Flask, staff: FlaskClient) -> tuple[FlaskClient, FlaskClient]:
    """A young person and a parent, each linked to the same case with a code."""
    young, parent = app.test_client(), app.test_client()
    sign_in(young, person="young.person@example.org")
    sign_in(parent, person="second.parent@example.org")
    for client, name, relationship in (
        (young, "Sam Young", "young_person"),
        (parent, "Alex Parent", "parent_carer"),
    ):
        code = issue_code(staff, CASE, name, relationship)
        assert redeem(client, code, BORN[CASE]).status_code == 302
    return young, parent


def speaks(linked: tuple[FlaskClient, FlaskClient], language: str, paths: Iterable[str]) -> None:
    """Every path: no formal "you" for the young person, and a formal one for the parent."""
    young, parent = linked
    for client in linked:
        client.get(f"/account/?lang={language}")
    for path in paths:
        to_young_person = main_text(young, path)
        assert formal_words(language, to_young_person) == [], (path, to_young_person)
        assert formal_words(language, main_text(parent, path)), path


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_the_account_home_and_case_page_speak_to_a_young_person_informally(
    app: Flask, linked: tuple[FlaskClient, FlaskClient], staff: FlaskClient, language: str
) -> None:
    """With a case whose draft plan is open, a final plan with "If you disagree", a request
    not yet sent and views not yet finished."""
    young, parent = linked
    young_persons_own_link(app, demo.FINAL, "young.person@example.org")  # Amara is 10
    sign_in(young, person="young.person@example.org")
    code = issue_code(staff, demo.FINAL, "Sam Young", "parent_carer")
    assert redeem(parent, code, BORN[demo.FINAL]).status_code == 302
    begin(young, "young_person", f"draft:{start(young, 'young_person')}")
    final = f"/account/cases/{demo.FINAL}"
    speaks(linked, language, ["/account/", f"/account/cases/{CASE}", final])
    assert page(young.get(final)).select_one("main [id^=disagree]") is not None
    formally, informally = ACCOUNT_HOME[language]
    assert informally in main_text(young, "/account/")
    assert formally in main_text(parent, "/account/")


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_the_draft_plan_pages_speak_to_a_young_person_informally(
    linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """The response page, a section's comment, each question with its "Why we ask for
    this", the evidence page, the error messages of a setting named without its kind, and the page
    after sending with the case page that says it was sent."""
    hub = f"/account/cases/{CASE}/draft-plan"
    speaks(
        linked,
        language,
        [
            hub,
            f"{hub}/sections/A",
            f"{hub}/setting",
            f"{hub}/meeting",
            f"{hub}/personal-budget",
        ],
    )
    young, parent = linked
    evidence = page(young.get(hub)).select_one("a[href*='/evidence']")
    assert evidence is not None
    assert formal_words(language, main_text(young, str(evidence["href"]))) == []
    told = []
    for client in (young, parent):
        form = page(client.get(f"{hub}/setting")).select_one("input[name=csrf_token]")
        assert form is not None
        half = {"csrf_token": form["value"], "setting_type": "mainstream"}
        errors = page(client.post(f"{hub}/setting", data=half)).select(
            "main .govuk-error-summary__list li, main .govuk-error-message"
        )
        assert errors
        told.append(" ".join(error.get_text(" ", strip=True) for error in errors))
    assert formal_words(language, told[0]) == [], told[0]
    assert told[0] != told[1], "the young person's own words, the parent's formal ones"
    for client, formal in ((young, False), (parent, True)):
        assert post(client, f"{hub}/meeting", {"meeting": "yes"}).status_code == 302
        sending = hidden(client.get(f"{hub}/check"))
        assert client.post(f"{hub}/check", data=sending).headers["Location"].endswith(f"{hub}/sent")
        for path in (f"{hub}/sent", f"/account/cases/{CASE}"):
            shown = main_text(client, path)
            assert bool(formal_words(language, shown)) is formal, (path, shown)


RIGHTS = "/account/your-data/rights"


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_the_data_rights_pages_speak_to_a_young_person_informally(
    linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """The rights over each item and why some do not apply, a request with its "Why we ask
    for this", its error messages, and the request once sent."""
    speaks(linked, language, [RIGHTS, f"{RIGHTS}/child.first_name"])
    young, parent = linked
    for client, formal in ((young, False), (parent, True)):
        refused = post(client, f"{RIGHTS}/child.first_name", {"right": ""})
        errors = page(refused).select("main .govuk-error-summary__list li")
        assert errors
        shown = " ".join(error.get_text(" ", strip=True) for error in errors)
        assert bool(formal_words(language, shown)) is formal, shown
        sent = post(
            client,
            f"{RIGHTS}/child.first_name",
            {"right": "rectification", "details": "The name is spelt wrongly"},
        )
        assert sent.status_code == 302
        shown = main_text(client, sent.headers["Location"])
        assert bool(formal_words(language, shown)) is formal, shown
        if language == "pl":  # a data-rights request is an "żądanie", not an application
            assert "Żądanie zostało wysłane" in shown and "Wniosek" not in shown, shown
            assert "Jeszcze bez odpowiedzi" in shown, "not yet answered, not ignored"


def test_the_data_rights_pages_name_each_item_as_the_reader_was_asked_it(
    linked: tuple[FlaskClient, FlaskClient],
) -> None:
    """A young person reads each item by their own question ("What is your date of
    birth?"), on the rights page, a request, the request once sent and "Your data"; a
    parent reads the parent's ("What is their date of birth?")."""
    item = f"{RIGHTS}/child.date_of_birth"
    for client, own, other in (
        (linked[0], "What is your date of birth?", "What is their date of birth?"),
        (linked[1], "What is their date of birth?", "What is your date of birth?"),
    ):
        sent = post(client, item, {"right": "rectification", "details": "The day is wrong"})
        assert sent.status_code == 302
        for path in (RIGHTS, item, sent.headers["Location"], "/account/your-data"):
            shown = main_text(client, path)
            assert own in shown and other not in shown, (path, shown)


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_your_data_and_how_we_contact_you_speak_to_a_young_person_informally(
    linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """ "Your data", and "How we contact you" with its "Why we ask for this", its error
    message and what it says once saved."""
    speaks(linked, language, ["/account/your-data", "/account/contact-preferences"])
    for client, formal in zip(linked, (False, True), strict=True):
        wrong = post(client, "/account/contact-preferences", {"channels": ["sms"]})
        errors = page(wrong).select("main .govuk-error-summary__list li")
        assert errors
        shown = " ".join(error.get_text(" ", strip=True) for error in errors)
        assert bool(formal_words(language, shown)) is formal, shown
        # A mobile number that is not one: its own message, in the same register.
        wrong = post(
            client, "/account/contact-preferences", {"channels": ["sms"], "mobile": "0772"}
        )
        shown = " ".join(
            error.get_text(" ", strip=True)
            for error in page(wrong).select("main .govuk-error-summary__list li")
        )
        assert "07700 900 982" in shown and bool(formal_words(language, shown)) is formal, shown
        saved = post(
            client, "/account/contact-preferences", {"channels": ["email"], "language": language}
        )
        assert saved.status_code == 302
        shown = main_text(client, "/account/contact-preferences")
        assert bool(formal_words(language, shown)) is formal, shown


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_child_giving_views_is_counted_and_told_of_file_problems_informally(
    client: FlaskClient, language: str
) -> None:
    """The character count under a child's answer, and a file left out or not a document,
    in the child's voice (no longer the formal words shared with parents)."""
    sign_in(client)
    views = begin(client, "child", f"draft:{start(client, 'parent_carer')}")
    client.get(f"/account/?lang={language}")
    counter = page(client.get(f"/account/contributions/{views}/about/likes")).select_one(
        ".govuk-character-count"
    )
    assert counter is not None
    texts = [str(value) for name, value in counter.attrs.items() if name.startswith("data-i18n")]
    assert len(texts) >= 3
    for content, name in ((b"", ""), (b"not a document", "notes.txt")):
        errors = page(add_file(client, views, content, name)).select(
            "main .govuk-error-summary__list a, main .govuk-error-message"
        )
        assert errors, name
        texts += [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
    assert [word for text in texts for word in formal_words(language, text)] == [], texts


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_a_young_persons_answer_too_long_is_named_informally(
    client: FlaskClient, language: str
) -> None:
    """A tester, as a young person writing "All about me" in Bulgarian, wrote too much and
    read "Полето „Вашият отговор“ може да съдържа…", the formal "your answer"."""
    sign_in(client, person="young.person@example.org")
    views = begin(client, "young_person", f"draft:{start(client, 'young_person')}")
    client.get(f"/account/?lang={language}")
    path = f"/account/contributions/{views}/about/likes"
    errors = page(post(client, path, {"answer": "x" * 2001})).select(
        "main .govuk-error-summary__list a, main .govuk-error-message"
    )
    assert errors
    texts = [" ".join(error.get_text(" ", strip=True).split()) for error in errors]
    assert [word for text in texts for word in formal_words(language, text)] == [], texts


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_the_messages_about_a_young_persons_own_request_speak_to_them_informally(
    app: Flask, client: FlaskClient, staff: FlaskClient, language: str
) -> None:
    """Asked for more information on their own request, a young person reads the messages
    and the reply form, is told informally what is wrong with an empty reply, and reads
    the page after replying in their voice."""
    sign_in(client, person="young.person@example.org")
    reference = submitted(client, "young_person", young_person_answers())
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    client.get(f"/account/?lang={language}")
    path = f"/account/requests/{reference}/messages"
    texts = [main_text(client, path)]
    refused = post(client, path, {"message": ""})
    texts += [
        error.get_text(" ", strip=True)
        for error in page(refused).select("main .govuk-error-message")
    ]
    sent = post(client, path, {"message": "Here it is."})
    assert sent.status_code == 302
    texts.append(main_text(client, sent.headers["Location"]))
    assert [word for text in texts for word in formal_words(language, text)] == [], texts
    parent = app.test_client()
    sign_in(parent, person="second.parent@example.org")
    theirs = submitted(parent)
    act(staff, theirs, "more_information", {"message": "Please send the school report."})
    parent.get(f"/account/?lang={language}")
    assert formal_words(language, main_text(parent, f"/account/requests/{theirs}/messages"))


def test_a_templates_own_words_and_counts_take_the_voice_and_stay_escaped(app: Flask) -> None:
    """`template_words` voices `_()` and `ngettext()` (every plural form) where the voice has
    an entry, keeps the shared words where it has none, and escapes what it is given."""
    source = (
        '{{ _("Your cases") }}|{{ ngettext("Adding evidence is your choice. You can add up to '
        '%(num)s file.", "Adding evidence is your choice. You can add up to %(num)s files.", 3) }}'
        '|{{ _("Case %(reference)s", reference="<b>") }}'
    )
    with app.test_request_context(), force_locale("pl"):
        young = render_template_string(source, **template_words("young person"))
        parent = render_template_string(source, **template_words(None))
    assert young == (
        "Twoje sprawy|Dodawanie dowodów zależy od ciebie. Możesz dodać najwyżej 3 pliki."
        "|Sprawa &lt;b&gt;"
    )
    assert parent.startswith("Państwa sprawy|Dodawanie dowodów nie jest obowiązkowe.")


# "Your child" in each language, as a parent reads it on the account home and their rights.
YOUR_CHILD = {
    "en": ("your child",),
    "pl": ("państwa dziecka", "państwa dziecku", "swojego dziecka", "twoim dziecku"),
    "ro": ("copilul dumneavoastră", "copilului dumneavoastră", "copilul tău", "copilului tău"),
    "bg": ("вашето дете", "детето си", "детето ти"),
    "tr": ("çocuğunuz", "çocuğunun ehc", "ve çocuğun hakkında"),
    "fa": ("فرزندت",),
    "ar": ("طفلكم",),
}


@pytest.mark.parametrize("language", sorted(YOUR_CHILD))
def test_a_young_person_is_not_asked_about_their_child(
    linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """The account home's link code and the rights over what we hold are about the young
    person themselves; a parent reads of their child."""
    young, parent = linked
    for client in linked:
        client.get(f"/account/?lang={language}")
    for path in ("/account/", RIGHTS):
        to_young_person, to_parent = main_text(young, path).lower(), main_text(parent, path).lower()
        assert not [w for w in YOUR_CHILD[language] if w in to_young_person], path
        assert [w for w in YOUR_CHILD[language] if w in to_parent], path


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_changing_consent_speaks_to_a_young_person_informally(
    linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """A tester read "If you need help, contact…" in Romanian's formal "you" on a young
    person's page for changing their consent, after the page before it said it informally."""
    speaks(linked, language, [f"/account/cases/{CASE}/consent/change"])


@pytest.mark.parametrize("language", sorted(FORMAL_ON_PAGE))
def test_the_signed_out_page_speaks_to_a_young_person_informally(
    client: FlaskClient, language: str
) -> None:
    """The page after a young person signs out ended "Sign in" in the formal "you"."""
    shown = main_text(client, f"/signed-out?state=young-person&lang={language}")
    assert formal_words(language, shown) == [], shown
