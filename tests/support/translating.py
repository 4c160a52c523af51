"""A translation the lead adds at merge, supplied for a test until the catalogue has it."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, get_translations


def until_translated(
    app: Flask, monkeypatch: pytest.MonkeyPatch, language: str, english: str, translation: str
) -> None:
    """The `language` catalogue gives `translation` for `english` if it has none of its own."""
    with app.test_request_context(), force_locale(language):
        catalogue = get_translations()._catalog  # type: ignore[attr-defined]
        if not catalogue.get(english):
            monkeypatch.setitem(catalogue, english, translation)
