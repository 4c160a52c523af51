"""Answers as the person who gave them would read them back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import g
from flask_babel import get_locale, gettext, pgettext
from markupsafe import Markup
from wtforms import Field

from forms.assessment_request.sections import asks_for_themselves
from forms.catalogue import Catalogue, Item
from forms.consent import ConsentForm
from forms.kit.fields import grouped_phone
from forms.kit.question import every_form
from portal.platform import answers as shown_answers
from portal.platform.i18n import as_written
from portal.platform.written_dates import format_date


def display(field: Field | None, value: Any) -> Markup | str:
    """An answer as the person would read it back."""
    if value in (None, "", []):
        return ""
    text = plain(field, value)
    return as_written(text) if _written(field) and isinstance(text, str) else as_html(text)


def as_html(text: str | list[str], item_id: str | None = None) -> Markup:
    """Plain answer text in HTML: one choice, or one line, to a line, each isolated in the
    page's direction. What the person wrote in a box (the answer to `item_id`, where it is
    a long one) is a paragraph in its own direction instead (`as_written`)."""
    if (
        item_id is not None
        and isinstance(text, str)
        and _written(fields_by_item(False).get(item_id))
    ):
        return as_written(text)
    lines = text if isinstance(text, list) else text.split("\n")
    return Markup("<br>").join(Markup("<bdi>%s</bdi>") % line for line in lines if line)


def _written(field: Field | None) -> bool:
    """Whether the answer is one the person wrote in a box of several lines."""
    return field is not None and field.type == "TextAreaField"


def plain(field: Field | None, value: Any) -> str | list[str]:
    """An answer as text: each choice's label, a date as the reader writes dates."""
    if value in (None, "", []):
        return ""
    # Labels are translated when read: only the chosen ones are.
    shown = [*(getattr(field, "choices", None) or []), *getattr(field, "also_read_back", [])]
    choices = {c.value: c.label for c in shown}
    if isinstance(value, list):
        return [str(choices[v]) if v in choices else str(v) for v in value]
    if choices:
        return str(choices[value]) if value in choices else str(value)
    if field is not None and field.type == "PhoneField":
        return grouped_phone(str(value))
    if field is not None and field.type == "DateInputField":
        try:
            return format_date(dt.date.fromisoformat(value))
        except (TypeError, ValueError):
            return str(value)
    return str(value)


def fields_by_item(young_person: bool) -> dict[str, Field]:
    """Every catalogue item's field, worded for the reader's language, kept for the
    request (each form itself is kept per language by `for_reading`)."""
    kept = g.setdefault("portal_fields_by_item", {})
    key = (young_person, str(get_locale()))
    if key not in kept:
        found: dict[str, Field] = {}
        for form_class in every_form():
            if issubclass(form_class, ConsentForm):
                continue
            for field, entry in form_class.for_reading(young_person).catalogue_items():
                found[entry.id] = field
        # The consent choices, in the words of whoever gave them (a young person's one
        # further item, the people not to share with, is free text).
        for field, entry in ConsentForm.for_reading(young_person).catalogue_items():
            found[entry.id] = field
        kept[key] = found
    return kept[key]


def shown(item_id: str, value: Any, young_person: bool = False) -> Markup | str:
    """A stored answer, by its catalogue id, as the reader reads it (HTML)."""
    return display(fields_by_item(young_person).get(item_id), value)


def label(item_id: str, value: Any, young_person: bool = False) -> str | list[str]:
    """A stored answer, by its catalogue id, as plain text (for exports)."""
    return plain(fields_by_item(young_person).get(item_id), value)


def in_own_words(item_id: str, young_person: bool = False) -> bool:
    """Whether an answer is the person's own words: written in a box for sentences, not a
    name, a number, a date or a choice."""
    field = fields_by_item(young_person).get(item_id)
    return field is not None and field.type == "TextAreaField"


def grouped_answers(
    catalogue: Catalogue,
    answers: dict[str, Any],
    young_person: bool = False,
    as_asked: bool = False,
) -> list[dict[str, Any]]:
    """Answers grouped by the privacy notice's categories, each marked required or not:
    `value` as stored, `value_label` as the reader reads it. `label` is the catalogue's
    question; `as_asked`, for the person who answered: the question as they were asked it
    (a young person's own words on their own request, "What is your date of birth?").
    A caseworker reads them by the request's sections (portal/triage/staff_answers.py)."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item_id, value in answers.items():
        if value in (None, "", []) or item_id not in catalogue.by_id:
            continue
        item = catalogue.item(item_id)
        label = item.asked(young_person) if as_asked else item.label
        groups.setdefault((item.subject, item.category), []).append(
            answer_row(item, value, young_person, label, item.required)
        )
    return [
        {
            "subject": subject,
            "category": catalogue.category(subject, category).family_name_for(
                young_person and as_asked
            ),
            "items": items,
        }
        for (subject, category), items in groups.items()
    ]


def listed_answers(
    catalogue: Catalogue,
    answers: dict[str, Any],
    young_person: bool = False,
    required: frozenset[str] = frozenset(),
    as_asked: bool = False,
) -> list[dict[str, Any]]:
    """One record's answers in the catalogue's order, for reading under the record's own
    heading (a response to a draft plan, views for a review): the privacy notice's
    `category` of each is kept, but it is no heading for them. `required`: the items the
    record's form would not send without, which is not always what the catalogue says (a
    response to a draft plan can be sent with its meeting question unanswered). `as_asked`,
    for the person who answered: each question as they were asked it (`grouped_answers`)."""
    return [
        {
            **answer_row(
                item,
                answers[item.id],
                young_person,
                item.asked(young_person) if as_asked else item.label,
                item.id in required,
            ),
            "subject": item.subject,
            "category": catalogue.category(item.subject, item.category).name,
        }
        for item in catalogue.items
        if answers.get(item.id) not in (None, "", [])
    ]


def answer_row(
    item: Item, value: Any, young_person: bool, label: str, required: bool
) -> dict[str, Any]:
    """An answer as "Your data" and the caseworker's pages read it: `value` as stored,
    `value_label` as the reader reads it, and whether it is in the person's `own_words`."""
    return {
        "id": item.id,
        "label": label,
        "value": value,
        "value_label": shown_answers.label(item.id, value, young_person),
        "own_words": in_own_words(item.id, young_person),
        "required": required,
        "special_category": item.special_category,
    }


def subject_headings(role: str | None, own: bool = False) -> dict[str, str]:
    """Whom each group of a request's answers is about, by the catalogue's subject. The
    catalogue files contact details with a parent's; in a young person's own request they
    are the young person's, and "About you" when `own`: the reader is that young person
    (their account's voice, portal/auth/holder.py)."""
    if asks_for_themselves(role):
        about = gettext("About the young person")
        if own:
            # NOTE: A young person (16 to 25) reads this over their own answers.
            # Speak to them informally (tu, ty, ти, sen), as to a young adult.
            about = pgettext("young person", "About you")
        return {"child": about, "parent": about}
    return {
        "child": gettext("About the child or young person"),
        "parent": gettext("About parents and carers"),
    }
