"""The form every portal form is built on: Flask-WTF's, with WTForms' own messages read
once per language.

Flask-WTF loads WTForms' message catalogue from disk again for every request that builds
a form (a field without a label translates its name as it is made, the CSRF token's
included), about a millisecond of every page with a form. The catalogue does not change
while the portal runs, so it is loaded once per language and kept."""

from __future__ import annotations

import functools
from typing import Any

from babel import support
from flask import has_request_context
from flask_babel import get_locale
from flask_wtf import FlaskForm
from wtforms.i18n import messages_path


@functools.cache
def wtforms_catalogue(locale: str) -> support.NullTranslations:
    """WTForms' messages in one language (English when it has none for it)."""
    return support.Translations.load(messages_path(), [locale], domain="wtforms")


class _WtformsMessages:
    """WTForms' messages in the language of the page being made."""

    @staticmethod
    def _catalogue() -> support.NullTranslations | None:
        locale = get_locale() if has_request_context() else None
        return wtforms_catalogue(str(locale)) if locale is not None else None

    def gettext(self, string: str) -> str:
        catalogue = self._catalogue()
        return string if catalogue is None else catalogue.ugettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        catalogue = self._catalogue()
        if catalogue is None:
            return singular if n == 1 else plural
        return catalogue.ungettext(singular, plural, n)


WTFORMS_MESSAGES = _WtformsMessages()


class KitForm(FlaskForm):
    """A form with Flask-WTF's CSRF protection and WTForms' messages in the page's
    language; a form of CSRF protection alone when used as it is."""

    class Meta:
        def get_translations(self, form: Any) -> _WtformsMessages:
            return WTFORMS_MESSAGES
