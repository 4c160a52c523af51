"""The data catalogue and the forms stay in step, and the catalogue checks itself."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from flask import Flask
from wtforms.validators import InputRequired, Optional

import feedback.forms  # noqa: F401  (each form module registers its forms with the kit)
import forms.assessment_request.questions
import forms.consent
import forms.contact_preferences
import forms.contributions
import forms.data_rights
import forms.disagreement
import forms.documents
import forms.draft_plans
import forms.reviews  # noqa: F401
from forms.catalogue import CATALOGUE_PATH, CatalogueError, load_catalogue
from forms.kit.question import every_form


def form_item_ids() -> list[str]:
    """Each item a form declares itself (a form built on another inherits its items)."""
    return [
        item_id
        for form in every_form()
        for name, (item_id, _message) in form.catalogue_fields.items()
        if name not in getattr(form.__base__, "catalogue_fields", {})
    ]


def test_every_form_field_has_a_catalogue_entry_and_every_entry_a_field() -> None:
    catalogue = load_catalogue()
    in_forms = Counter(form_item_ids())
    assert [i for i, n in in_forms.items() if n > 1] == [], "an item is collected twice"
    assert set(in_forms) - set(catalogue.by_id) == set(), "fields without a catalogue entry"
    assert set(catalogue.by_id) - set(in_forms) == set(), "catalogue entries without a field"


def test_the_catalogue_decides_required_and_optional(app: Flask) -> None:
    with app.test_request_context():
        for form_class in every_form():
            form = form_class(meta={"csrf": False})
            for field, item in form.catalogue_items():
                first = field.validators[0]
                if item.required:
                    assert isinstance(first, InputRequired), item.id
                    assert first.message, f"{item.id} needs its own GOV.UK message"
                    assert "(optional)" not in field.label.text
                elif field.name in getattr(form, "revealed", ()):
                    assert isinstance(first, Optional), item.id
                    assert "(optional)" not in field.label.text, "asked only when needed"
                else:
                    assert isinstance(first, Optional), item.id
                    assert field.label.text.endswith("(optional)"), item.id


def test_special_category_items_are_marked() -> None:
    catalogue = load_catalogue()
    special = {item.id for item in catalogue.items if item.special_category}
    assert {"child.ethnicity", "needs.description", "needs.diagnoses"} <= special
    assert "child.first_name" not in special


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["items"][1].update(category="astrology"), "no child category 'astrology'"),
        (lambda d: d["items"][1].update(purposes=["marketing"]), "unknown purpose 'marketing'"),
        (lambda d: d["items"][1].update(lawful_basis=["whim"]), "unknown lawful basis 'whim'"),
        (lambda d: d["items"][1].update(collection="maybe"), "items.1.collection"),
        (lambda d: d["lawful_bases"][1].update(article_6="whim"), "lawful_bases.1.article_6"),
        (lambda d: d["items"].append(dict(d["items"][1])), "listed twice"),
    ],
)
def test_a_broken_catalogue_is_refused(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(CATALOGUE_PATH.read_text())
    change(data)
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(CatalogueError, match=message):
        load_catalogue(path)


def test_what_we_collect_lists_every_item_by_category(app: Flask) -> None:
    client = app.test_client()
    html = BeautifulSoup(client.get("/what-we-collect").get_data(as_text=True), "html.parser")
    rows = html.select("tbody tr")
    assert len(rows) == len(load_catalogue().items)
    ethnicity = next(r for r in rows if "What is their ethnic group?" in r.get_text())
    assert "Your choice" in ethnicity.get_text() and "Special category data" in ethnicity.get_text()
    captions = [c.get_text(" ", strip=True) for c in html.select("caption")]
    assert "About the child or young person: Special educational needs" in captions
