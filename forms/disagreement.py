"""Forms a family uses when they disagree with a decision: the mediation steps they
record, spoken to a young person informally when it is their own case
(portal/disagreement/holders_voice.py)."""

from __future__ import annotations

from typing import Any

from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput
from wtforms import SubmitField

from forms.kit.base import KitForm
from forms.kit.fields import _l
from forms.kit.question import DateInputField, in_own_voice
from forms.kit.validators import Required


class MediationStepForm(KitForm):
    """The date of one mediation step; `young_person` speaks to a young person in their own
    register (the question, the date's name in error messages and the button)."""

    happened_on: DateInputField
    submit: SubmitField

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.young_person = young_person
        if young_person:
            field = self.happened_on
            field.label.text = in_own_voice(field.label.text)
            field.name_in_errors = in_own_voice(field.name_in_errors)
            if field.raw_data:  # read again: what is wrong with it names the date
                field.process_formdata(field.raw_data)
            self.submit.label.text = in_own_voice(self.submit.label.text)

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        if self.young_person:
            self.happened_on.errors = [in_own_voice(m) for m in self.happened_on.errors]
        return valid


class ContactedMediationForm(MediationStepForm):
    happened_on = DateInputField(
        _l("When did you contact the mediation adviser?"),
        description=_l("For example, 27 3 2026"),
        name_in_errors=_l("The date you contacted the mediation adviser"),
        validators=[Required(message=_l("Enter the date you contacted the mediation adviser"))],
    )
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())


class MediationCertificateForm(MediationStepForm):
    happened_on = DateInputField(
        _l("What date is on your mediation certificate?"),
        description=_l("For example, 27 3 2026"),
        name_in_errors=_l("The date on the certificate"),
        validators=[Required(message=_l("Enter the date on your mediation certificate"))],
    )
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())
