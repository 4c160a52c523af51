"""A caseworker (English) opened a request a parent wrote in Romanian. Its Answers showed
the parent's "Needs and difficulties", "Current support" and "Diagnoses" in Romanian with
nothing to say so, and neither did the family's reply under Messages and History (the
Views page says "Written in Romanian"). The Summary read "Interpreter — Needed: română or
româna", the child's first language and the parent's as typed, run together like two
languages, and so did the advice beside "Ask the family". The Consent tab listed "People
we must not share information with — None named", a question a parent's consent page
never asks."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS
from tests.support.interpreter import interpreter_said
from tests.support.requests import reply, submitted
from tests.support.staff import act

pytestmark = pytest.mark.browser

NEEDS = "Maria vorbește foarte puțin la școală și se supără când se schimbă rutina."
SUPPORT = "Lucrează cu o asistentă de predare 3 ore pe săptămână."
DIAGNOSES = "Pe lista de așteptare pentru evaluarea autismului"
ASKED = "Please send us the latest report from Maria's school."
REPLIED = "Bună ziua. Vă trimit scrisoarea de la medic."

# The typed text's own element: the nearest `lang` around it, and the words of the part
# of the page that holds it (an answer's value, a message, an event of the history).
READ = """([typed, holder]) => {
  const text = [...document.querySelectorAll('main *')].find(
    e => e.children.length === 0 && e.textContent.trim() === typed)
  if (!text) return null
  return {lang: text.closest('[lang]').getAttribute('lang'),
          around: text.closest(holder).innerText}
}"""


def _in_romanian(child: str, parent: str) -> dict:  # type: ignore[type-arg]
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    answers["child"]["name"] = {"first_name": "Maria", "last_name": "Popescu", "preferred_name": ""}
    answers["child"]["language"] = {"first_language": child, "interpreter_needed": "yes"}
    answers["you"]["language"] = {"first_language": parent}
    answers["needs"] = {
        **answers["needs"],
        "description": {"description": NEEDS},
        "diagnoses": {"diagnoses": DIAGNOSES},
    }
    answers["support"] = {**answers["support"], "current": {"current": SUPPORT}}
    return answers


@pytest.fixture(scope="module")
def made(live_app: Flask) -> dict[str, str]:
    """Requests sent in Romanian by parents of our own: as the tester's (the languages
    typed are one language, spelt two ways), one where the parent typed a language name
    Babel does not know, and one where both typed the same unknown name. The council asked
    the first family in English, and they replied in Romanian."""
    typed = {
        "tester": ("română", "româna"),
        "unknown": ("română", "moldovenească"),
        "both unknown": ("limba română", "Limba romana"),
    }
    found = {}
    for name, (child, parent) in typed.items():
        family = live_app.test_client()
        family.environ_base["HTTP_ACCEPT_LANGUAGE"] = "ro"
        sign_in(family, person=f"cw.romanian.{name.replace(' ', '.')}@example.org")
        found[name] = submitted(family, answers=_in_romanian(child, parent))
        if name == "tester":
            staff = live_app.test_client()
            sign_in(staff, "staff", "caseworker@council.example")
            asked = act(
                staff, found[name], "more_information", {"message": ASKED, "written_in": "en"}
            )
            assert asked.status_code == 302
            assert reply(family, found[name], REPLIED, []).status_code == 302
    return found


@pytest.mark.parametrize(
    ("section", "typed", "holder"),
    [
        ("answers", NEEDS, ".govuk-summary-list__row"),
        ("answers", SUPPORT, ".govuk-summary-list__row"),
        ("answers", DIAGNOSES, ".govuk-summary-list__row"),
        ("messages", REPLIED, ".govuk-inset-text"),
        ("history", REPLIED, ".moj-timeline__item"),
    ],
)
def test_the_familys_own_words_say_they_are_written_in_romanian(  # type: ignore[no-untyped-def]
    people, made: dict[str, str], section: str, typed: str, holder: str
) -> None:
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{made['tester']}/{section}?lang=en")
    read = staff.evaluate(READ, [typed, holder])
    assert read is not None, typed
    assert read["lang"] == "ro"
    assert "Written in Romanian" in read["around"], read["around"]
    said = staff.get_by_text("Written in Romanian").first
    assert said.evaluate("e => e.closest('[lang]').getAttribute('lang')") == "en"


@pytest.mark.parametrize(("section", "holder"), [("messages", ".govuk-inset-text")])
def test_the_councils_english_is_not_marked(  # type: ignore[no-untyped-def]
    people, made: dict[str, str], section: str, holder: str
) -> None:
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{made['tester']}/{section}?lang=en")
    read = staff.evaluate(READ, [ASKED, holder])
    assert read is not None
    assert "Written in" not in read["around"], read["around"]


def test_one_language_typed_two_ways_is_named_once_in_english(  # type: ignore[no-untyped-def]
    people, made: dict[str, str]
) -> None:
    value, hint = interpreter_said(people["staff"], made["tester"])
    assert value == "Needed: Romanian"
    assert "book an interpreter in Romanian for any call or meeting" in hint, hint


def test_a_name_it_does_not_know_is_shown_as_typed_and_not_as_a_choice(  # type: ignore[no-untyped-def]
    people, made: dict[str, str]
) -> None:
    staff = people["staff"]
    value, hint = interpreter_said(staff, made["unknown"])
    said = "The child’s first language is Romanian; the parent’s is “moldovenească”."
    assert value.split("\n") == ["Needed", said], value
    assert " or " not in value
    assert "book an interpreter for any call or meeting. " + said in hint, hint
    typed = staff.locator("main bdi", has_text="moldovenească")
    assert typed.get_attribute("lang") == "ro"


def test_the_same_unknown_name_is_shown_once_as_typed(  # type: ignore[no-untyped-def]
    people, made: dict[str, str]
) -> None:
    value, hint = interpreter_said(people["staff"], made["both unknown"])
    assert value == "Needed: “limba română”"
    assert "book an interpreter in “limba română” for any call or meeting" in hint, hint


def test_a_parent_is_not_shown_a_question_they_were_never_asked(  # type: ignore[no-untyped-def]
    people, made: dict[str, str]
) -> None:
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{made['tester']}/consent?lang=en")
    keys = staff.locator("main .govuk-summary-list__key").all_inner_texts()
    assert "Agreement to the EHC needs assessment" in keys
    assert "People we must not share information with" not in keys
