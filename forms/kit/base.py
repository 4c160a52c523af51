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
from wtforms import Field
from wtforms.i18n import messages_path
from wtforms.widgets import TextArea, TextInput


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

        def render_field(self, field: Field, render_kw: dict[str, Any]) -> Any:
            """A box for free text follows the direction of what is typed in it: English
            typed on an Arabic page reads left to right ("12 Church Road", not "Church
            Road 12"). A box for a left-to-right value (a postcode) says so itself."""
            if isinstance(field.widget, TextInput | TextArea) and not _direction_given(
                field, render_kw
            ):
                render_kw = {**render_kw, "dir": "auto"}
            return super().render_field(field, render_kw)  # type: ignore[misc]


def _direction_given(field: Field, render_kw: dict[str, Any]) -> bool:
    attributes = render_kw.get("params", {}).get("attributes", {})
    return any("dir" in given for given in (field.render_kw or {}, render_kw, attributes))
