"""A response to a draft EHC plan: a comment on a section, the setting asked for, a
meeting, a personal budget, and evidence."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext
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
# The last choice of the kinds, after "or": no setting asked for. Never stored: saved, it
# clears the name and the kind (`SettingForm.answers`).
NO_SETTING = "none"
SETTING_NAME = "draft_plan.setting_name"
SETTING_TYPE = "draft_plan.setting_type"


class RadiosWithNone(GovRadioInput):
    """GOV.UK's radios with "or" before the choice of none."""

    def map_gov_params(self, field: Any, **kwargs: Any) -> dict[str, Any]:
        params = super().map_gov_params(field, **kwargs)
        shown: list[dict[str, Any]] = []
        for entry in params["items"]:
            if entry.get("value") == NO_SETTING:
                shown.append({"divider": gettext("or")})
            shown.append(entry)
        params["items"] = shown
        return params


class SectionCommentForm(QuestionForm):
    comment = long_text("draft_plan.comment", name=_l("Your comments"), limit=COMMENT_LIMIT)


class SettingForm(QuestionForm):
    """Both are the family's choice, but one without the other cannot be acted on. A kind
    once chosen cannot be unchosen: the choice of none takes a request back."""

    setting_name = short_text(SETTING_NAME, name=_l("The name of the setting"), limit=200)
    setting_type = item(
        SETTING_TYPE,
        RadioField,
        choices=options(
            [
                *SETTING_TYPES,
                (
                    NO_SETTING,
                    # NOTE: The last choice under "What kind of setting is it?", after
                    # "or": the parent or young person takes back a request for a setting.
                    _l("I do not want to ask for a particular school, college or other setting"),
                ),
            ]
        ),
        widget=RadiosWithNone(),
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
        if SETTING_TYPE in answers and not answers[SETTING_TYPE] and not answers.get(SETTING_NAME):
            field.data = NO_SETTING  # saved as none asked for
        offered = {choice.value for choice in field.choices}
        if field.invalid_choice_message and field.data and field.data not in offered:
            field.data = None
            field.errors = [field.invalid_choice_message]

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        if not valid:
            return False
        if self.setting_type.data == NO_SETTING:
            if not self.setting_name.data:
                return True
            self.setting_type.errors = [
                self.in_readers_voice(
                    _l(
                        "Select what kind of setting it is, or delete the name if you do not "
                        "want to ask for one"
                    )
                )
            ]
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

    def answers(self) -> dict[str, Any]:
        """None asked for is saved as both empty; the page left blank saves nothing, and
        stays "Not answered"."""
        if self.setting_type.data == NO_SETTING:
            return {SETTING_NAME: None, SETTING_TYPE: None}
        if not self.setting_type.data and not self.setting_name.data:
            return {}
        return super().answers()


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
