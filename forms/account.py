"""Forms a family uses on its account pages."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import StringField, SubmitField
from wtforms.validators import InputRequired, Length, Regexp

from forms.fields import _l
from forms.question import DateInputField

LINK_CODE_PATTERN = r"^\s*[A-Za-z0-9]{4}[-\s]?[A-Za-z0-9]{4}[-\s]?[A-Za-z0-9]{4}\s*$"


class RedeemLinkCodeForm(FlaskForm):
    code = StringField(
        _l("Link code"),
        description=_l("The 12 letters and numbers from the SEN team, for example KX7D-P2MQ-9RTA"),
        widget=GovTextInput(),
        validators=[
            InputRequired(message=_l("Enter the link code")),
            Length(max=20, message=_l("The link code must be 12 letters and numbers")),
            Regexp(LINK_CODE_PATTERN, message=_l("The link code must be 12 letters and numbers")),
        ],
    )
    date_of_birth = DateInputField(
        _l("Date of birth of the child or young person the case is about"),
        description=_l("For example, 27 3 2015"),
        name_in_errors=_l("Date of birth"),
        validators=[InputRequired(message=_l("Enter the date of birth"))],
    )
    submit = SubmitField(_l("Continue"), widget=GovSubmitInput())
