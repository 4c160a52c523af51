"""Every message a person can see is translated, correctly, in every offered language."""

from __future__ import annotations

import csv
import re
from gettext import c2py

import pytest
import yaml
from babel.messages.catalog import Catalog
from babel.messages.checkers import python_format
from babel.messages.pofile import read_po

from portal.platform.council_config import PROJECT_ROOT, TRANSLATIONS_DIR, load_council_config
from tests.support.direction import RIGHT_TO_LEFT, unisolated_in_text
from tests.support.extraction import extracted

OFFERED = [
    code for code in load_council_config(PROJECT_ROOT / "app.yaml").languages if code != "en"
]
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def catalogue(code: str) -> Catalog:
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=code)


def _texts(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if isinstance(value, tuple | list):
        return tuple(value)
    return (value or "",)


def test_the_template_lists_every_message_in_use() -> None:
    with (TRANSLATIONS_DIR / "messages.pot").open("rb") as handle:
        committed = {(m.id, m.context) for m in read_po(handle) if m.id}
    in_use = {(m.id, m.context) for m in extracted() if m.id}
    assert in_use - committed == set(), "run `make translations`: messages.pot is out of date"


@pytest.mark.parametrize("code", OFFERED)
def test_every_message_is_translated(code: str) -> None:
    translated = catalogue(code)
    problems = []
    for message in extracted():
        if not message.id:
            continue
        found = translated.get(message.id, context=message.context)
        if found is None:
            problems.append(f"missing: {message.id!r}")
        elif found.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(_texts(found.string)) or len(_texts(found.string)) < (
            translated.num_plurals if found.pluralizable else 1
        ):
            problems.append(f"untranslated: {message.id!r}")
    assert problems == [], f"{code}: {len(problems)} problems, first: {problems[:5]}"


@pytest.mark.parametrize("code", OFFERED)
def test_translations_keep_placeholders_and_markup(code: str) -> None:
    translated = catalogue(code)
    problems = []
    for message in translated:
        if not message.id or not message.string:
            continue
        try:
            python_format(translated, message)
        except Exception as exc:  # babel raises TranslationError
            problems.append(f"{message.id!r}: {exc}")
        source = " ".join(_texts(message.id))
        for text in _texts(message.string):
            if set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(source)):
                problems.append(f"{message.id!r}: adds a placeholder")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(_texts(message.id)[0])):
                problems.append(f"{message.id!r}: changes the HTML")
            if text.count("%%") != source.count("%%") and "%%" in source:
                problems.append(f"{message.id!r}: loses a literal %%")
    assert problems == [], f"{code}: {problems[:5]}"


def _plural_index(catalog: Catalog, number: int) -> int:
    return int(c2py(catalog.plural_expr)(number))


@pytest.mark.parametrize("code", OFFERED)
def test_every_plural_message_has_every_form_of_its_language(code: str) -> None:
    translated = catalogue(code)
    problems = []
    for message in translated:
        if not message.id or not message.pluralizable:
            continue
        forms = _texts(message.string)
        if len(forms) != translated.num_plurals or not all(forms):
            problems.append(message.id[0])
    assert problems == [], f"{code}: plural forms missing in {problems[:5]}"


def test_arabic_says_two_with_the_dual() -> None:
    """Arabic has a dual ("أسبوعان", two weeks): its form is not the "other" form."""
    translated = catalogue("ar")
    dual, other = _plural_index(translated, 2), _plural_index(translated, 100)
    assert dual != other
    same = [
        m.id[0]
        for m in translated
        if m.id and m.pluralizable and len(_texts(m.string)) > max(dual, other)
        if _texts(m.string)[dual] == _texts(m.string)[other]
    ]
    assert same == [], f"the dual is the plural in: {same[:5]}"


# Placeholders that carry a number of things; a message with one needs ngettext so that
# each language can choose its plural form. Listed exceptions carry no counted noun.
COUNTS = {"count", "num", "weeks", "days", "high", "low", "minutes", "limit", "total"}
COUNT_WITHOUT_NOUN = {
    "%(percent)s (%(count)s of %(total)s)",
    "%(first)s to %(last)s of %(num)s, the newest first.",
    "%(first)s to %(last)s of %(num)s, the newest draft first.",
    "%(first)s to %(last)s of %(num)s, overdue first.",
    "Requests in this tray that match the filter: %(num)s of %(total)s",
}


def test_messages_with_a_count_use_ngettext() -> None:
    wrong = [
        message.id
        for message in extracted()
        if message.id
        and not message.pluralizable
        and message.id not in COUNT_WITHOUT_NOUN
        and set(PLACEHOLDER.findall(str(message.id))) & COUNTS
    ]
    assert wrong == [], f"use ngettext for: {wrong}"


def _glossary() -> list[dict[str, str]]:
    with (TRANSLATIONS_DIR / "glossary.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _glossary_exceptions() -> set[tuple[str, str, str]]:
    with (TRANSLATIONS_DIR / "glossary_exceptions.csv").open(encoding="utf-8") as handle:
        return {(row["term_en"], row["language"], row["msgid"]) for row in csv.DictReader(handle)}


@pytest.mark.parametrize("code", OFFERED)
def test_the_glossary_term_is_used_wherever_the_english_term_is(code: str) -> None:
    """translations/glossary.csv: each language's term for each key English term, as
    stems separated by "|" (so inflected forms match: "ocen" for ocena, oceny, ocenę).
    translations/glossary_exceptions.csv lists the messages that rightly say it otherwise."""
    translated = catalogue(code)
    exceptions = _glossary_exceptions()
    problems = []
    for row in _glossary():
        term = row["term_en"]
        english = re.compile(rf"\b{re.escape(term)}(s|'s)?\b", re.IGNORECASE)
        stems = re.compile("|".join(re.escape(s) for s in row[code].split("|")), re.IGNORECASE)
        for message in translated:
            if not message.id or not any(english.search(i) for i in _texts(message.id)):
                continue
            if (term, code, _texts(message.id)[0]) in exceptions:
                continue
            for text in _texts(message.string):
                if text and not stems.search(text):
                    problems.append(f"{term!r} not {row[code]!r} in {text!r}")
    assert problems == [], f"{code}: {len(problems)} problems, first: {problems[:3]}"


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_right_to_left_translations_isolate_left_to_right_examples(code: str) -> None:
    """An example phone number, email address or reference in Arabic or Persian text is
    wrapped in Unicode isolates (U+2068 … U+2069), or it shows reversed."""
    problems = [
        f"{found!r} in {text!r}"
        for message in catalogue(code)
        if message.id
        for text in _texts(message.string)
        for found in unisolated_in_text(text)
    ]
    assert problems == [], f"{code}: {problems[:5]}"


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_an_english_name_with_brackets_is_not_put_in_brackets_again(code: str) -> None:
    """A young adult reading Arabic met the tribunal's name as "(…) (First-tier Tribunal
    (Special Educational Needs and Disability))": where the line wrapped, its closing
    brackets began the next line, "))", the wrong way round for the right-to-left text
    around them. An English name that has brackets of its own is given without more."""
    problems = [
        text
        for message in catalogue(code)
        if message.id
        for text in _texts(message.string)
        if re.search(r"\)\u2069?\)", PLACEHOLDER.sub("", text))
    ]
    assert problems == [], f"{code}: {problems[:3]}"


@pytest.mark.parametrize("code", RIGHT_TO_LEFT)
def test_a_plans_section_title_isolates_the_english_act_it_names(code: str) -> None:
    """A tester read section H1's title wrapped at 320 px in Persian with its closing
    bracket at the wrong end: the English name in brackets runs left to right inside
    the right-to-left title unless it is isolated."""
    title = catalogue(code)[
        "H1: Social care provision under the Chronically Sick and Disabled Persons Act 1970"
    ]
    assert "(\u2068Chronically Sick and Disabled Persons Act 1970\u2069)" in _texts(title.string)[0]


def test_messages_for_children_and_young_people_have_their_own_context_and_a_note() -> None:
    from portal.platform.voices import VOICES

    messages = list(extracted())
    in_a_voice = {(m.id, m.context) for m in messages if m.context in VOICES}
    voiced_ids = {m.id for m in messages if m.context in VOICES}
    # A young person reads every page a child does (their views); only a young person asks
    # for their own assessment, so those messages have a "young person" entry alone.
    missing = [
        (text, "young person")
        for text, voice in in_a_voice
        if voice == "child" and (text, "young person") not in in_a_voice
    ]
    assert missing == [], "each message in a child's voice needs a young person's entry"
    assert len(voiced_ids) >= 18
    without_note = [m.id for m in messages if m.context in VOICES and not m.auto_comments]
    assert without_note == [], f"add a '# NOTE:' saying who reads it: {without_note}"


def _catalogue_texts(node: object, key: str = "") -> list[tuple[str, str]]:
    """(key, text) for every scalar in forms/catalogue.yaml."""
    if isinstance(node, dict):
        return [pair for k, v in node.items() for pair in _catalogue_texts(v, str(k))]
    if isinstance(node, list):
        return [pair for item in node for pair in _catalogue_texts(item, key)]
    return [(key, node)] if isinstance(node, str) and node else []


def test_the_catalogues_own_words_carry_a_note() -> None:
    """The catalogue's `*_self` wording is read by a child or young person about
    themselves: where no parent reads the same English, its note says so."""
    with (PROJECT_ROOT / "forms" / "catalogue.yaml").open(encoding="utf-8") as handle:
        texts = _catalogue_texts(yaml.safe_load(handle))
    shared = {text for key, text in texts if not key.endswith("_self")}
    own = {text for key, text in texts if key.endswith("_self") and text not in shared}
    noted = {m.id for m in extracted() if m.id and not m.context and m.auto_comments}
    assert len(own) >= 30
    assert sorted(own - noted) == [], "add a note for the child's or young person's own words"


@pytest.mark.parametrize("code", ["bg", "pl", "ro", "tr"])
def test_children_are_not_addressed_formally(code: str) -> None:
    """The own-voice entries use the informal "you" a child or young person expects."""
    formal = {
        "bg": re.compile(r"\b(Вие|Вас|Ви)\b"),
        "pl": re.compile(r"Państw|Pan\b|Pani\b"),
        "ro": re.compile(r"\b(dumneavoastră|Puteți|Salvați|trebuie să răspundeți)\b", re.I),
        "tr": re.compile(r"\b(siz|sizin|edin|devam edin|bırakabilirsiniz)\b", re.I),
    }[code]
    from portal.platform.voices import VOICES

    own = [m for m in catalogue(code) if m.context in VOICES and m.string]
    assert len(own) >= 2 * 18, "the child's and young person's entries are translated"
    found = [
        (m.context, m.string)
        for m in catalogue(code)
        if m.context in VOICES and isinstance(m.string, str) and formal.search(m.string)
    ]
    assert found == []


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_arabic_and_persian_address_children_in_one_register(code: str) -> None:
    """Arabic speaks to a child or young person in the plural of address, which names no
    gender (not the masculine "أخبرنا", "شاركنا آراءك"); Persian in the informal "تو", not
    "شما", "-تان" or "-ید" (tests/support/voices.py, docs/development.md). So do the
    messages without a context that only they read (the catalogue's `*_self` wording, a
    young person's own request), whose note asks for the informal "you"."""
    from portal.platform.voices import VOICES
    from tests.support.voices import SPOKEN_BY_THE_CHILD, other_register

    translated = catalogue(code)
    own = [m for m in translated if m.context in VOICES and m.string]
    assert len(own) >= 2 * 18
    theirs = {
        m.id
        for m in extracted()
        if m.id and not m.context and any("informally" in note for note in m.auto_comments)
    }
    assert len(theirs) >= 60
    own += [translated[text] for text in theirs - SPOKEN_BY_THE_CHILD]
    found = [
        (m.context, _texts(m.id)[0], words)
        for m in own
        if (words := [w for t in _texts(m.string) for w in other_register(code, t)])
    ]
    assert found == [], f"{code}: {len(found)} entries, first: {found[:5]}"


# The translator's review of issue #18: words that were wrong, each with the message it
# was in and a pattern the translation must not (False) or must (True) match.
REVIEWED = [
    ("ro", None, r"împărtăș", False),  # "share" is "a transmite", not a verb for feelings
    ("ro", "Success", r"^Succes$", False),  # reads "Good luck!"
    ("ro", "Black or Black British – any other Black background", r"neagr", True),
    ("ar", "College or sixth form", r"الصف السادس", False),  # sixth grade, age 11-12
    ("ar", None, r"حي بارنت", False),  # the council is not a neighbourhood
    ("fa", None, r"منطقه بارنت", False),
    ("fa", None, r"\d+ عدد", False),  # "رقم": digits, not items
    ("tr", None, r"onay e-posta", False),  # a confirmation email is a "teyit" email
    ("bg", None, r"(?i)цигани", False),
    ("tr", None, r"Çingene", False),
    # The decision's deadline comes first, so it is not read as the assessment's.
    (
        "bg",
        "Sent on %(sent)s. We will decide whether to assess by %(due)s.",
        r"До %\(due\)s ще",
        True,
    ),
    (
        "ar",
        "Sent on %(sent)s. We will decide whether to assess by %(due)s.",
        r"بحلول %\(due\)s",
        True,
    ),
    # First-person options and the satisfaction scale in both genders, or neutral.
    ("ro", "I am a young person giving my own views", r"tânără", True),
    ("ro", "I'm not sure", r"\bsunt sigur\b", False),
    ("pl", "I'm a parent or carer with parental responsibility for the child", r"opiekunką", True),
    ("pl", "Satisfied", r"zadowolona", True),
    ("bg", "Satisfied", r"доволна", True),
    # A case is a "vaka" on every page; "dosya" is a computer file. An email once called
    # the case "the file numbered BNT-2024-187206".
    ("tr", None, r"numaralı dosya|[Tt]alepleri\w* (ve|veya) dosya|hiçbir dosyanın", False),
]


@pytest.mark.parametrize(("code", "msgid", "pattern", "wanted"), REVIEWED)
def test_the_reviewed_wrong_words_stay_fixed(
    code: str, msgid: str | None, pattern: str, wanted: bool
) -> None:
    # A word wrong anywhere is wrong in the young person's and child's entries too.
    messages = [m for m in catalogue(code) if m.id and (msgid is None or not m.context)]
    if msgid is not None:
        messages = [m for m in messages if _texts(m.id)[0] == msgid]
        assert messages, f"{msgid!r} is still in use"
    texts = [text for m in messages for text in _texts(m.string)]
    found = [text for text in texts if re.search(pattern, text)]
    assert bool(found) == wanted if msgid else found == [], (code, pattern, found or texts)


PERSON_VIEWS = re.compile(r"\bviews\b", re.IGNORECASE)


def _persian_views_said_as_opinion(translated: Catalog) -> list[tuple[str | None, str, str]]:
    """Entries whose English speaks of a person's views but whose Persian says "نظر"."""
    return [
        (message.context, _texts(message.id)[0], text)
        for message in translated
        if message.id
        and any(PERSON_VIEWS.search(PLACEHOLDER.sub("", i)) for i in _texts(message.id))
        for text in _texts(message.string)
        if "نظر" in text
    ]


def test_persian_calls_a_persons_views_by_one_word() -> None:
    """A family reading Persian met a person's views as both "دیدگاه" and "نظر" and could
    take them for two things: the views given for an assessment or a review are "دیدگاه"
    everywhere. "نظر" stays for comments on a plan and feedback on the service."""
    found = _persian_views_said_as_opinion(catalogue("fa"))
    assert found == [], f"{len(found)} entries, first: {found[:3]}"


REVIEW = re.compile(r"\breviews?\b", re.IGNORECASE)


def _turkish_review_in_other_words(translated: Catalog) -> list[tuple[str | None, str, str]]:
    """Entries whose English speaks of a review but whose Turkish does not say "gözden
    geçirme" (as "incelemeler", the annual reviews on a case page, did)."""
    return [
        (message.context, _texts(message.id)[0], text)
        for message in translated
        if message.id and any(REVIEW.search(i) for i in _texts(message.id))
        for text in _texts(message.string)
        if "gözden geçir" not in text.lower() or "incelem" in text.lower()
    ]


def test_turkish_calls_the_annual_review_by_one_name() -> None:
    """A young person reading Turkish met her views for the annual reviews, on her case
    page, as "incelemeler" where every other page says "gözden geçirme", and could take
    them for two things: a review is "gözden geçirme" everywhere."""
    found = _turkish_review_in_other_words(catalogue("tr"))
    assert found == [], f"{len(found)} entries, first: {found[:3]}"


def test_turkish_does_not_make_the_councils_review_the_readers() -> None:
    """ "Gözden geçirmen için son tarih" read to a young person as her own deadline, to
    review something: the review's date is the council's. "Gözden geçirmen" ("your
    review", "your reviewing") is said only where the English says "your"."""
    found = [
        (message.context, _texts(message.id)[0], text)
        for message in catalogue("tr")
        if message.id and not any("your" in i.lower() for i in _texts(message.id))
        for text in _texts(message.string)
        if re.search(r"geçirmen\b", text)
    ]
    assert found == [], f"{len(found)} entries, first: {found[:3]}"


# Arabic's "caseworker", the catalogue's more common word: "مسؤول الملفات" (مسؤول ملفات, and
# مسؤولو/مسؤولي الملفات for several).
FILES_OFFICER = re.compile(r"مسؤول[وي]?\s+(?:ال)?ملفات")
CASE_OFFICER = re.compile(r"مسؤول\w*\s+(?:ال)?حال")  # "مسؤول الحالة", "مسؤول حالتكم"


def _arabic_caseworker_in_other_words(translated: Catalog) -> list[tuple[str | None, str, str]]:
    """Entries whose English speaks of a caseworker but whose Arabic does not say
    "مسؤول الملفات" (as "مسؤول الحالة" or "مسؤول ملفكم" did)."""
    return [
        (message.context, _texts(message.id)[0], text)
        for message in translated
        if message.id and any("caseworker" in i.lower() for i in _texts(message.id))
        for text in _texts(message.string)
        if CASE_OFFICER.search(text) or not FILES_OFFICER.search(text)
    ]


def test_arabic_calls_a_caseworker_by_one_name() -> None:
    """An Arabic reader met the caseworker as both "مسؤول الحالة" and "مسؤول الملفات" and
    could take them for two people: it is "مسؤول الملفات" everywhere."""
    found = _arabic_caseworker_in_other_words(catalogue("ar"))
    assert found == [], f"{len(found)} entries, first: {found[:3]}"


# The child's family, as staff read of it ("the family", "a family's", "families"), not a
# person's own ("my family", "your friends and family").
THE_FAMILY = re.compile(r"\b(?:the|a|no)\s+family\b|\bfamil(?:y's|ies)\b", re.IGNORECASE)


def _arabic_family_in_another_word(translated: Catalog) -> list[tuple[str | None, str, str]]:
    """Entries whose English speaks of the child's family but whose Arabic says "عائلة"."""
    return [
        (message.context, _texts(message.id)[0], text)
        for message in translated
        if message.id and any(THE_FAMILY.search(i) for i in _texts(message.id))
        for text in _texts(message.string)
        if "عائل" in text
    ]


def test_arabic_calls_the_family_by_one_word() -> None:
    """A caseworker reading Arabic met the request's status "سحبته العائلة" beside trays
    and badges saying "الأسرة" (بانتظار الأسرة، ردّت الأسرة), two words for one family:
    it is "الأسرة" everywhere. "عائلة" stays in a last name ("اسم العائلة") and a person's
    own family ("أصدقائي وعائلتي")."""
    found = _arabic_family_in_another_word(catalogue("ar"))
    assert found == [], f"{len(found)} entries, first: {found[:3]}"
