"""The feedback form. What it collects is in the catalogue (items feedback.*).

With `young_person` its own words (the revealed questions, the hidden box and the
messages it adds itself) are the young person's informal ones, as the form kit makes the
catalogue's questions, hints and error messages (feedback/holders_voice.py marks them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_babel import gettext, lazy_pgettext
from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from markupsafe import Markup, escape
from wtforms import StringField, ValidationError
from wtforms.validators import StopValidation

from forms import items
from forms.kit.base import KitForm
from forms.kit.fields import YES_NO, AsTypedField, _l, long_text, options, radios, short_text
from forms.kit.question import (
    PARTS,
    DateInputField,
    QuestionForm,
    TranslatedDateInput,
    in_own_words,
    item,
    today,
)
from forms.kit.validators import (
    EMAIL_FORMAT,
    is_email_address,
    normalise_phone,
    person_name,
    phone_number,
)

SERVICES = [
    ("sen_team", _l("The SEN team")),
    ("educational_psychology", _l("Educational psychology")),
    ("specialist_teachers", _l("Specialist teachers")),
    ("specialist_practitioners", _l("Other specialist practitioners, such as therapists")),
    ("website", _l("This website")),
]
# The GOV.UK five-point satisfaction scale, best first; stored as 5 to 1.
SATISFACTION = [
    ("5", _l("Very satisfied")),
    ("4", _l("Satisfied")),
    ("3", _l("Neither satisfied nor dissatisfied")),
    ("2", _l("Dissatisfied")),
    ("1", _l("Very dissatisfied")),
]
FREE_TEXT_LIMIT = 1200


def after_slashes(text: str) -> Markup:
    """`text`, escaped, with a place to break the line after each slash."""
    return Markup("/<wbr>").join(escape(part) for part in text.split("/"))


class FeedbackForm(QuestionForm):
    service = radios(
        items.FEEDBACK_SERVICE, _l("Select which service your feedback is about"), SERVICES
    )
    satisfaction = radios(
        items.FEEDBACK_SATISFACTION, _l("Select how you felt about the service"), SATISFACTION
    )
    worked_well = long_text(
        items.FEEDBACK_WORKED_WELL,
        name=_l("Your comments on what worked well"),
        limit=FREE_TEXT_LIMIT,
    )
    could_be_better = long_text(
        items.FEEDBACK_COULD_BE_BETTER,
        name=_l("Your comments on what could be better"),
        limit=FREE_TEXT_LIMIT,
    )
    contact = radios(items.FEEDBACK_CONTACT, None, YES_NO)
    # Its letters are checked in __init__, where the message can name it in the reader's words.
    contact_name = short_text(items.FEEDBACK_CONTACT_NAME, None, name=_l("Your name"))
    contact_email = short_text(items.FEEDBACK_CONTACT_EMAIL, name=_l("Email address"), limit=254)
    contact_phone = item(
        items.FEEDBACK_CONTACT_PHONE,
        AsTypedField,
        widget=GovTextInput(),
        filters=[normalise_phone],
        validators=[phone_number],
    )
    # A field people never see: a form that fills it in is a robot's.
    website = StringField(_l("Leave this blank"))

    # Asked only under "Yes" (a conditional reveal), where they are needed: their labels
    # do not say "(optional)" although the catalogue item is voluntary.
    revealed = ("contact_name", "contact_email", "contact_phone")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in self.revealed:
            self[name].label.text = in_own_words(self[name].catalogue_item.label, self.young_person)
        self.contact_name.validators.append(person_name(self.contact_name.label.text))
        self.website.label.text = in_own_words("Leave this blank", self.young_person)
        # A translation's "zadowolony/zadowolona" (Polish) is one word to the browser: on a
        # small phone it may break after the slash rather than mid-word.
        self.satisfaction.choices = options(
            [(value, after_slashes(str(label))) for value, label in SATISFACTION]
        )

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        if self.contact.data == "yes":
            if not (self.contact_name.data or "").strip():
                self.contact_name.errors.append(
                    self.in_readers_voice(_l("Enter your name so we can contact you"))
                )
                valid = False
            if not (self.contact_email.data or "").strip() and not self.contact_phone.data:
                self.contact_email.errors.append(
                    self.in_readers_voice(
                        _l("Enter an email address or a phone number so we can contact you")
                    )
                )
                valid = False
            elif self.contact_email.data and not is_email_address(self.contact_email.data):
                self.contact_email.errors.append(self.in_readers_voice(EMAIL_FORMAT))
                valid = False
        return valid


class FilterDateInput(TranslatedDateInput):
    """The form kit's date input with a name for each box (from-day, from-month,
    from-year): the report's filter is a GET form, and its address is bookmarked."""

    def map_gov_params(self, field: Any, **kwargs: Any) -> dict[str, Any]:
        params = super().map_gov_params(field, **kwargs)
        for entry, part in zip(params["items"], PARTS, strict=True):
            entry["name"] = f"{field.name}-{part}"
        return params


class FilterDateField(DateInputField):
    """A day to filter the report by: the kit's date field read from its three named boxes;
    a day still to come is not refused here (a To date may be; the report says when a
    From date is)."""

    widget = FilterDateInput()

    def process(self, formdata: Any, data: Any = None, extra_filters: Any = None) -> None:
        self.data = None  # nothing typed: no filter (raw_data stays None, the boxes empty)
        names = [f"{self.name}-{part}" for part in PARTS]
        if formdata is not None and any(name in formdata for name in names):
            self.process_formdata([str(formdata.get(name, "")) for name in names])

    def pre_validate(self, form: Any) -> None:
        if self.problem:
            raise StopValidation(self.problem)


class ReportFilter(KitForm):
    """The managers' report's filter: a GET form, so no CSRF token in its address."""

    class Meta:
        csrf = False

    since = FilterDateField(
        lazy_pgettext("date filter", "From"),
        # NOTE: Under the From and To dates of the managers' feedback report: day, month
        # and year, in the reader's own digits.
        description=_l("For example, 27 3 2026"),
        # NOTE: How a message names the report's "From" date, e.g. "... must be a real date".
        name_in_errors=_l("The ‘From’ date"),
        name="from",
    )
    until = FilterDateField(
        lazy_pgettext("date filter", "To"),
        description=_l("For example, 27 3 2026"),
        # NOTE: As above, for the report's "To" date.
        name_in_errors=_l("The ‘To’ date"),
        name="to",
    )

    def validate_since(self, field: FilterDateField) -> None:
        if isinstance(field.data, dt.date) and field.data > today():
            raise ValidationError(
                gettext("%(date)s must be today or in the past", date=field.name_in_errors)
            )

    def validate_until(self, field: FilterDateField) -> None:
        since = self.since.data
        if isinstance(since, dt.date) and isinstance(field.data, dt.date) and field.data < since:
            # NOTE: Under the "To" boxes on the managers' feedback report, when it is
            # before "From".
            raise ValidationError(_l("The ‘To’ date must be the same as or after the ‘From’ date"))
