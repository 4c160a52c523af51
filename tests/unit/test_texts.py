"""Text messages are short and carry no special category data: each message, in every
language, fits in two text messages with its link (counted as Notify counts: GSM 03.38,
or UCS-2 at 70 characters, 67 a part, for Arabic, Cyrillic, ą, ș, ş...), and no text
template can name a child or their needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask_babel import force_locale
from jinja2 import Environment, meta, nodes

from forms.catalogue import load_catalogue
from portal.case_api.notify import render_text, service_link, text_message_parts
from portal.contact_preferences.service import MESSAGES, TEXT_CONTEXT
from portal.platform.settings import PROJECT_ROOT

LANGUAGES = ["en", "ar", "bg", "fa", "pl", "ro", "tr"]
TEXTS = PROJECT_ROOT / "templates" / "texts"
# A real council's address, longer than the development one (app.yaml says up to 26
# characters keeps every text within two).
COUNCIL_URL = "https://send.barnet.gov.uk"
REFERENCE = "BNT-2026-000123"
LINKS = {
    "request_received": ("account.case", {"reference": REFERENCE}),
    "more_information": ("account.request_messages", {"reference": REFERENCE}),
    "exception": ("account.case", {"reference": REFERENCE}),
    "decision": ("account.case", {"reference": REFERENCE}),
    "draft_plan_ready": ("draft_plans.respond", {"reference": REFERENCE}),
    "draft_plan_reminder": ("draft_plans.respond", {"reference": REFERENCE}),
    "amendment_ready": ("draft_plans.respond", {"reference": REFERENCE}),
    "amendment_reminder": ("draft_plans.respond", {"reference": REFERENCE}),
    "review_meeting_set": ("reviews.review", {"reference": REFERENCE}),
    "draft_plan_response_received": ("draft_plans.sent", {"reference": REFERENCE}),
    "amendment_response_received": ("draft_plans.sent", {"reference": REFERENCE}),
    "review_views_received": ("reviews.review", {"reference": REFERENCE}),
    "data_rights_received": ("account.your_data", {}),
    "data_rights_extended": ("account.your_data", {}),
    "data_rights_done": ("account.your_data", {}),
    "consent_withdrawn": ("account.case", {"reference": REFERENCE}),
}


def test_counting_text_messages_as_notify_does() -> None:
    assert [text_message_parts("a" * n) for n in (1, 160, 161, 306, 307)] == [1, 1, 2, 2, 3]
    assert text_message_parts("€" * 80) == 1 and text_message_parts("€" * 81) == 2
    arabic = "ع"
    assert [text_message_parts(arabic * n) for n in (70, 71, 134, 135)] == [1, 2, 2, 3]
    assert text_message_parts("a" * 100 + "ł") == 2, "one Polish letter makes it all UCS-2"


def test_every_message_has_a_text_template() -> None:
    assert sorted(p.stem for p in TEXTS.glob("*.txt")) == sorted(MESSAGES) == sorted(LINKS)


@pytest.mark.parametrize("voice", [None, "young person"], ids=["parent", "young_person"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("message", MESSAGES)
def test_each_text_fits_in_two_text_messages(
    app: Flask, message: str, language: str, voice: str | None
) -> None:
    """To a parent or carer, and to a young person in their own register."""
    with app.test_request_context():
        local = str(app.extensions["portal_settings"].config.service.url).rstrip("/")
        endpoint, values = LINKS[message]
        with force_locale(language):
            link = service_link(endpoint, **values).replace(local, COUNCIL_URL)
        body = render_text(message, language, voice, link=link)
    assert body.endswith(link) or link in body, "it links to where they act"
    words = body.replace(link, "").strip("\u2068\u2069\n ")
    assert len(words) > 20, "it says what happened"
    if language != "en":
        assert words != render_text_english(app, message), "translated"
    parts = text_message_parts(body)
    assert parts <= 2, f"{len(body)} characters, {parts} text messages: {body!r}"


def render_text_english(app: Flask, message: str) -> str:
    with app.test_request_context():
        return render_text(message, "en", link="").strip("\u2068\u2069\n ")


def special_category_names() -> set[str]:
    """What a template could call a special category item, or a child's name."""
    catalogue = load_catalogue()
    ids = {item.id for item in catalogue.items if item.special_category}
    ids |= {"child.first_name", "child.last_name", "child.preferred_name"}
    names = {"answers", "child_name", "name", "needs", "reasons", "reason"}
    for item_id in ids:
        names |= {item_id, item_id.replace(".", "_"), item_id.split(".")[1]}
    return names


def placeholders(source: str) -> set[str]:
    """Every variable, attribute and constant key a template reads."""
    environment = Environment(autoescape=True)  # only parsed, never rendered
    environment.filters["ltr"] = str
    environment.filters["address"] = str
    tree = environment.parse(source)
    found = set(meta.find_undeclared_variables(tree)) - {"_", "gettext", "ngettext"}
    found |= {node.attr for node in tree.find_all(nodes.Getattr)}
    found |= {
        str(node.arg.value)
        for node in tree.find_all(nodes.Getitem)
        if isinstance(node.arg, nodes.Const)
    }
    return found


def problems(source: str) -> set[str]:
    return placeholders(source) & special_category_names()


@pytest.mark.parametrize("path", sorted(TEXTS.glob("*.txt")), ids=lambda p: p.stem)
def test_no_text_template_reads_special_category_data_or_a_name(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert problems(source) == set()
    assert placeholders(source) <= set(TEXT_CONTEXT), "only what notify_family gives a text"


def test_the_check_finds_special_category_placeholders() -> None:
    assert problems('{{ answers["needs.description"] }}') == {"answers", "needs.description"}
    assert problems("{{ child_name }} {{ diagnoses }}") == {"child_name", "diagnoses"}
    assert problems("{{ ethnicity }}") == {"ethnicity"}
    assert problems("{{ link }} {{ reference }}") == set()
