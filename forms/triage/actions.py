"""The triage actions' forms but the decision's (forms.triage.decision)."""

from __future__ import annotations

import re
from typing import Any

from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxesInput,
    GovRadioInput,
    GovSelect,
    GovTextInput,
)
from wtforms import (
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import NumberRange, ValidationError

from forms.kit.base import KitForm
from forms.kit.fields import WholeNumberField, _l
from forms.kit.numbers import ascii_digits
from forms.kit.validators import LengthOf, Required, canonical_reference, reference_parts


class ActionForm(KitForm):
    """An action with nothing to fill in: accept."""

    version = HiddenField()


class AssignForm(ActionForm):
    assignee = SelectField(
        _l("Assign to"),
        choices=[],
        default="",
        widget=GovSelect(),
        validators=[Required(message=_l("Select who to assign the request to"))],
    )

    def __init__(self, *args: Any, caseworkers: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.assignee.choices = [
            SelectChoice("", _l("Select a person")),
            *(SelectChoice(value, label) for value, label in caseworkers),
        ]


class BulkAssignForm(KitForm):
    """Assigning several requests from the queue: each chosen request is sent as
    `reference:version`, the version the caseworker saw."""

    # In the order of the page (and so of its error summary): the person, then the table.
    assignee = SelectField(
        _l("Assign the selected requests to"),
        choices=[],
        default="",
        widget=GovSelect(),
        validators=[Required(message=_l("Select who to assign the requests to"))],
    )
    selected = SelectMultipleField(
        choices=[],
        validate_choice=False,
        validators=[Required(message=_l("Select the requests to assign"))],
    )

    MOST = 100

    def __init__(self, *args: Any, caseworkers: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.assignee.choices = [
            SelectChoice("", _l("Select a person")),
            *(SelectChoice(value, label) for value, label in caseworkers),
        ]

    def validate_selected(self, field: SelectMultipleField) -> None:
        values = field.data or []
        if len(values) > self.MOST or not all(SEEN.fullmatch(value) for value in values):
            raise ValidationError(_l("Select the requests to assign"))

    def chosen(self) -> list[tuple[str, int]]:
        """Each request chosen, with the version the caseworker saw."""
        found = (value.partition(":") for value in dict.fromkeys(self.selected.data or []))
        return [(reference, int(version)) for reference, _sep, version in found]


SEEN = re.compile(r"[A-Z0-9][A-Z0-9-]{3,31}:[0-9]{1,9}")


class OwnWords:
    """For an action's form with the caseworker's own words to the family, who are told
    which language they are in: `written_in` (each form's own question) asks it, where the
    family reads another language than English (`languages`: the codes and names of
    English and theirs). A mixin, before the form's class."""

    written_in: RadioField
    language_missing: Any  # the error when it is not said

    def __init__(
        self, *args: Any, languages: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.written_in.choices = [SelectChoice(code, name) for code, name in languages or []]
        self.asks_language = len(self.written_in.choices) > 1

    def own_words(self) -> bool:
        return True

    def language_written(self) -> str:
        """As the caseworker said; English where the family reads English, and not asked."""
        return str(self.written_in.data) if self.asks_language else "en"

    def validate_written_in(self, field: RadioField) -> None:
        offered = [str(choice.value) for choice in self.written_in.choices or []]
        if self.asks_language and self.own_words() and field.data not in offered:
            raise ValidationError(self.language_missing)


class MoreInformationForm(OwnWords, ActionForm):
    message = TextAreaField(
        _l("What do you need from the family?"),
        description=_l("They will see this in their account and get an email saying it is there."),
        widget=GovCharacterCount(),
        validators=[
            Required(message=_l("Enter what you need from the family")),
            LengthOf(2000, _l("The message")),
        ],
    )
    # Asked only when the family reads another language than English.
    written_in = RadioField(
        _l("Which language did you write the message in?"),
        choices=[],
        widget=GovRadioInput(),
        validate_choice=False,
    )
    language_missing = _l("Select the language you wrote the message in")

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if young_person:  # a request they made for themselves: there is no family to ask
            self.message.label.text = str(_l("What do you need from the young person?"))
            self.message.validators = [
                Required(message=_l("Enter what you need from the young person")),
                *self.message.validators[1:],
            ]


class NoteForm(KitForm):
    """An internal note: not an action on the request, so no version to check."""

    text = TextAreaField(
        _l("Add a note"),
        description=_l("Only council staff see notes. The note is also sent to the case system."),
        widget=GovCharacterCount(),
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        validators=[Required(message=_l("Enter the note")), LengthOf(5000, _l("The note"))],
    )


class WithdrawForm(ActionForm):
    """A request withdrawn at the asking of whoever sent it: how and when they asked is
    kept in its history and sent to the case system."""

    reason = TextAreaField(
        _l("How and when they asked to withdraw it"),
        description=_l(
            "For example: by phone on 3 December, as a school now gives the support that is needed"
        ),
        widget=GovCharacterCount(),
        validators=[
            Required(message=_l("Enter how and when they asked to withdraw it")),
            LengthOf(2000, _l("How and when they asked")),
        ],
    )


class DuplicateForm(ActionForm):
    of_reference = StringField(
        _l("Reference of the request this repeats"),
        description=_l(
            "The reference of another request in this portal, like BNT-2026-000123, not of a "
            "case that is only in the case system"
        ),
        widget=GovTextInput(),
        filters=[lambda value: canonical_reference(ascii_digits(value)) if value else value],
        validators=[Required(message=_l("Enter the reference of the request this repeats"))],
    )
    # Asked only when the other request is for a child with another name or date of
    # birth; `warned_of` is the reference the caseworker was warned about.
    different_child = SelectMultipleField(
        _l("Check both requests"),
        choices=[
            SelectChoice(
                "yes", _l("Mark it as a duplicate although the child's details are different")
            )
        ],
        widget=GovCheckboxesInput(),
        validate_choice=True,
    )
    warned_of = HiddenField()

    def validate_of_reference(self, field: StringField) -> None:
        parts = reference_parts(field.data or "")
        if parts is None or not parts[0] or not parts[1]:
            raise ValidationError(_l("Enter a reference like BNT-2026-000123"))

    def confirmed_for(self, reference: str) -> bool:
        """Whether the caseworker confirmed after being warned about this very request."""
        return self.warned_of.data == reference and "yes" in (self.different_child.data or [])


# Why a time limit cannot be met (the SEND Regulations 2014, regulation 5(4) for the
# decision whether to assess, as 10(4) for the plan), as the caseworker chooses it and as
# a request's Summary and History show it.
EXCEPTION_KINDS: dict[str, Any] = {
    "school_closure": _l(
        "Advice was asked for around a school or college closure of 4 weeks or more"
    ),
    "personal_circumstances": _l(
        "Exceptional personal circumstances affect the child, young person or their parent"
    ),
    "family_away": _l(
        "The child, young person or their parent is away from the area for 4 weeks or more"
    ),
}


# The same reasons as a young person reads them about their own request: the law names
# the young person alone (a parent's absence does not count for them).
EXCEPTION_KINDS_TO_A_YOUNG_PERSON: dict[str, Any] = {
    # NOTE: In an email to a young person (16 to 25) about their own request, the reason
    # the decision needs more time. Speak to them informally (tu, ty, ти, sen).
    "personal_circumstances": _l("Exceptional personal circumstances affect you"),
    # NOTE: In an email to a young person (16 to 25) about their own request, the reason
    # the decision needs more time. Speak to them informally (tu, ty, ти, sen).
    "family_away": _l("You are away from the area for 4 weeks or more"),
}


class ExceptionForm(ActionForm):
    kind = RadioField(
        _l("Why the time limit cannot be met"),
        choices=[SelectChoice(code, label) for code, label in EXCEPTION_KINDS.items()],
        widget=GovRadioInput(),
        validators=[Required(message=_l("Select why the time limit cannot be met"))],
    )
    days = WholeNumberField(
        _l("How many days it covers"),
        description=_l(
            "From 1 to 365. A school or college closure, or the child, young person or their "
            "parent being away from the area, must cover 28 days or more."
        ),
        not_whole=_l("Number of days must be a whole number"),
        widget=GovTextInput(),
        validators=[
            Required(message=_l("Enter how many days it covers")),
            NumberRange(min=1, max=365, message=_l("Enter a number of days from 1 to 365")),
        ],
    )
    reason = TextAreaField(
        _l("Details"),
        widget=GovCharacterCount(),
        validators=[
            Required(message=_l("Enter the details")),
            LengthOf(2000, _l("Details")),
        ],
    )

    def validate_days(self, field: WholeNumberField) -> None:
        if self.kind.data in ("school_closure", "family_away") and (field.data or 0) < 28:
            raise ValidationError(_l("This reason applies only to 4 weeks (28 days) or more"))
