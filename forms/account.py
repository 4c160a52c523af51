"""Forms a family uses on its account pages."""

from __future__ import annotations

from typing import Any

from flask_babel import pgettext
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import RadioField, SelectMultipleField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Regexp

from forms.kit.base import KitForm
from forms.kit.fields import _l
from forms.kit.question import DateInputField, errors_in_own_voice, in_own_voice
from forms.kit.validators import (
    CASE_REFERENCE_PATTERN,
    LengthOf,
    Required,
    canonical_reference,
)

LINK_CODE_PATTERN = r"^\s*[A-Za-z0-9]{4}[-\s]?[A-Za-z0-9]{4}[-\s]?[A-Za-z0-9]{4}\s*$"


class RedeemLinkCodeForm(KitForm):
    code = StringField(
        _l("Link code"),
        description=_l("The 12 letters and numbers from the SEN team, for example KX7D-P2MQ-9RTA"),
        widget=GovTextInput(),
        validators=[
            Required(message=_l("Enter the link code")),
            Length(max=20, message=_l("The link code must be 12 letters and numbers")),
            Regexp(LINK_CODE_PATTERN, message=_l("The link code must be 12 letters and numbers")),
        ],
    )
    date_of_birth = DateInputField(
        _l("Date of birth of the child or young person the case is about"),
        description=_l("For example, 27 3 2015"),
        name_in_errors=_l("Date of birth"),
        validators=[Required(message=_l("Enter the date of birth"))],
    )
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        """`young_person`: the account is a young person's own, spoken to in their voice
        where the "young person" context has an entry (portal/links/holders_voice.py)."""
        super().__init__(*args, **kwargs)
        self.young_person = young_person
        if young_person:
            self.code.description = in_own_voice(self.code.description)
            self.submit.label.text = in_own_voice(self.submit.label.text)
            # Their own case: the date asked for is theirs (portal/links/holders_voice.py).
            self.date_of_birth.label.text = pgettext("young person", "Your date of birth")

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        if self.young_person:
            errors_in_own_voice(self)
        return valid


class IssueLinkCodeForm(KitForm):
    case_reference = StringField(
        _l("Case reference"),
        description=_l("As it appears in the case system, for example BNT-2026-000123"),
        widget=GovTextInput(),
        filters=[canonical_reference],
        validators=[
            Required(message=_l("Enter the case reference")),
            Regexp(
                CASE_REFERENCE_PATTERN,
                message=_l("Enter the case reference as it appears in the case system"),
            ),
        ],
    )
    person_name = StringField(
        _l("Full name of the person the code is for"),
        widget=GovTextInput(),
        filters=[lambda value: value.strip() if value else value],
        validators=[
            Required(message=_l("Enter the full name of the person the code is for")),
            LengthOf(200, _l("Full name")),
        ],
    )
    relationship = RadioField(
        _l("Their relationship to the case"),
        choices=[
            SelectChoice("parent_carer", _l("Parent or carer with parental responsibility")),
            SelectChoice("young_person", _l("The young person (aged 16 to 25)")),
        ],
        widget=GovRadioInput(),
        validators=[Required(message=_l("Select their relationship to the case"))],
    )
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())


class ConfirmLinkCodeForm(KitForm):
    """`for_a_young_person`: a parent's code for the case of a young person (over
    compulsory school age), whose decisions are their own: the caseworker confirms why
    the parent may see it."""

    young_persons_agreement = SelectMultipleField(
        _l("Why a parent or carer may see this young person's case"),
        choices=[
            SelectChoice(
                "confirmed",
                _l(
                    "The young person agreed that this parent or carer can see their case, "
                    "or they cannot make this decision for themselves"
                ),
            )
        ],
        widget=GovCheckboxesInput(),
    )
    submit = SubmitField(_l("Create link code"), widget=GovSubmitInput())

    def __init__(self, *args: Any, for_a_young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.for_a_young_person = for_a_young_person
        if for_a_young_person:
            self.young_persons_agreement.validators = [
                Required(
                    message=_l(
                        "Confirm the young person agreed, or cannot make this decision for "
                        "themselves"
                    )
                )
            ]
