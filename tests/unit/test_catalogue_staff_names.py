"""Every catalogue item has a name staff read its answers under ("Parent's first name"),
not the family's question ("Your first name"): a caseworker's Answers tab showed the
questions. An item added without one is refused when the catalogue loads."""

from __future__ import annotations

import configparser
import io
import re
from pathlib import Path

import pytest
import yaml

from forms.catalogue import CATALOGUE_PATH, CatalogueError, load_catalogue
from portal.platform.i18n_extract import STAFF_NOTE, extract_yaml

SECOND_PERSON = re.compile(r"\b(you|your|yours|yourself)\b", re.IGNORECASE)


def test_every_item_has_a_staff_name_in_the_third_person() -> None:
    catalogue = load_catalogue()
    named = {
        (item.id, young_person): item.staff_label(young_person)
        for item in catalogue.items
        for young_person in (False, True)
    }
    assert named["parent.first_name", False] == "Parent's first name"
    assert named["parent.relationship", False] == "Relationship to the child"
    assert named["child.first_name", False] == "Child's first name"
    assert named["child.first_name", True] == "Young person's first name"
    asked = sorted(
        key for key, name in named.items() if name.endswith("?") or SECOND_PERSON.search(name)
    )
    assert asked == [], "staff names that are questions or speak to the family"


def test_an_item_without_a_staff_name_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load(CATALOGUE_PATH.read_text(encoding="utf-8"))
    del data["items"][0]["staff"]
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"items\.0\.staff"):
        load_catalogue(path)


def test_staff_names_are_extracted_for_translators_with_a_note() -> None:
    config = configparser.ConfigParser()
    config.read(Path(__file__).parents[2] / "translations" / "babel.cfg", encoding="utf-8")
    options = dict(config["yaml: forms/catalogue.yaml"])  # the keys `make translations` uses
    found = {
        text: comments
        for _line, _context, text, comments in extract_yaml(
            io.BytesIO(CATALOGUE_PATH.read_bytes()), [], [], options
        )
    }
    assert found["Young person's first name"] == STAFF_NOTE
    assert found["Relationship to the child"] == STAFF_NOTE
    assert found["Postcode"] == [], "a name the family also reads has no staff note"
