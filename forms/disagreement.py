"""Forms a family uses when they disagree with a decision: the mediation steps they
record, spoken to a young person informally when it is their own case
(portal/disagreement/holders_voice.py)."""

from __future__ import annotations

from typing import Any

from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput
from wtforms import SubmitField

from forms.kit.fields import _l
from forms.kit.question import DateInputField, QuestionForm, in_own_voice, item


class MediationStepForm(QuestionForm):
    """The date of one mediation step, a catalogue item (its question and hint are the
    catalogue's); `young_person` speaks to a young person in their own register (the
    question, the date's name in error messages and the button)."""

    happened_on: DateInputField
    submit: SubmitField

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, young_person=young_person, **kwargs)
        if young_person:
            field = self.happened_on
            field.name_in_errors = in_own_voice(field.name_in_errors)
            if field.raw_data:  # read again: what is wrong with it names the date
                field.process_formdata(field.raw_data)
            self.submit.label.text = in_own_voice(self.submit.label.text)


class ContactedMediationForm(MediationStepForm):
    happened_on = item(
        "mediation.contacted_on",
        DateInputField,
        _l("Enter the date you contacted the mediation adviser"),
        name_in_errors=_l("The date you contacted the mediation adviser"),
    )
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())


class MediationCertificateForm(MediationStepForm):
    happened_on = item(
        "mediation.certificate_on",
        DateInputField,
        _l("Enter the date on your mediation certificate"),
        name_in_errors=_l("The date on the certificate"),
    )
    submit = SubmitField(_l("Save"), widget=GovSubmitInput())
