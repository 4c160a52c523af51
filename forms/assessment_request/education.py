"""The request's education section: where the child or young person learns now, and
where they learnt before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flask_babel import lazy_pgettext

from forms.kit.fields import _l, long_text, radios, short_text
from forms.kit.question import QuestionForm

HOME_EDUCATED = "home"


class SettingForm(QuestionForm):
    setting_type = radios(
        "education.setting_type",
        _l("Select where they learn now"),
        [
            ("early_years", _l("Nursery, pre-school or childminder")),
            ("school", _l("School")),
            ("college", _l("College or sixth form")),
            ("training", _l("Apprenticeship, traineeship or other training")),
            (HOME_EDUCATED, _l("Educated at home by their parents (elective home education)")),
            ("none", _l("Not in education or training")),
        ],
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        required_self=_l("Select where you learn now"),
    )
    setting_name = short_text(
        "education.setting_name",
        _l("Enter the name of the nursery, school or college"),
        name=_l("Name of the nursery, school or college"),
        limit=200,
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        required_self=_l("Enter the name of your college, school, training provider or employer"),
    )
    year_group = short_text("education.year_group", name=_l("Year group or course"), limit=60)

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        """A young person (16 to 25) asking for themselves is not offered a nursery (one
        chosen before it was taken away is kept, so it still reads back by its name)."""
        super().__init__(*args, young_person=young_person, **kwargs)
        if young_person and self.setting_type.data != "early_years":
            self.setting_type.choices = [
                choice for choice in self.setting_type.choices if choice.value != "early_years"
            ]
        if young_person:
            self.setting_type.choices = [
                replace(choice, label=HOME_EDUCATED_SELF)
                if choice.value == HOME_EDUCATED
                else choice
                for choice in self.setting_type.choices
            ]

    def validate(self, extra_validators: Any = None) -> bool:
        """With no setting chosen yet, ask only for that: which name to give depends on it."""
        valid = super().validate(extra_validators)
        if not self.setting_type.data:
            self.setting_name.errors = []
        return valid


# NOTE: A young person (16 to 25) asking for their own assessment reads this.
# Speak to them informally (tu, ty, ти, sen), as to a young adult.
HOME_EDUCATED_SELF = lazy_pgettext("young person", "Educated at home (elective home education)")


class HistoryForm(QuestionForm):
    previous_settings = long_text(
        "education.previous_settings",
        name=_l("Previous schools, colleges or other settings"),
        limit=1000,
    )
    exclusions = long_text(
        "education.exclusions", name=_l("Exclusions or alternative provision"), limit=1000
    )
