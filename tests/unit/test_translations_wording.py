"""Words a tester misread in the catalogues, kept fixed. Each fails until
new_translations.json is merged into translations/."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.messages.pofile import read_po
from flask import Flask

from portal.platform.council_config import TRANSLATIONS_DIR

OWN_VOICE = {"young person", "child"}
OPTIONAL = "%(label)s (optional)"


def _texts(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, tuple | list) else (str(value or ""),)


def _entries(code: str, wanted: re.Pattern[str]) -> list[tuple[str | None, str, str]]:
    """(context, English, translation) of each entry whose translation has `wanted`."""
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        translated = read_po(handle, locale=code)
    return [
        (message.context, _texts(message.id)[0], text)
        for message in translated
        if message.id
        for text in _texts(message.string)
        if wanted.search(text)
    ]


def test_bulgarian_says_what_you_told_us_in_the_past() -> None:
    """The young person's "You told us…" began with the word the link below uses for
    "Tell us…", so it read as an instruction."""
    found = [
        entry
        for entry in _entries("bg", re.compile(r"^Съобщи ни\b"))
        if entry[1].startswith("You told us")
    ]
    assert found == []


def test_bulgarian_speaks_to_a_young_person_without_a_gender() -> None:
    """A young woman read "Ако не си съгласен…" ("if you [masculine] disagree")."""
    found = [
        entry
        for entry in _entries("bg", re.compile(r"съглас(ен|на)\b", re.IGNORECASE))
        if entry[0] in OWN_VOICE
    ]
    assert found == [], found


@pytest.mark.parametrize("code", ["ar", "bg", "fa", "pl", "ro", "tr"])
def test_elective_home_education_does_not_read_as_optional(code: str) -> None:
    """Every optional field is marked "(optional)", and Turkish and Arabic called elective
    home education by the same word, so a choice of where a child learns looked optional."""
    marker = next(
        text for _context, english, text in _entries(code, re.compile("")) if english == OPTIONAL
    )
    optional = marker.replace("%(label)s", "").strip(" ()")
    found = [
        entry
        for entry in _entries(code, re.compile(re.escape(optional), re.IGNORECASE))
        if "elective home education" in entry[1]
    ]
    assert found == [], found


def test_romanian_names_each_thing_done_in_one_form() -> None:
    """On "Who has seen or changed this information", a tester read "Consultarea unui
    dosar" (a noun: "looking at a case") next to "A consultat o revizuire anuală" ("has
    looked at an annual review"): each thing done is said as a noun, as most were."""
    from portal.platform.audit import ACTIONS

    done = {str(text._args[0]) for text in ACTIONS.values()}
    found = [
        (english, text)
        for _context, english, text in _entries("ro", re.compile(r"^(A|Au) "))
        if english in done
    ]
    assert found == [], found


def test_polish_says_which_decision_you_may_disagree_with() -> None:
    """On the account home a parent read "Zdecydowaliśmy …, że nie wydamy planu EHC. Jeśli
    się Państwo z nią nie zgadzają…": "nią" ("with her") had no noun to stand for."""
    found = [
        entry
        for entry in _entries("pl", re.compile(""))
        if "If you disagree, contact a mediation adviser" in entry[1]
        and "z tą decyzją" not in entry[2]
    ]
    assert found == [], found


@pytest.mark.parametrize("voice", [None, "young person"], ids=["parent", "young_person"])
def test_polish_calls_a_request_about_your_information_one_thing(
    app: Flask, voice: str | None
) -> None:
    """The email acknowledging a request to correct, restrict, object to or erase
    information called it "żądanie", then said "Prosimy podawać go w kontaktach z nami w
    sprawie wniosku": "wniosek" is an application, such as the request for an assessment."""
    from portal.case_api.notify import render_email
    from portal.data_rights.rights import ERASURE

    with app.test_request_context():
        subject, body = render_email(
            "data_rights_received",
            "pl",
            voice,
            reference="DR-2026-000042",
            right=ERASURE,
            due=dt.date(2026, 10, 14),
            link="https://example.org",
        )
    email = f"{subject}\n{body}"
    assert "żądani" in email
    assert "wniosk" not in email, email


def test_polish_says_a_complex_request_is_complicated_not_submitted() -> None:
    """ "If a request is complex, we can take two more months" read "Jeśli żądanie jest
    złożone": on the same pages "złożyć żądanie" is to submit one, so a parent read "if the
    request has been submitted". The staff's "Only for a complex request" said the same."""
    complex_ = [entry for entry in _entries("pl", re.compile("")) if "complex" in entry[1]]
    assert len(complex_) >= 5
    found = [entry for entry in complex_ if re.search("złożon", entry[2], re.IGNORECASE)]
    assert found == [], found


def test_polish_leads_into_the_requests_you_can_make_with_their_names() -> None:
    """Above a table of a family's information, "W sprawie każdej pozycji w tej tabeli
    mogą Państwo żądać:" ("you may demand", which takes the genitive) was followed by the
    requests' names in the nominative ("Sprostowanie", "Usunięcie"), as they are said as
    choices. The column "You can also ask us to" is followed by the same names."""
    leads = {"About each item in this table, you can ask us to:", "You can also ask us to"}
    said = [entry for entry in _entries("pl", re.compile("")) if entry[1] in leads]
    assert {(context, english) for context, english, _text in said} == {
        (context, english) for context in (None, "young person") for english in leads
    }
    found = [entry for entry in said if re.search(r"żądać|prosić|zażądać", entry[2])]
    assert found == [], found


def test_polish_says_what_was_sent_when_counting_the_days_to_answer_a_draft_plan() -> None:
    """A parent read "To 15 dni, licząc dzień, w którym go wysłaliśmy, jako pierwszy": "go"
    ("it") had no noun to stand for. The page says it of a draft plan and of an annual review's
    proposed amendments alike, so the sentence names neither: "the day of sending"."""
    counted = [
        entry
        for entry in _entries("pl", re.compile(""))
        if "counting the day we sent it as day 1" in entry[1]
    ]
    assert len(counted) == 8
    found = [entry for entry in counted if "licząc dzień wysłania jako pierwszy" not in entry[2]]
    assert found == [], found
    assert _entries("pl", re.compile(r"w którym go wysłaliśmy")) == []


# A parent reads Polish said to "Państwo"; a link that said "Zmień swoje zgody" spoke to
# them as "ty". (A child and a young person are spoken to as "ty" on purpose.)
INFORMAL_WITH_ONES_OWN = re.compile(
    r"\b(Zobacz|Zmień|Przejdź|Sprawdź|Przekaż|Wpisz|Wybierz|Dodaj|Wyślij|Zapisz|Napisz"
    r"|Opisz|Podaj|Pomóż|Wróć|Odpowiedz|Poproś)\b[^.]*\bswo(j|i|ja|ją|je|jego|jej|ich|im|imi)\b",
    re.IGNORECASE,
)
SAID_TO_A_PARENT = {
    "Change your choices",
    "Change your consent choices",
    "Check your views",
    "Check your views before you send them",
    "Give your views",
    "Give your views, or help a child or young person give theirs",
    "Go to your account",
    "See or change your consent",
    "See your response",
}
# Read only by a young person making their own request (a question's `_self` words), so
# said as "ty" though they have no context.
SAID_TO_A_YOUNG_PERSON = {
    "Enter the name of your college, school, training provider or employer",
    "Tell us about your needs and what is difficult",
    "Tell us about your needs and what you find difficult",
}


def test_polish_speaks_to_a_parent_as_panstwo() -> None:
    """A tester read "Zobacz lub zmień swoje zgody", "Zmień swoje decyzje", "Przejdź do
    swojego konta" and "Zobacz swoją odpowiedź" among pages that say "Państwo"."""
    said = [entry for entry in _entries("pl", re.compile("")) if entry[0] not in OWN_VOICE]
    assert {english for _context, english, _text in said} >= SAID_TO_A_PARENT
    found = [
        entry
        for entry in said
        if (INFORMAL_WITH_ONES_OWN.search(entry[2]) and entry[1] not in SAID_TO_A_YOUNG_PERSON)
        or (entry[1] in SAID_TO_A_PARENT and re.search(r"\bswo", entry[2]))
    ]
    assert found == [], found


# Where a language says how the family was told: next to "told", before what they were
# told, so it is not read as how the request came or how the council asked.
TOLD_BY = {
    "en": re.compile(r"^(Family|Young person) told by (email|text message) "),
    "tr": re.compile(r"^(Aileye|Gence),? (e-postayla|kısa mesajla)\b"),
    "ar": re.compile(r"^(أُبلغت الأسرة|أُبلغ الشاب أو الشابة) (بالبريد الإلكتروني|برسالة نصية) "),
}


@pytest.mark.parametrize("code", sorted(TOLD_BY))
def test_the_history_says_how_the_family_was_told_before_what_they_were_told(
    code: str,
) -> None:
    """A caseworker read "Family told their request was received by email", as if the
    request had come by email, and "Family told the council asked for information by
    email". (What they were told of, "the decision", can come first: it is no sentence.)"""
    from portal.triage.askers import TOLD, YOUNG_PERSON_TOLD

    told = {
        str(text._args[0])
        for about in (TOLD, YOUNG_PERSON_TOLD)
        for pair in about.values()
        for text in pair
    }
    told = {english for english in told if " of the decision " not in english}
    if code == "en":
        said = {english: english for english in told}
    else:
        entries = _entries(code, re.compile(""))
        said = {english: text for _context, english, text in entries if english in told}
    assert len(said) == len(told) > 8
    found = [text for text in said.values() if not TOLD_BY[code].search(text)]
    assert found == [], found


def test_persian_writes_megabytes_in_one_way() -> None:
    """A tester read the Latin "MB" on the views upload and the Persian word for megabytes
    on the documents upload."""
    assert _entries("fa", re.compile(r"\bMB\b")) == []


def _hints(node: object, key: str = "") -> list[str]:
    """Every hint in forms/catalogue.yaml, a parent's and a child's or young person's."""
    if isinstance(node, dict):
        return [hint for k, v in node.items() for hint in _hints(v, str(k))]
    if isinstance(node, list):
        return [hint for item in node for hint in _hints(item, key)]
    return [node] if key in {"hint", "hint_self"} and isinstance(node, str) else []


def test_a_hint_of_more_than_one_sentence_ends_with_a_full_stop() -> None:
    """A tester read the unique pupil number's hint in Romanian, "13 caractere, începând
    cu o literă. Școala copilului vi-l poate spune": two sentences, the last with no full
    stop, as in English. A hint of one phrase ("For example, 27 3 2015") has none."""
    import yaml

    from portal.platform.council_config import PROJECT_ROOT

    with (PROJECT_ROOT / "forms" / "catalogue.yaml").open(encoding="utf-8") as handle:
        hints = _hints(yaml.safe_load(handle))
    assert len(hints) > 30
    found = [hint for hint in hints if ". " in hint and not hint.rstrip().endswith(".")]
    assert found == [], found


ENDS_A_SENTENCE = (".", "?", "!", "؟", "…", "»", "”", '"', ")")


@pytest.mark.parametrize("code", ["ar", "bg", "fa", "pl", "ro", "tr"])
def test_a_translation_keeps_the_full_stop_that_ends_the_english(code: str) -> None:
    """Ending in a placeholder is no slip: in Bulgarian a date ends with the point of its
    abbreviation for "year", so the sentence takes no second one."""
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        translated = read_po(handle, locale=code)
    found = [
        (message.context, _texts(message.id)[0], text)
        for message in translated
        if message.id and _texts(message.id)[0].rstrip().endswith(".")
        for text in _texts(message.string)
        if text
        and not text.rstrip().endswith(ENDS_A_SENTENCE)
        and not re.search(r"%\(\w+\)[sd]$", text.rstrip())
    ]
    assert found == [], f"{code}: {len(found)} entries, first: {found[:3]}"


def test_bulgarian_ends_no_sentence_with_a_second_point_after_a_date() -> None:
    """A tester read a young person's annual review panel end in two points: a Bulgarian
    date ends with the point of its abbreviation for "year", so a sentence ending in one
    takes no other."""
    doubled = _entries("bg", re.compile(r"%\(date\)s\.$"))
    assert doubled == [], doubled


PAST_AND_ORDER = {"sent": "Send", "gave": "Give", "asked": "Ask", "added": "Add", "chose": "Choose"}


def test_bulgarian_says_what_a_young_person_did_in_words_no_button_uses() -> None:
    """In Bulgarian the informal "you sent" (изпрати) is also the order "send!": the
    panel after a young person's annual review views were sent read "Изпрати мнението си
    на 7 декември 2026", the words of the button they had just pressed."""
    with (TRANSLATIONS_DIR / "bg" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        theirs = [m for m in read_po(handle, locale="bg") if m.id and m.context in OWN_VOICE]
    orders = {
        (english.split()[0], text.split()[0])
        for m in theirs
        for english, text in zip(_texts(m.id), _texts(m.string), strict=False)
        if text and english.split()[0] in PAST_AND_ORDER.values()
    }
    found = [
        (english, text)
        for m in theirs
        for english, text in zip(_texts(m.id), _texts(m.string), strict=False)
        if (said := re.match(r"You (\w+) ", english))
        and said.group(1) in PAST_AND_ORDER
        and text
        and (PAST_AND_ORDER[said.group(1)], text.split()[0]) in orders
    ]
    assert found == [], found


def test_arabic_asks_staff_and_parents_in_the_polite_plural() -> None:
    """A caseworker read "اكتب كيف ومتى طلبوا سحب الطلب" ("write [singular] how and when
    they asked to withdraw it") on the withdrawal form: every other message asks in the
    polite plural ("أدخلوا…")."""
    singular = re.compile(r"^(اكتب|أدخل|اختر|حدد|اذكر) ")
    found = [entry for entry in _entries("ar", singular) if entry[0] not in OWN_VOICE]
    assert found == []


# "Your request", as each language says it to one person: a child's views go with the
# request a parent or carer made, never one of the child's own.
THEIR_OWN_REQUEST = {
    "ar": "طلبكم",
    "bg": "искането ти",
    "fa": "درخواستت",
    "pl": "twoim wnioskiem",
    "ro": "cererea ta",
    "tr": "talebinle",
}


@pytest.mark.parametrize("code", sorted(THEIR_OWN_REQUEST))
def test_a_child_is_told_their_views_go_with_the_request_not_their_own(code: str) -> None:
    """A tester, helping a child give views in Romanian, read "Părerile tale vor fi trimise
    împreună cu cererea ta": "with your request", though the request was the parent's."""
    found = [
        entry
        for entry in _entries(code, re.compile(re.escape(THEIR_OWN_REQUEST[code])))
        if entry[0] == "child"
    ]
    assert found == []


# The form every line of "Who has seen or changed this information" takes in each
# language: a noun of the action ("Looking at a case"), never a past verb ("looked at").
ACTIVITY_BEGINS = {
    "ar": "الاطلاع على",
    "bg": "Преглед на",
    "fa": "دیدن",
    "pl": "Wyświetlenie",
    "ro": "Consultarea",
}


@pytest.mark.parametrize("code", [*ACTIVITY_BEGINS, "tr"])
def test_who_has_looked_lines_all_take_one_form(code: str) -> None:
    """Testers read Turkish, Persian and Arabic lists where looking at an annual review
    was said as "he looked at" beside "looking at a case"."""
    looked = [
        (english, text)
        for context, english, text in _entries(code, re.compile("."))
        if english.startswith("Looked at") and "%(" not in english and context is None
    ]
    assert len(looked) >= 10
    if code == "tr":
        odd = [(e, t) for e, t in looked if not t.endswith("görüntüleme")]
    else:
        odd = [(e, t) for e, t in looked if not t.startswith(ACTIVITY_BEGINS[code])]
    assert odd == []


def test_persian_tells_a_first_name_from_a_name() -> None:
    """ "Your data" listed the request's "Your first name" and the feedback's "Your name"
    as the same words, with different rights beside each."""
    first = [t for c, e, t in _entries("fa", re.compile(".")) if e == "Your first name"]
    name = [t for c, e, t in _entries("fa", re.compile(".")) if e == "Your name"]
    assert first and name and not set(first) & set(name)


def test_polish_speaks_to_parents_as_panstwo_throughout() -> None:
    """ "Why we ask" said "Pan/Pani" in one sentence and "Państwo" in the next."""
    found = [
        entry
        for entry in _entries("pl", re.compile(r"\bPan(a|u)?/Pani\b"))
        if entry[1] != "%(name)s (you)"
    ]
    assert found == []


def test_bulgarian_stopping_a_plan_unless_appealed_is_not_inverted() -> None:
    """ "освен ако няма обжалване" reads "unless there is no appeal"."""
    assert _entries("bg", re.compile("освен ако няма обжалване")) == []
