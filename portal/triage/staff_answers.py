"""A request's answers as a caseworker reads them on its Answers tab: in the order the
request asked them, under its sections' names, who asked and how to keep them updated
with the contact details, and the consent given last. (The privacy notice's categories,
which grouped them before, named the looked-after answer "Safeguarding information" and
put the parent between the child's answers.)"""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l

from forms import items
from forms.assessment_request.sections import SECTIONS, asks_for_themselves
from forms.catalogue import Catalogue
from portal.platform.answers import answer_row

# Who asked, in the caseworker's words rather than the family's "I'm a…".
ASKED_BY = {
    "parent_carer": _l("Parent or carer with parental responsibility"),
    "young_person": _l("Young person aged 16 to 25, for themselves"),
}
# Answers asked outside the sections' pages, and the section they belong with.
WITH_SECTION = {items.REQUESTER_ROLE: "you", "contact": "you"}


def _heading(slug: str, title: Any, own: bool) -> str:
    if slug == "you":
        if own:
            return str(_l("The young person's contact details"))
        return str(_l("The parent or carer, and others with parental responsibility"))
    return str(title)


def answers_by_section(
    catalogue: Catalogue, answers: dict[str, Any], role: str | None
) -> list[dict[str, Any]]:
    """Each section with answers: its `heading` and its answered `items` in the order
    they were asked, then any other answers, then "Consent"."""
    own = asks_for_themselves(role)
    asked = [item.id for item in catalogue.items]
    given = {
        item_id: value
        for item_id, value in answers.items()
        if value not in (None, "", []) and item_id in catalogue.by_id
    }
    placed: dict[str, str] = {}
    for section in SECTIONS:
        for item_id in section.items_for(role or ""):
            placed[item_id] = section.slug
    for item_id in given:
        prefix = item_id.split(".", 1)[0]
        if item_id not in placed:
            placed[item_id] = WITH_SECTION.get(item_id, WITH_SECTION.get(prefix, prefix))
    order = [section.slug for section in SECTIONS]
    headings = {s.slug: _heading(s.slug, s.title, own) for s in SECTIONS}
    headings["consent"] = str(_l("Consent"))
    groups: dict[str, list[dict[str, Any]]] = {}
    for item_id in sorted(given, key=asked.index):
        item = catalogue.item(item_id)
        row = answer_row(item, given[item_id], own, item.staff_label(own), item.required)
        if item_id == items.REQUESTER_ROLE and given[item_id] in ASKED_BY:
            row["value_label"] = str(ASKED_BY[given[item_id]])
        groups.setdefault(placed[item_id], []).append(row)
    ordered = sorted(
        groups,
        key=lambda slug: (slug == "consent", order.index(slug) if slug in order else len(order)),
    )
    return [
        {"heading": headings.get(slug, str(_l("Other answers"))), "items": groups[slug]}
        for slug in ordered
    ]
