"""GOV.UK Frontend's own words, in the reader's language.

GOV.UK Frontend's components have English defaults: the character count's messages, the
visually hidden "Error" before each error message, the enhanced file upload's button, the
service navigation's landmark name. Every form widget's template and every macro call
with such a default goes through `localised`, which fills in the translated texts the
caller did not set. Counted messages are built with ngettext for each plural category the
language has (Arabic has six), as GOV.UK Frontend's script chooses among them with
`Intl.PluralRules` for the page's language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from babel import Locale
from flask import Flask
from flask_babel import get_locale, gettext, ngettext

from portal.platform.i18n import Count, number_language
from portal.platform.kept_whole import whole_numbers, whole_references
from portal.platform.voices import voiced, voiced_count

COUNT = "%{count}"  # GOV.UK Frontend's placeholder, filled in by its script


class Placeholder(int):
    """A number that chooses the plural form but prints as GOV.UK Frontend's placeholder
    (Flask-Babel's `ngettext` takes the shown `num` from its count argument)."""

    def __str__(self) -> str:
        return COUNT


@cache
def plural_samples(code: str) -> dict[str, int]:
    """A number in each of the language's plural categories (CLDR, as browsers use)."""
    rule = Locale.parse(code).plural_form
    samples: dict[str, int] = {}
    for number in [*range(0, 1000), 1_000_000]:
        samples.setdefault(rule(number), number)
    # Where "other" is only for fractions (Polish), GOV.UK Frontend still falls back to it.
    samples.setdefault("other", 1_000_000)
    return samples


def counted(message: Callable[[int], str]) -> dict[str, str]:
    """`message` (an `ngettext` with `num=COUNT`) for each plural category of the current
    language, with GOV.UK Frontend's `%{count}` where the number goes."""
    code = str(get_locale() or "en")
    return {category: message(number) for category, number in plural_samples(code).items()}


def _character_count(params: dict[str, Any]) -> dict[str, Any]:
    voice = params.get("voice")
    texts: dict[str, Any] = {
        "charactersUnderLimitText": counted(
            lambda n: voiced_count(
                "You have %(num)s character remaining",
                "You have %(num)s characters remaining",
                Placeholder(n),
                voice,
            )
        ),
        "charactersAtLimitText": voiced("You have 0 characters remaining", voice),
        "charactersOverLimitText": counted(
            lambda n: voiced_count(
                "You have %(num)s character too many",
                "You have %(num)s characters too many",
                Placeholder(n),
                voice,
            )
        ),
    }
    limit = params.get("maxlength")
    if limit:
        texts["textareaDescriptionText"] = voiced_count(
            "You can enter up to %(num)s character",
            "You can enter up to %(num)s characters",
            Count(int(limit)),
            voice,
        )
    return texts


def _counted() -> None:  # pragma: no cover - read by `pybabel extract`
    """The shared form of the character count's counted messages."""
    ngettext("You have %(num)s character remaining", "You have %(num)s characters remaining", 1)
    ngettext("You have %(num)s character too many", "You have %(num)s characters too many", 1)


def numbers_language() -> str:
    """The `lang` to put around GOV.UK Frontend's character count where the page's own
    code does not say which digits to write ("ar-u-nu-latn"), or "" where it does. Its
    script formats the count with `Intl.NumberFormat` for the nearest `lang` and would
    otherwise write digits the server does not (see forms/kit/numbers.py). (The Jinja
    port drops the macro's `formGroup.attributes`, so the template wraps the component.)"""
    tag = number_language()
    return "" if tag == str(get_locale() or "en") else tag


def _file_upload(params: dict[str, Any]) -> dict[str, Any]:
    """The enhanced upload's texts, used where a caller turns it on (`javascript`); the
    plain file input's button is drawn by the browser, in the browser's own language.
    (GOV.UK Frontend 6.3's enhanced upload fails axe's label-content-name-mismatch.)"""
    return {
        "chooseFilesButtonText": gettext("Choose file"),
        "noFileChosenText": gettext("No file chosen"),
        "dropInstructionText": gettext("or drop file"),
        "enteredDropZoneText": gettext("Entered drop zone"),
        "leftDropZoneText": gettext("Left drop zone"),
        "multipleFilesChosenText": counted(
            lambda n: ngettext("%(num)s file chosen", "%(num)s files chosen", Placeholder(n))
        ),
    }


def _password_input(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "showPasswordText": gettext("Show"),
        "hidePasswordText": gettext("Hide"),
        "showPasswordAriaLabelText": gettext("Show password"),
        "hidePasswordAriaLabelText": gettext("Hide password"),
        "passwordShownAnnouncementText": gettext("Your password is visible"),
        "passwordHiddenAnnouncementText": gettext("Your password is hidden"),
    }


def _service_navigation(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "ariaLabel": gettext("Service information"),
        "menuButtonText": gettext("Menu"),
        "navigationLabel": gettext("Menu"),
    }


def _warning_text(params: dict[str, Any]) -> dict[str, Any]:
    return {"iconFallbackText": gettext("Warning")}


def _notification_banner(params: dict[str, Any]) -> dict[str, Any]:
    success = params.get("type") == "success"
    return {"titleText": gettext("Success") if success else gettext("Important")}


def _error_summary(params: dict[str, Any]) -> dict[str, Any]:
    return {"titleText": gettext("There is a problem")}


def _skip_link(params: dict[str, Any]) -> dict[str, Any]:
    return {"text": gettext("Skip to main content")}


COMPONENTS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "character-count": _character_count,
    "file-upload": _file_upload,
    "password-input": _password_input,
    "service-navigation": _service_navigation,
    "warning-text": _warning_text,
    "notification-banner": _notification_banner,
    "error-summary": _error_summary,
    "skip-link": _skip_link,
}

# Components whose parameters need nothing but the error message's hidden prefix.
WITH_ERROR_MESSAGE = ("input", "textarea", "select", "radios", "checkboxes", "date-input")


def _numbers_kept_whole(part: Any) -> Any:
    """A hint's or an error's `text` as HTML keeping each phone number, reference and
    example code (KX7D-P2MQ-9RTA) in it whole."""
    if not isinstance(part, dict) or not part.get("text"):
        return part
    kept = whole_numbers(whole_references(part["text"]))
    if "portal-reference" not in kept:
        return part
    return {key: value for key, value in part.items() if key != "text"} | {"html": kept}


def localised(component: str, params: dict[str, Any]) -> dict[str, Any]:
    """The component's parameters with its texts in the reader's language, where the
    caller has not set them; `voice` in `params` is the reader's register (voices.py)."""
    result = dict(params)
    hint = result.get("hint")
    if isinstance(hint, dict) and not (hint.get("text") or hint.get("html")):
        # govuk-frontend-wtf gives radios and checkboxes the field's description as their
        # hint even when it is empty; GOV.UK Frontend would draw it and point the
        # fieldset's aria-describedby at nothing.
        del result["hint"]
    if result.get("errorMessage"):
        result["errorMessage"] = {"visuallyHiddenText": gettext("Error"), **result["errorMessage"]}
    for key in ("hint", "errorMessage"):
        if key in result:
            result[key] = _numbers_kept_whole(result[key])
    if isinstance(result.get("errorList"), list):
        result["errorList"] = [_numbers_kept_whole(error) for error in result["errorList"]]
    if component in COMPONENTS:
        for key, value in COMPONENTS[component](result).items():
            if not result.get(key):
                result[key] = value
    result.pop("voice", None)
    return result


def init_app(app: Flask) -> None:
    app.jinja_env.globals["localised"] = localised
    app.jinja_env.globals["numbers_language"] = numbers_language
