"""Forms caseworkers use."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextInput
from wtforms import RadioField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Regexp

from forms.fields import _l
from forms.validators import LengthOf

CASE_REFERENCE_PATTERN = r"^[A-Z0-9][A-Z0-9-]{3,31}$"


class IssueLinkCodeForm(FlaskForm):
    case_reference = StringField(
        _l("Case reference"),
        description=_l("As it appears in the case system, for example BNT-2026-000123"),
        widget=GovTextInput(),
        filters=[lambda value: value.strip().upper() if value else value],
        validators=[
            InputRequired(message=_l("Enter the case reference")),
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
            InputRequired(message=_l("Enter the full name of the person the code is for")),
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
        validators=[InputRequired(message=_l("Select their relationship to the case"))],
    )
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())


class ConfirmLinkCodeForm(FlaskForm):
    submit = SubmitField(_l("Create link code"), widget=GovSubmitInput())
