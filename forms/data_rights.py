"""Forms for a family's requests about their own information, and for the staff who
answer them."""

from __future__ import annotations

from typing import Any, Self

from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput, GovSubmitInput
from wtforms import RadioField, SubmitField, TextAreaField
from wtforms.validators import ValidationError

from forms import items
from forms.kit.base import KitForm
from forms.kit.fields import _l, long_text, options
from forms.kit.question import QuestionForm, item
from forms.kit.validators import LengthOf, Required, tidy_text

DETAILS_LIMIT = 2000
CORRECTION_LIMIT = 500
REASON_LIMIT = 2000
ALL_OF_THEM = "all"


class DataRightsRequestForm(QuestionForm):
    """The item is picked before this page; the rights offered are those that apply to
    it (the route sets the choices)."""

    right = item(
        items.DATA_RIGHTS_RIGHT,
        RadioField,
        _l("Select what you want us to do"),
        choices=[],
        validate_choice=False,
        widget=GovRadioInput(),
    )
    about = item(
        items.DATA_RIGHTS_ABOUT,
        RadioField,
        _l("Select which child or young person this is about"),
        choices=[],
        validate_choice=False,
        widget=GovRadioInput(),
    )
    details = long_text(
        items.DATA_RIGHTS_DETAILS,
        _l("Tell us what is wrong, or why you are asking"),
        name=_l("What is wrong"),
        limit=DETAILS_LIMIT,
    )
    correction = long_text(
        items.DATA_RIGHTS_CORRECTION, name=_l("What it should say"), limit=CORRECTION_LIMIT
    )
    submit = SubmitField(_l("Send request"), widget=GovSubmitInput())

    def validate_right(self, field: Any) -> None:
        """Only a right that applies to the item (a changed page could post another)."""
        if field.data not in [choice.value for choice in field.choices]:
            raise ValidationError(_l("Select one of the things you can ask us to do"))

    def validate_about(self, field: Any) -> None:
        if field.data not in [choice.value for choice in field.choices]:
            raise ValidationError(_l("Select which child or young person this is about"))

    def about_one_of(self, children: list[tuple[str, str]]) -> Self:
        """Asks which of `children` (case reference, name) the item is about, or all of
        them; with fewer than two, it is not asked (call before validating)."""
        if len(children) < 2:
            del self.about
            self.catalogue_fields = {
                name: found for name, found in self.catalogue_fields.items() if name != "about"
            }
            return self
        self.about.choices = options([*children, (ALL_OF_THEM, _l("All of them"))])
        return self


def _reason(label: object, message: object, name: object) -> TextAreaField:
    return TextAreaField(
        label,
        widget=GovCharacterCount(),
        filters=[tidy_text],
        validators=[Required(message=message), LengthOf(REASON_LIMIT, name)],
    )


class ExtendDataRightsForm(KitForm):
    reason = _reason(
        _l("Why do you need two more months?"),
        _l("Enter why you need two more months"),
        _l("The reason"),
    )
    submit = SubmitField(_l("Extend by two months"), widget=GovSubmitInput())


class CloseDataRightsForm(KitForm):
    reason = _reason(_l("What did you do?"), _l("Enter what you did"), _l("What you did"))
    submit = SubmitField(_l("Mark as done"), widget=GovSubmitInput())
