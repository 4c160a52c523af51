"""Every word a caseworker's page uses for who asked is said both ways, and a young
person's own request is never named a family (a caseworker read "Waiting for the
family" and "Send to the family" of a young adult's own request)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest

from portal.triage.askers import FAMILY, YOUNG_PERSON, Asker


def _english(value: Any) -> list[str]:
    """Every English text in a field, whatever its shape (a word, a pair, a dict of either)."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in _english(item)]
    if isinstance(value, tuple):
        return [text for item in value for text in _english(item)]
    return [str(value._args[0])]


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return len(value)
    return "word"


@pytest.mark.parametrize("field", [field.name for field in fields(Asker)])
def test_each_word_is_said_for_a_family_and_for_a_young_person(field: str) -> None:
    family, own = getattr(FAMILY, field), getattr(YOUNG_PERSON, field)
    assert _shape(family) == _shape(own)
    assert not [text for text in _english(own) if "family" in text.lower()]
    assert not [text for text in _english(family) if "young person" in text.lower()]
    assert set(_english(family)).isdisjoint(_english(own))
