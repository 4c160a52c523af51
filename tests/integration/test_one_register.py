"""Arabic and Persian speak to a young person in one register on the whole screen, page
and chrome alike: Arabic in the plural of address (حسابكم, شاركونا آراءكم), which names no
gender, Persian in the informal تو (حساب کاربری‌ات, بگو). Before, one Arabic screen said
"حسابكم" in the header and "العودة إلى حسابك" in the back link (tests/support/voices.py)."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.contributions import answer_all, begin
from tests.support.own_pages import ITEM_NAMES, layout_texts, linked_to_case, own_request_pages
from tests.support.pages import page, post
from tests.support.requests import start
from tests.support.voices import FORMAL_ON_PAGE, SPOKEN_BY_THE_CHILD, other_register

LANGUAGES = ["ar", "fa"]
CASE = demo.DRAFT  # a young person's own case, with a draft plan whose 15 days are running
RIGHTS = "/account/your-data/rights"
# The header's "Your account" and the task list's "Back to your account".
ACCOUNT = {
    "ar": ("حسابكم", "العودة إلى حسابكم"),
    "fa": ("حساب کاربری‌ات", "بازگشت به حساب کاربری‌ات"),
}


# The young person's own answer to the council ("No, do not share my information"), which
# speaks to the council, and the rights page's names for what it holds (as a parent was
# asked it, tests/integration/test_holders_voice.py).
NOT_TO_THEM = f"{ITEM_NAMES}, input[name=sharing][value=none] + label"


def words_in_the_other_register(language: str, client: FlaskClient, path: str) -> list[str]:
    """What the page and the chrome around it say in the register not used for a young
    person, each with its page and sentence."""
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    html = page(response)
    main = html.select_one("main")
    assert main is not None
    for element in main.select(NOT_TO_THEM):
        element.decompose()
    texts = [" ".join(main.get_text(" ", strip=True).split()), *layout_texts(response)]
    sentences = [part for text in texts for part in re.split(r"(?<=[.؟?:!])\s+", text)]
    return [
        f"{path.rsplit('/', 2)[-2:]}: {word} in {sentence!r}"
        for sentence in sentences
        for word in wrong_words(language, sentence)
    ]


def wrong_words(language: str, text: str) -> list[str]:
    """Arabic's singular or Persian's formal "you"; elsewhere the formal one."""
    if language in LANGUAGES:
        return other_register(language, text)
    return list(FORMAL_ON_PAGE[language].findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_young_persons_own_request_is_in_one_register_page_and_chrome(
    client: FlaskClient, language: str
) -> None:
    """The task list, consent, every question page, documents and check your answers,
    their error messages, a child's views begun from the request, and the time-out page."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    client.get(f"/account/?lang={language}")
    views = begin(client, "young_person", f"draft:{draft}")
    paths = [*own_request_pages(draft), "/account/", f"/account/contributions/{views}/about/likes"]
    found = [word for path in paths for word in words_in_the_other_register(language, client, path)]
    errors = page(post(client, f"/account/request/{draft}/you/contact", {})).select(
        "main .govuk-error-summary__list a, main .govuk-error-message"
    )
    assert errors
    found += [word for error in errors for word in other_register(language, error.get_text())]
    expiring = client.get("/session/expiring")
    found += [word for text in layout_texts(expiring) for word in other_register(language, text)]
    assert found == [], "\n".join(found)
    header, back = ACCOUNT[language]
    back_link = page(client.get(f"/account/request/{draft}/")).select_one(".govuk-back-link")
    assert back_link is not None and back_link.get_text(strip=True) == back
    assert header in " ".join(layout_texts(client.get("/account/")))


@pytest.mark.parametrize("language", [*LANGUAGES, *sorted(FORMAL_ON_PAGE)])
def test_a_young_persons_case_data_and_draft_plan_are_in_one_register(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """The account home, their case, its draft plan response, "Your data" (which then
    names the response begun), the rights over it and how we contact them, for a young
    person linked to their own case; in every language, as the formal "Państwa odpowiedź"
    was shown there in Polish."""
    young = linked_to_case(app, client, CASE, "young_person")
    young.get(f"/account/?lang={language}")
    hub = f"/account/cases/{CASE}/draft-plan"
    paths = [
        "/account/",
        f"/account/cases/{CASE}",
        hub,
        f"{hub}/sections/A",
        f"{hub}/setting",
        f"{hub}/meeting",
        f"{hub}/personal-budget",
        "/account/your-data",
        RIGHTS,
        f"{RIGHTS}/child.first_name",
        "/account/contact-preferences",
    ]
    found = [word for path in paths for word in words_in_the_other_register(language, young, path)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", [*LANGUAGES, *sorted(FORMAL_ON_PAGE)])
def test_a_young_persons_setting_asked_for_half_is_told_in_their_register(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """A name without its kind of setting, or a kind without a name: the Bulgarian tester
    was told "Изберете вида на учебното заведение", the formal "you"."""
    young = linked_to_case(app, client, CASE, "young_person")
    young.get(f"/account/?lang={language}")
    setting = f"/account/cases/{CASE}/draft-plan/setting"
    halves = [
        {"setting_name": "Meadow College", "setting_type": ""},
        {"setting_name": "", "setting_type": "mainstream"},
    ]
    errors = [
        error.get_text(" ", strip=True)
        for half in halves
        for error in page(post(young, setting, half)).select(
            "main .govuk-error-summary__list a, main .govuk-error-message"
        )
    ]
    assert len(errors) == 4
    found = [f"{word} in {text!r}" for text in errors for word in wrong_words(language, text)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", [*LANGUAGES, *sorted(FORMAL_ON_PAGE)])
def test_a_young_persons_annual_review_and_disagreement_pages_are_in_one_register(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """The annual review with its decision, the views for it (with its character count),
    and what to do when they disagree with the final plan: the mediation steps they tell
    us, with their error messages, were asked as of a parent in every language."""
    young = linked_to_case(app, client, demo.REVIEW, "young_person")
    linked_to_case(app, young, demo.FINAL, "young_person")
    young.get(f"/account/?lang={language}")
    final = f"/account/cases/{demo.FINAL}"
    paths = [
        f"/account/cases/{demo.REVIEW}/annual-review",
        f"/account/cases/{demo.REVIEW}/annual-review/views",
        f"{final}/annual-review",
        final,
        f"{final}/disagree/final_plan/contacted-mediation",
        f"{final}/disagree/final_plan/mediation-certificate",
    ]
    found = [word for path in paths for word in words_in_the_other_register(language, young, path)]
    for path in paths[-2:]:
        for answer in (["", "", ""], ["1", "", "2026"]):
            errors = page(post(young, path, {"happened_on": answer})).select(
                "main .govuk-error-summary__list li, main .govuk-error-message"
            )
            assert errors, (path, answer)
            found += [
                f"{path}: {word} in {error.get_text(' ', strip=True)!r}"
                for error in errors
                for word in wrong_words(language, error.get_text(" ", strip=True))
            ]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_child_giving_views_reads_one_register(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """A child's views, begun in a parent's account: each question, checking and the page
    after sending speak to the child as the child's entries do. The chrome around them,
    and the notice of a restored draft, are the parent's account's, and speak to the
    parent, as do the links after sending that are the parent's (more views, back to
    their request, feedback); a child's example answer speaks to the adults around them."""
    sign_in(client)
    views = begin(client, "child", f"draft:{start(client, 'parent_carer')}")
    answer_all(client, views, {"likes": "Trains"})
    client.get(f"/account/?lang={language}")
    with app.test_request_context(), force_locale(language):
        example = gettext(next(iter(SPOKEN_BY_THE_CHILD)))
    base = f"/account/contributions/{views}"
    paths = [f"{base}/about/{slug}" for slug in ("likes", "important", "hard", "support", "hopes")]
    found = []
    for path in [*paths, f"{base}/check", "sent"]:
        if path == "sent":
            sent = post(client, f"{base}/check", {})
            path = sent.headers["Location"]
        main = page(client.get(path)).select_one("main")
        assert main is not None, path
        for notice in main.select("[hidden], [data-holders-words]"):
            notice.decompose()
        text = " ".join(main.get_text(" ", strip=True).split()).replace(example, "")
        found += [f"{path}: {word} in {text!r}" for word in other_register(language, text)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", [*LANGUAGES, *sorted(FORMAL_ON_PAGE)])
def test_a_young_person_starting_a_new_request_reads_their_register(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """/account/request/who, and its error, for a young person whose account speaks to
    them as one: the Bulgarian tester read the formal "Можете… Ще Ви попитаме…" there."""
    young = linked_to_case(app, client, CASE, "young_person")
    young.get(f"/account/?lang={language}")
    who = "/account/request/who"
    found = words_in_the_other_register(language, young, who)
    errors = page(post(young, who, {})).select(
        "main .govuk-error-summary__list a, main .govuk-error-message"
    )
    assert errors
    found += [
        f"{word} in {error.get_text(' ', strip=True)!r}"
        for error in errors
        for word in wrong_words(language, error.get_text(" ", strip=True))
    ]
    assert found == [], "\n".join(found)
