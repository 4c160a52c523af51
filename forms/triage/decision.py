"""The decision on a request: to assess or not, its date, its reasons in the family's
language, and why it came after it was due."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask_babel import gettext
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovCheckboxesInput, GovRadioInput
from wtforms import RadioField, SelectMultipleField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import ValidationError

from forms.kit.fields import _l
from forms.kit.question import DateInputField
from forms.kit.validators import LengthOf, Required
from forms.triage.actions import ActionForm, OwnWords

# The standard reasons for deciding not to assess (Children and Families Act 2014 s.36(8)
# and the SEND Code of Practice 9.14-9.16), told to the family in their own language.
NOT_ASSESS_REASONS: dict[str, Any] = {
    "no_evidence_of_sen": _l(
        "The information we have does not show that the child or young person has or may "
        "have special educational needs."
    ),
    "needs_met_by_setting": _l(
        "The information we have shows that their needs can be met from the support their "
        "school or college normally provides."
    ),
    "support_not_yet_tried": _l(
        "Their school or college has not yet tried the support it can give, and reviewed how "
        "well it worked, over enough time."
    ),
    "progress_with_support": _l("They are making good progress with the support they have now."),
}


# Why a decision was made after the 6 weeks it was due in: the only reasons the SEND
# Regulations 2014, regulation 5(4), allow, and "none" for a decision that is simply late.
LATE_REASONS: dict[str, Any] = {
    "school_closure": _l(
        "The council asked a school or college for advice from a week before it closed for "
        "at least 4 weeks in a row, until a week before it reopened"
    ),
    "personal_circumstances": _l(
        "Exceptional personal circumstances affected the child, young person or their parent"
    ),
    "away": _l(
        "The child, young person or their parent was away from the area for at least 4 weeks "
        "in a row"
    ),
    "none": _l("None of these"),
}


class DecisionForm(OwnWords, ActionForm):
    decision = RadioField(
        _l("Decision"),
        choices=[
            SelectChoice("assess", _l("Carry out an EHC needs assessment")),
            SelectChoice("not_assess", _l("Do not carry out an assessment")),
        ],
        widget=GovRadioInput(),
        validators=[Required(message=_l("Select the decision"))],
    )
    standard_reasons = SelectMultipleField(
        _l("Reasons for deciding not to assess"),
        description=_l(
            "The family reads these in their own language. Select all that apply, or enter "
            "other reasons below."
        ),
        choices=[SelectChoice(code, label) for code, label in NOT_ASSESS_REASONS.items()],
        widget=GovCheckboxesInput(),
        validate_choice=True,
    )
    reason = TextAreaField(
        _l("Other reasons (optional)"),
        description=_l(
            "Enter these if no reason above applies, or to add to them. The family will be "
            "told these if you decide not to assess, under a line saying which language you "
            "wrote them in."
        ),
        widget=GovCharacterCount(),
        validators=[LengthOf(5000, _l("Reasons"))],
    )
    # Asked only when the family reads another language than English; the family is told
    # it above the caseworker's words (choices: English and the family's language).
    written_in = RadioField(
        _l("Which language did you write the other reasons in?"),
        choices=[],
        widget=GovRadioInput(),
        validate_choice=False,
    )
    # After the reasons, as the page shows them (under the choice not to assess), so that
    # the error summary lists the errors in the page's order.
    decided_on = DateInputField(
        _l("Date of the decision"),
        name_in_errors=_l("Date of the decision"),
        validators=[Required(message=_l("Enter the date of the decision"))],
    )

    # Asked only once the decision is overdue, and needed only for a date after it was due.
    late_reason = RadioField(
        _l("Why was the decision made after it was due?"),
        choices=[SelectChoice(code, label) for code, label in LATE_REASONS.items()],
        widget=GovRadioInput(),
        validate_choice=False,
    )

    language_missing = _l("Select the language you wrote the other reasons in")

    def __init__(
        self,
        *args: Any,
        received: dt.date,
        received_written: str,
        due: dt.date,
        today: dt.date,
        young_person: bool = False,
        **kwargs: Any,
    ) -> None:
        """`received_written`: the day the request was received, as the page writes days."""
        super().__init__(*args, **kwargs)
        self.received, self.received_written = received, received_written
        self.due, self.asks_why_late = due, today > due
        if young_person:  # a request they made for themselves: they read the reasons
            self.standard_reasons.description = gettext(
                "The young person reads these in their own language. Select all that apply, "
                "or enter other reasons below."
            )
            self.reason.description = gettext(
                "Enter these if no reason above applies, or to add to them. The young person "
                "will be told these if you decide not to assess, under a line saying which "
                "language you wrote them in."
            )

    def is_late(self) -> bool:
        """A valid date after the due date (one in the future, say, is only to be fixed)."""
        return (
            isinstance(self.decided_on.data, dt.date)
            and not self.decided_on.errors
            and self.decided_on.data > self.due
        )

    def validate_late_reason(self, field: RadioField) -> None:
        if self.is_late() and field.data not in LATE_REASONS:
            raise ValidationError(_l("Select why the decision was made after it was due"))

    def own_words(self) -> bool:
        """Other reasons typed, for a decision not to assess (the only one they go with)."""
        return self.decision.data == "not_assess" and bool((self.reason.data or "").strip())

    def validate_decided_on(self, field: DateInputField) -> None:
        if isinstance(field.data, dt.date) and field.data < self.received:
            raise ValidationError(
                gettext(
                    "Date of the decision must be on or after %(date)s, when the request was "
                    "received",
                    date=self.received_written,
                )
            )

    def validate_standard_reasons(self, field: SelectMultipleField) -> None:
        """Not assessing needs a reason: one of the standard ones, or one written below."""
        if (
            self.decision.data == "not_assess"
            and not field.data
            and not (self.reason.data or "").strip()
        ):
            raise ValidationError(_l("Select at least one reason, or enter other reasons"))
