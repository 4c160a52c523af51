"""Every GOV.UK Frontend component the portal draws gets its own words in the reader's
language: each form widget through `localised`, each direct macro call with its texts."""

from __future__ import annotations

import re
from pathlib import Path

import govuk_frontend_wtf
import pytest
from flask import Flask
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxesInput,
    GovFileInput,
    GovPasswordInput,
    GovRadioInput,
    GovSelect,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    FileField,
    PasswordField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)

from forms.kit.question import DateInputField
from portal.platform.frontend_text import plural_samples
from portal.platform.settings import PROJECT_ROOT
from tests.support.frontend_words import ERROR, arabic_test_catalogue

WIDGET_TEMPLATES = Path(govuk_frontend_wtf.__file__).parent / "templates"


@pytest.mark.parametrize(
    ("code", "categories"),
    [
        ("ar", {"zero", "one", "two", "few", "many", "other"}),
        ("ro", {"one", "few", "other"}),
        ("pl", {"one", "few", "many", "other"}),  # "other": fractions, kept as fallback
        ("en", {"one", "other"}),
    ],
)
def test_each_plural_category_has_a_sample(code: str, categories: set[str]) -> None:
    assert set(plural_samples(code)) == categories


def test_every_widget_template_is_replaced_by_one_that_localises(app: Flask) -> None:
    for template in sorted(WIDGET_TEMPLATES.glob("*.html")):
        if template.name == "button.html":  # a button's text is always the caller's
            continue
        source, filename, _ = app.jinja_env.loader.get_source(  # type: ignore[union-attr]
            app.jinja_env, f"govuk_frontend_wtf/{template.name}"
        )
        assert Path(filename).is_relative_to(PROJECT_ROOT / "templates"), template.name
        assert "localised(" in source, template.name


class EveryWidget(FlaskForm):
    text = StringField("Text", widget=GovTextInput())
    area = TextAreaField("Area", widget=GovTextArea())
    counted = TextAreaField("Counted", widget=GovCharacterCount())
    radios = RadioField("Radios", choices=[("a", "A")], widget=GovRadioInput())
    boxes = SelectMultipleField("Boxes", choices=[("a", "A")], widget=GovCheckboxesInput())
    select = SelectField("Select", choices=[("a", "A")], widget=GovSelect())
    upload = FileField("Upload", widget=GovFileInput())
    password = PasswordField("Password", widget=GovPasswordInput())
    date = DateInputField("Date", name_in_errors="Date")


def test_every_widget_says_error_in_the_readers_language(app: Flask, tmp_path: Path) -> None:
    with (
        arabic_test_catalogue(app, tmp_path / "translations"),
        app.test_request_context("/?lang=ar"),
    ):
        form = EveryWidget(meta={"csrf": False})
        for field in form:
            field.errors = ["Something is wrong"]
            shown = str(field(params={"maxlength": 10}) if field.name == "counted" else field())
            assert f'<span class="govuk-visually-hidden">{ERROR}:</span>' in shown, field.name
        counted = str(form.counted(params={"maxlength": 1200}))
        assert 'data-i18n.characters-under-limit.two="بقي %{count} (اثنان)"' in counted
        assert 'data-i18n.characters-over-limit.many="زيادة %{count} (كثير)"' in counted
        assert 'data-i18n.characters-at-limit="لم يبق أي حرف"' in counted
        assert "حتى 1,200 (آخر)" in counted or "حتى ١٬٢٠٠ (آخر)" in counted
        upload = str(form.upload(params={"javascript": True}))
        assert 'data-i18n.choose-files-button="اختر ملفًا"' in upload
        assert 'data-i18n.multiple-files-chosen.few="ملفات %{count} (قليل)"' in upload


# Components with an English default, and the parameter that replaces it in a direct call.
DEFAULTS = {
    "govukErrorSummary": "titleText",
    "govukNotificationBanner": "titleText",
    "govukWarningText": "iconFallbackText",
    "govukSkipLink": "text",
    "govukServiceNavigation": None,  # several: only through localised
    "govukCharacterCount": None,
    "govukFileUpload": None,
    "govukPasswordInput": None,
    "govukTextarea": None,
    "govukInput": None,
    "govukRadios": None,
    "govukCheckboxes": None,
    "govukSelect": None,
    "govukDateInput": None,
}
CALL = re.compile(r"\b(" + "|".join(DEFAULTS) + r")\(")


def _call_text(source: str, start: int) -> str:
    depth = 0
    for index in range(start, len(source)):
        depth += {"(": 1, ")": -1}.get(source[index], 0)
        if depth == 0 and source[index] == ")":
            return source[start : index + 1]
    return source[start:]


def test_every_direct_component_call_sets_its_own_words() -> None:
    found = 0
    for template in sorted((PROJECT_ROOT / "templates").rglob("*.html")):
        source = template.read_text(encoding="utf-8")
        for match in CALL.finditer(source):
            if source[match.start() - 7 : match.start()] == "import ":
                continue
            found += 1
            call = _call_text(source, match.end() - 1)
            name, key = match.group(1), DEFAULTS[match.group(1)]
            through_helper = call.startswith("(localised(")
            assert through_helper or (key and f'"{key}"' in call), (template.name, name, call)
    assert found > 5


@pytest.mark.parametrize(
    ("code", "wrapped"),
    [("ar", "ar-u-nu-latn"), ("fa", "fa-u-nu-arabext"), ("pl", None), ("en", None)],
)
def test_the_character_count_names_the_digits_the_server_writes(
    app: Flask, code: str, wrapped: str | None
) -> None:
    """GOV.UK Frontend's script writes the count with Intl.NumberFormat for the nearest
    `lang`: in Arabic and Persian that `lang` carries the numbering system (0-9 for
    Arabic, Persian digits for Persian), as forms/kit/numbers.py chooses."""
    with app.test_request_context(f"/?lang={code}"):
        counted = str(EveryWidget(meta={"csrf": False}).counted(params={"maxlength": 1200}))
    around = re.match(r'\s*<div lang="([^"]+)">\s*<div class="govuk-form-group', counted)
    assert (around.group(1) if around else None) == wrapped
