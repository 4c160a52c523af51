"""Questions on one page asked for the same reason, and shared alike, have one "Why we ask
for this", after the last of them, which says which of them must be answered."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from flask import Flask

from forms.catalogue import load_catalogue
from forms.kit.explained import explained_together


def explained(ids: list[str], young_person: bool = False) -> list[tuple[str, list[str]]]:
    catalogue = load_catalogue()
    entries: list[Any] = [(item_id, catalogue.item(item_id)) for item_id in ids]
    return [
        (field, [item.id for item in run])
        for field, _item, run in explained_together(entries, young_person)
    ]


def test_an_address_is_explained_once_after_its_last_line() -> None:
    lines = ["child.address_line_1", "child.address_line_2", "child.address_town"]
    lines.append("child.address_postcode")
    assert explained(lines) == [(line, []) for line in lines[:3]] + [
        ("child.address_postcode", lines)
    ]


def test_a_question_asked_for_another_reason_has_its_own() -> None:
    names = ["child.first_name", "child.last_name", "child.preferred_name"]
    assert explained(names, young_person=True) == [
        ("child.first_name", []),
        ("child.last_name", ["child.first_name", "child.last_name"]),
        ("child.preferred_name", ["child.preferred_name"]),
    ]


def test_a_question_another_answer_can_leave_unasked_stands_alone() -> None:
    setting = ["education.setting_type", "education.setting_name"]
    assert explained(setting) == [(item_id, [item_id]) for item_id in setting]


def said(app: Flask, ids: list[str]) -> str:
    catalogue = load_catalogue()
    together = [catalogue.item(item_id) for item_id in ids]
    source = (
        '{% from "components/why_we_ask.html" import why_we_ask %}'
        "{{ why_we_ask(together[-1], false, partner_names, none, none, together) }}"
    )
    with app.test_request_context("/"):
        html = app.jinja_env.from_string(source).render(together=together)
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_it_says_which_of_them_must_be_answered(app: Flask) -> None:
    assert "You must answer these questions." in said(app, ["child.first_name", "child.last_name"])
    mixed = said(app, ["child.address_line_1", "child.address_line_2"])
    assert "You must answer these questions, except the ones marked as optional." in mixed
    choice = said(app, ["feedback.contact_email", "feedback.contact_phone"])
    assert "These questions are your choice: you can leave them blank." in choice
    assert "must" not in choice
