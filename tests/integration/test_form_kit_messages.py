"""WTForms' own messages, which every portal form carries through the form kit: in the
page's language, and read from disk once per language rather than on every page."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from forms.kit.base import KitForm, wtforms_catalogue
from tests.conftest import sign_in


def test_wtforms_messages_follow_the_pages_language(app: Flask) -> None:
    for language, expected in (("pl", "Nieprawidłowy wybór"), ("en", "Not a valid choice.")):
        with app.test_request_context(f"/?lang={language}"):
            assert KitForm().csrf_token.gettext("Not a valid choice.") == expected


def test_wtforms_messages_are_read_from_disk_once_per_language(client: FlaskClient) -> None:
    sign_in(client)
    wtforms_catalogue.cache_clear()
    for _ in range(3):
        for language in ("pl", "ar"):
            assert client.get(f"/account/request/who?lang={language}").status_code == 200
    assert wtforms_catalogue.cache_info().misses == 2, "one load for each language"
