"""A response to a draft EHC plan: a comment on a section, the setting asked for, a
meeting, a personal budget, and evidence."""

from __future__ import annotations

from typing import Any

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovRadioInput
from wtforms import RadioField

from forms.kit.fields import YES_NO, _l, long_text, options, radios, short_text
from forms.kit.question import QuestionForm, item

COMMENT_LIMIT = 5000
SETTING_TYPES = [
    ("mainstream", _l("A mainstream school or college")),
    ("special", _l("A special school")),
    ("independent", _l("An independent school or college")),
    ("specialist_post16", _l("A specialist post-16 institution")),
]
# For a young person over compulsory school age (portal/draft_plans/setting_kinds.py).
POST16 = frozenset({"specialist_post16"})


class SectionCommentForm(QuestionForm):
    comment = long_text("draft_plan.comment", name=_l("Your comments"), limit=COMMENT_LIMIT)


class SettingForm(QuestionForm):
    """Both are the family's choice, but one without the other cannot be acted on."""

    setting_name = short_text(
        "draft_plan.setting_name", name=_l("The name of the setting"), limit=200
    )
    setting_type = item(
        "draft_plan.setting_type",
        RadioField,
        choices=options(SETTING_TYPES),
        widget=GovRadioInput(),
    )

    def without_post16(self) -> None:
        """For a child who will not be over compulsory school age by the next school year.
        A post-16 kind chosen all the same (saved before, or sent from a page shown
        before) is asked for again, and the page says why."""
        field = self.setting_type
        field.choices = [choice for choice in field.choices if choice.value not in POST16]
        # NOTE: A parent reads this under the kinds of setting, for a child too young
        # for a post-16 institution who had chosen one. Speak to them formally.
        field.invalid_choice_message = _l(
            "Select another kind of setting: a specialist post-16 institution is for young "
            "people over compulsory school age"
        )

    def fill_from(self, answers: dict[str, Any]) -> None:
        super().fill_from(answers)
        field = self.setting_type
        offered = {choice.value for choice in field.choices}
        if field.invalid_choice_message and field.data and field.data not in offered:
            field.data = None
            field.errors = [field.invalid_choice_message]

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        if not valid:
            return False
        if self.setting_name.data and not self.setting_type.data:
            self.setting_type.errors = [
                self.in_readers_voice(_l("Select what kind of setting it is"))
            ]
            return False
        if self.setting_type.data and not self.setting_name.data:
            self.setting_name.errors = [
                self.in_readers_voice(_l("Enter the name of the school, college or other setting"))
            ]
            return False
        return True


class MeetingForm(QuestionForm):
    """Asking for a meeting is the family's choice: a response is sent without it, and
    this page saves a blank answer as "Not answered" (the catalogue's `voluntary`)."""

    meeting = radios("draft_plan.meeting", None, YES_NO)


class PersonalBudgetForm(QuestionForm):
    """Asking for a personal budget is the family's choice, as a meeting is."""

    personal_budget = radios("draft_plan.personal_budget", None, YES_NO)


class EvidenceFileForm(QuestionForm):
    file = item("draft_plan.file", FileField, widget=GovFileInput())
    description = short_text("draft_plan.file_description", name=_l("The description"), limit=200)
