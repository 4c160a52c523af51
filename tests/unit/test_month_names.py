"""A month's name where a date's month box asks for figures (GOV.UK's date input
pattern): whole or short, any case, with or without accents, in English or the page's
language; nothing is guessed when the letters could start two months."""

from __future__ import annotations

import pytest

from forms.kit.months import month_number


@pytest.mark.parametrize(
    ("typed", "language", "month"),
    [
        ("Dec", "en", 12),
        ("december", "en", 12),
        ("Sept.", "en", 9),
        ("sep", "en", 9),
        (" MAY ", "en", 5),
        ("grudnia", "pl", 12),
        ("grudzien", "pl", 12),
        ("şubat", "tr", 2),
        ("fevruari", "bg", None),
        ("февруари", "bg", 2),
        ("ma", "en", None),
        ("ju", "en", None),
        ("jun", "en", 6),
        ("12", "en", None),
    ],
)
def test_a_month_is_read_from_its_name(typed: str, language: str, month: int | None) -> None:
    assert month_number(typed, language) == month
