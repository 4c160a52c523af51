"""Question forms whose fields are items in the data catalogue.

A field is declared with `item("child.first_name", StringField, ...)`. The catalogue,
not the form, decides whether it is required: a required item gets the kit's `Required` with
the field's own message, a voluntary one `Optional` and "(optional)" after its label.
Labels, hints and the "Why we ask for this" text all come from the catalogue, in the
young person's own words when they ask for themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, ClassVar, Self, cast

from flask import current_app
from flask_babel import get_locale, get_translations, gettext, pgettext
from flask_babel.speaklater import LazyString
from govuk_frontend_wtf.wtforms_widgets import GovDateInput
from wtforms import Field
from wtforms.fields.choices import SelectChoice
from wtforms.fields.core import UnboundField
from wtforms.validators import Length, Optional, StopValidation

from forms.catalogue import Catalogue, Item
from forms.kit.base import KitForm
from forms.kit.explained import explained_together
from forms.kit.months import month_number
from forms.kit.numbers import localise_digits
from forms.kit.validators import LengthOf, Required

# The application gives the form kit its day, under this key of its extensions: the
# council's (UK time), which forms cannot read from the portal they know nothing of.
TODAY = "forms_today"


def today() -> dt.date:
    """Today, as the application showing the form counts days."""
    return cast(dt.date, current_app.extensions[TODAY]())


def item(
    item_id: str,
    field_class: type[Field],
    required_message: Any = None,
    *,
    required_self: Any = None,
    purpose: str | None = None,
    **kwargs: Any,
) -> UnboundField:
    """A field that collects one catalogue item. `required_self` is the message for an
    empty answer on a young person's own request, where `required_message` speaks of the
    child ("Select where they learn now"): the form kit's counterpart of the catalogue's
    `label_self`. Without it a young person reads the same (neutral) English as a parent.
    `purpose`: the HTML autocomplete token of the answer ("given-name", "bday" for a
    date's three boxes), given only where the answer is about the person filling it in."""
    unbound = field_class(**kwargs)
    unbound.catalogue_id = item_id  # type: ignore[attr-defined]
    unbound.required_message = required_message  # type: ignore[attr-defined]
    unbound.required_self = required_self  # type: ignore[attr-defined]
    unbound.purpose = purpose  # type: ignore[attr-defined]
    return unbound


# The input type of the answers with a purpose that has one (GOV.UK's email address and
# telephone number patterns), whoever they are about.
INPUT_TYPES: dict[str, dict[str, Any]] = {
    "email": {"type": "email", "spellcheck": False},
    "tel": {"type": "tel"},
}


def input_params(purpose: str | None, own: bool) -> dict[str, Any]:
    """The GOV.UK input parameters an answer's purpose gives its box: its type, and its
    autocomplete token where the answer is about the reader (WCAG 1.3.5)."""
    params = dict(INPUT_TYPES.get(purpose or "", {}))
    if purpose and own:
        params["autocomplete"] = purpose
    return params


def N_(text: str) -> str:  # gettext's name for this marker, a pybabel keyword
    """Marks `text` for `pybabel extract`; it is translated where it is shown."""
    return text


def in_own_words(text: str, young_person: bool) -> str:
    """`text` translated for the reader: where a young person's own words are the same
    English as a parent's ("What is your first language?"), the young person's informal
    translation is the "young person" context's (portal/platform/voices.py marks them)."""
    if young_person and get_translations().upgettext("young person", text) != text:
        return pgettext("young person", text)
    return gettext(text)


def in_own_voice(message: Any) -> Any:
    """An error message (a `lazy_gettext` string) in the young person's informal "you",
    where the "young person" context has it (portal/assessment_request/own_register.py)."""
    if not isinstance(message, LazyString):
        return message
    text, variables = message._args[0], message._kwargs  # what lazy_gettext was given
    if get_translations().upgettext("young person", text) != text:
        return pgettext("young person", text, **variables)
    return message


def errors_in_own_voice(form: Any) -> None:
    """Each of the form's error messages in the young person's informal "you", where the
    "young person" context has it (for a form that is not a QuestionForm)."""
    for field in form:
        field.errors = [in_own_voice(problem) for problem in field.errors]


def named_in_own_words(check: Any) -> Any:
    """A length check whose message names its box in the young person's informal "you"
    ("Your comments"), where the "young person" context has it; any other check as it is."""
    if isinstance(check, LengthOf):
        return LengthOf(check.max, in_own_voice(check.name))
    return check


def own_choices(choices: Any) -> Any:
    """A field's options in the young person's informal "you", where the "young person"
    context has them ("Not in education or training" is about them, not the child)."""
    if not all(isinstance(choice, SelectChoice) for choice in choices):
        return choices
    return [replace(choice, label=in_own_voice(choice.label)) for choice in choices]


class QuestionForm(KitForm):
    """A page of questions; `young_person` switches the wording to "you"."""

    class Meta:
        def render_field(self, field: Field, render_kw: dict[str, Any]) -> Any:
            """Each box as its page asks for it, with what its purpose adds (a date's
            three boxes take their tokens in `TranslatedDateInput`)."""
            own = getattr(field, "input_params", None)
            if own and field.type != "DateInputField":
                render_kw = {**render_kw, "params": {**own, **render_kw.get("params", {})}}
            return super().render_field(field, render_kw)  # type: ignore[misc]

    catalogue_fields: dict[str, tuple[str, Any]] = {}
    required_self: dict[str, Any] = {}  # a young person's own message, where it differs
    purposes: dict[str, str] = {}  # autocomplete tokens (forms.kit.question's `item`)
    defined: ClassVar[list[type[QuestionForm]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        QuestionForm.defined.append(cls)
        found, own, purposes = {}, {}, {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, UnboundField) and hasattr(value, "catalogue_id"):
                    found[name] = (value.catalogue_id, value.required_message)
                    if value.required_self is not None:
                        own[name] = value.required_self
                    if value.purpose is not None:
                        purposes[name] = value.purpose
        cls.catalogue_fields = found
        cls.required_self = own
        cls.purposes = purposes

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.young_person = young_person
        catalogue: Catalogue = current_app.extensions["portal_catalogue"]
        for name, (item_id, _message) in self.catalogue_fields.items():
            field = self[name]
            entry = catalogue.item(item_id)
            label, hint, _why = entry.wording(young_person)
            field.catalogue_item = entry
            # A parent's own details, a young person's on their own request; never a
            # child's a parent gives (a browser would fill in the parent's).
            own_details = entry.subject == "parent" or young_person
            field.input_params = input_params(self.purposes.get(name), own_details)
            own = in_own_words(label, young_person)
            # The question as an answer is read back under it: never "(optional)".
            field.question = own
            field.label.text = own if entry.required else gettext("%(label)s (optional)", label=own)
            field.description = in_own_words(hint, young_person) if hint else ""
            first = (
                Required(message=self.required_message(name))
                if entry.required
                else Optional(strip_whitespace=True)
            )
            field.validators = [first, *field.validators]
            if young_person:  # "Your comments must be ... or fewer", in their words
                field.validators = [named_in_own_words(check) for check in field.validators]
                if getattr(field, "choices", None):
                    field.choices = own_choices(field.choices)

    def required_message(self, name: str) -> Any:
        """What an empty answer to the field is told, in the reader's words: a young
        person's own (`required_self`) on their own request."""
        if self.young_person and name in self.required_self:
            return self.required_self[name]
        return self.catalogue_fields[name][1]

    def not_needed(self) -> list[str]:
        """The fields another answer on the page leaves nothing to ask (the catalogue's
        `not_needed_when`: no setting to name for a child not in education or training)."""
        given = {item_id: self[name].data for name, (item_id, _m) in self.catalogue_fields.items()}
        return [
            name for name in self.catalogue_fields if not self[name].catalogue_item.needed(given)
        ]

    def validate(self, extra_validators: Any = None) -> bool:
        for name in self.not_needed():  # neither checked nor kept
            self[name].validators = []
            self[name].data = None
        valid = super().validate(extra_validators)
        if self.young_person:
            for field in self:
                field.errors = [in_own_voice(message) for message in field.errors]
        return valid

    def in_readers_voice(self, message: Any) -> Any:
        """An error message a form adds itself after `validate`, in the reader's words."""
        return in_own_voice(message) if self.young_person else message

    @classmethod
    def for_reading(cls, young_person: bool = False) -> Self:
        """The page's questions in the language in force, to read saved answers back
        against; never bound to what a request sent. Built once per language and kept:
        check-your-answers reads back every page of the request, and building them all
        afresh each time cost more than the rest of that page."""
        kept = current_app.extensions.setdefault("forms_for_reading", {})
        key = (cls, young_person, str(get_locale()))
        if key not in kept:
            kept[key] = cls(formdata=None, young_person=young_person, meta={"csrf": False})
        return kept[key]

    def limit(self, field: Field) -> int | None:
        """The longest answer the field allows, for its character count."""
        return next((v.max for v in field.validators if isinstance(v, Length) and v.max > 0), None)

    def catalogue_items(self) -> list[tuple[Field, Item]]:
        return [(self[name], self[name].catalogue_item) for name in self.catalogue_fields]

    def explained(self) -> list[tuple[Field, Item, list[Item]]]:
        return explained_together(self.catalogue_items(), self.young_person)

    def answers(self) -> dict[str, Any]:
        """What the person entered, keyed by catalogue id, ready to store as JSON."""
        result = {}
        for name, (item_id, _message) in self.catalogue_fields.items():
            value = self[name].data
            if isinstance(value, dt.date):
                value = value.isoformat()
            result[item_id] = value if value not in ("", None, []) else None
        return result

    def fill_from(self, answers: dict[str, Any]) -> None:
        """Show what was saved before (only on a GET: a POST shows what was typed)."""
        for name, (item_id, _message) in self.catalogue_fields.items():
            value = answers.get(item_id)
            if value is None:
                continue
            if isinstance(self[name], DateInputField):
                value = dt.date.fromisoformat(value)
            self[name].data = value


def every_form() -> tuple[type[QuestionForm], ...]:
    """Every question form whose module has been imported (each registers itself when it
    is defined), for the catalogue's own checks and for reading answers back."""
    return tuple(form for form in QuestionForm.defined if form.catalogue_fields)


def error_href(field: Field) -> str:
    """Where an error summary link for the field goes: the box to fix, not its fieldset."""
    if isinstance(field, DateInputField):
        return f"#{field.name}-{field.wrong_parts[0] if field.wrong_parts else 'day'}"
    return f"#{field.id}"


def wtforms_errors(form: Any, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """govuk-frontend-wtf's error summary parameters, with each link on its field's box."""
    error_list = [
        {"text": field.errors[0], "href": error_href(field)} for field in form if field.errors
    ]
    return {"titleText": gettext("There is a problem"), **(params or {}), "errorList": error_list}


class TranslatedDateInput(GovDateInput):
    """GOV.UK's date input with the day, month and year labels in the person's language,
    and only the wrong boxes marked as wrong."""

    def map_gov_params(self, field: Field, **kwargs: Any) -> dict[str, Any]:
        params = super().map_gov_params(field, **kwargs)
        names = {"day": gettext("Day"), "month": gettext("Month"), "year": gettext("Year")}
        wrong = getattr(field, "wrong_parts", ())
        purpose = getattr(field, "input_params", {}).get("autocomplete")
        saved = field.raw_data is None and isinstance(field.data, dt.date)
        for entry, part in zip(params["items"], ("day", "month", "year"), strict=True):
            entry["label"] = names[part]
            if saved:  # as people type it, "27 3 2007", in the reader's digits
                entry["value"] = localise_digits(str(getattr(field.data, part)))
            if purpose:  # "bday": "bday-day" and so on
                entry["autocomplete"] = f"{purpose}-{part}"
            if field.errors and wrong and part not in wrong:
                entry["classes"] = entry["classes"].replace("govuk-input--error", "").strip()
        return params


PARTS = ("day", "month", "year")


# What a date left incomplete says is missing: all of it, each combination a whole
# sentence for translators (GOV.UK's date input pattern). All three missing is "Enter…".
INCOMPLETE: dict[tuple[str, ...], str] = {
    ("day",): N_("%(date)s must include a day"),
    ("month",): N_("%(date)s must include a month"),
    ("year",): N_("%(date)s must include a year"),
    ("day", "month"): N_("%(date)s must include a day and month"),
    ("day", "year"): N_("%(date)s must include a day and year"),
    ("month", "year"): N_("%(date)s must include a month and year"),
}


def wrong_parts_of(parts: list[str]) -> tuple[str, ...]:
    """The boxes of a date that cannot be right on their own (all three when each could be,
    as 31 February)."""
    limits = {"day": (1, 31), "month": (1, 12), "year": (1000, 9999)}
    wrong = tuple(
        part
        for value, part in zip(parts, PARTS, strict=True)
        if not value.isdigit() or not limits[part][0] <= int(value) <= limits[part][1]
    )
    return wrong or PARTS


class DateInputField(Field):
    """Three boxes (day, month, year) read as one date, with GOV.UK's error messages.

    `name` is how the date is described in messages, for example "Date of birth".
    """

    widget = TranslatedDateInput()

    def __init__(
        self, label: Any = None, validators: Any = None, name_in_errors: Any = "", **kwargs: Any
    ) -> None:
        super().__init__(label, validators, **kwargs)
        self.name_in_errors = name_in_errors
        self.problem: str | None = None
        self.wrong_parts: tuple[str, ...] = ()

    def _value(self) -> str:
        if not isinstance(self.data, dt.date):
            return ""
        return f"{self.data.day} {self.data.month} {self.data.year}"

    def process_formdata(self, valuelist: list[str]) -> None:
        self.data = None
        self.problem = None
        self.wrong_parts = ()
        parts = [(valuelist[i] if i < len(valuelist) else "").strip() for i in range(3)]
        self.raw_data = list(parts)
        if not any(parts):
            return
        missing = tuple(part for value, part in zip(parts, PARTS, strict=True) if not value)
        if missing:
            self.wrong_parts = missing
            self.problem = gettext(INCOMPLETE[missing], date=self.name_in_errors)
            return
        if not parts[1].isdigit():
            named = month_number(parts[1], str(get_locale() or "en"))
            parts[1] = str(named) if named else parts[1]
        self.wrong_parts = wrong_parts_of(parts)
        if self.wrong_parts == ("year",) and parts[2].isdigit() and len(parts[2]) < 4:
            # A year like 26: GOV.UK's date input pattern asks for all of it.
            self.problem = gettext("Year must include 4 numbers")
            return
        try:
            day, month, year = (int(p) for p in parts)
            if year < 1000:
                raise ValueError
            self.data = dt.date(year, month, day)
            self.wrong_parts = ()
        except (ValueError, OverflowError):
            self.problem = gettext("%(date)s must be a real date", date=self.name_in_errors)

    def pre_validate(self, form: Any) -> None:
        if self.problem:
            raise StopValidation(self.problem)
        if isinstance(self.data, dt.date) and self.data > today():
            raise StopValidation(
                gettext("%(date)s must be today or in the past", date=self.name_in_errors)
            )
