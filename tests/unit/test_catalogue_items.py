"""The item ids code uses by name (forms/items.py) are items of the catalogue."""

from __future__ import annotations

from forms import items
from forms.catalogue import Catalogue, load_catalogue
from forms.contributions import PROMPTS


def not_in_catalogue(catalogue: Catalogue, named: dict[str, str]) -> list[str]:
    """Each constant whose id the catalogue has no item for."""
    return sorted(
        f"{name} = {item_id!r}" for name, item_id in named.items() if item_id not in catalogue.by_id
    )


def test_every_item_constant_names_an_item_in_the_catalogue() -> None:
    named = items.every_id()
    assert "CONSENT_ASSESSMENT" in named and "CHILD_FIRST_NAME" in named
    assert not_in_catalogue(load_catalogue(), named) == []
    assert len(set(named.values())) == len(named), "two constants name one item"


def test_a_constant_that_names_no_item_is_caught() -> None:
    named = {"CHILD_FIRST_NAME": items.CHILD_FIRST_NAME, "CHILD_SHOE_SIZE": "child.shoe_size"}
    assert not_in_catalogue(load_catalogue(), named) == ["CHILD_SHOE_SIZE = 'child.shoe_size'"]


def test_every_all_about_me_prompt_is_an_item() -> None:
    catalogue = load_catalogue()
    assert [slug for slug in PROMPTS if items.views_prompt(slug) not in catalogue.by_id] == []


def test_the_privacy_notice_names_everyone_an_item_is_shared_with() -> None:
    """A tester read in the privacy notice that children's characteristics go to the DfE,
    Barnet Family Services and the Integrated Care Board, and on "What we collect" that
    their first language also goes to NHS trusts and the Virtual Child Development
    Service. Each category's partners (the privacy notice) include every partner any of
    its items is shared with (what we collect)."""
    catalogue = load_catalogue()
    missing = {}
    for subject in ("child", "parent", "young_person"):
        for category in getattr(catalogue.categories, subject, None) or []:
            items = [
                i for i in catalogue.items if i.subject == subject and i.category == category.id
            ]
            beyond = {p for i in items for p in i.shared_with} - set(category.shared_with)
            if beyond:
                missing[f"{subject}.{category.id}"] = sorted(beyond)
    assert missing == {}
