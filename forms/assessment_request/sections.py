"""The EHC needs assessment request's journey: its sections, and the pages of questions
in each, with who is asked each page (a parent or carer, a young person, or both)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forms.assessment_request.education import HistoryForm, SettingForm
from forms.assessment_request.questions import (
    AreasOfNeedForm,
    ChildAddressForm,
    ChildDateOfBirthForm,
    ChildEthnicityForm,
    ChildLanguageForm,
    ChildLookedAfterForm,
    ChildNameForm,
    ChildUpnForm,
    ContactForm,
    CurrentSupportForm,
    DiagnosesForm,
    NeedsForm,
    OthersWithResponsibilityForm,
    ParentLanguageForm,
    ParentNameForm,
    ProfessionalsForm,
)
from forms.kit.fields import _l
from forms.kit.question import N_, QuestionForm, in_own_words

PARENT = "parent_carer"
YOUNG_PERSON = "young_person"
BOTH = (PARENT, YOUNG_PERSON)


def asks_for_themselves(role: str | None) -> bool:
    """Whether the request is the young person's own (16 to 25, asking for themselves):
    then the contact details given are theirs, not a parent's or carer's. Every page that
    reads a request back (the family's, the caseworker's) decides it here."""
    return role == YOUNG_PERSON


@dataclass(frozen=True)
class Page:
    slug: str
    form: type[QuestionForm]
    title: Any = None  # a page with several questions has a heading of its own
    title_self: str | None = None  # a msgid (N_), shown through `in_own_words`
    roles: tuple[str, ...] = BOTH

    def heading(self, young_person: bool) -> Any:
        if young_person and self.title_self:
            return in_own_words(self.title_self, young_person=True)
        return self.title


@dataclass(frozen=True)
class Section:
    slug: str
    title: Any
    title_self: str  # a msgid (N_), shown through `in_own_words`
    pages: tuple[Page, ...]

    def heading(self, young_person: bool) -> Any:
        return in_own_words(self.title_self, young_person=True) if young_person else self.title

    def pages_for(self, role: str) -> list[Page]:
        return [page for page in self.pages if role in page.roles]

    def items_for(self, role: str) -> list[str]:
        return [
            item_id
            for page in self.pages_for(role)
            for item_id, _message in page.form.catalogue_fields.values()
        ]


# The young person's own headings (`title_self`) that differ from a parent's are read by a
# young person only; those that are the same English have a "young person" entry
# (portal/platform/voices.py).
SECTIONS: tuple[Section, ...] = (
    Section(
        "child",
        _l("About the child or young person"),
        N_("About you"),
        (
            Page(
                "name",
                ChildNameForm,
                _l("What is their name?"),
                # NOTE: A young person (16 to 25) asking for their own assessment reads this.
                # Speak to them informally (tu, ty, ти, sen), as to a young adult.
                N_("What is your name?"),
            ),
            Page("date-of-birth", ChildDateOfBirthForm),
            Page(
                "address",
                ChildAddressForm,
                _l("What is their address?"),
                # NOTE: A young person (16 to 25) asking for their own assessment reads this.
                # Speak to them informally (tu, ty, ти, sen), as to a young adult.
                N_("What is your address?"),
            ),
            Page("upn", ChildUpnForm),
            Page("language", ChildLanguageForm, _l("Language"), N_("Language")),
            Page("ethnicity", ChildEthnicityForm),
            Page("looked-after", ChildLookedAfterForm),
        ),
    ),
    Section(
        "you",
        _l("About you and everyone with parental responsibility"),
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        N_("Your contact details"),
        (
            Page("name", ParentNameForm, _l("About you"), roles=(PARENT,)),
            Page(
                "contact",
                ContactForm,
                _l("How can we contact you?"),
                N_("How can we contact you?"),
            ),
            Page("language", ParentLanguageForm, roles=(PARENT,)),
            Page("others", OthersWithResponsibilityForm, roles=(PARENT,)),
        ),
    ),
    Section(
        "education",
        _l("Education setting and history"),
        N_("Education setting and history"),
        (
            Page(
                "setting",
                SettingForm,
                _l("Where they learn now"),
                # NOTE: A young person (16 to 25) asking for their own assessment reads this.
                # Speak to them informally (tu, ty, ти, sen), as to a young adult.
                N_("Where you learn now"),
            ),
            Page("history", HistoryForm, _l("Education history"), N_("Education history")),
        ),
    ),
    Section(
        "needs",
        _l("Needs and difficulties"),
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        N_("Your needs and difficulties"),
        (
            Page("areas", AreasOfNeedForm),
            Page("description", NeedsForm),
            Page("diagnoses", DiagnosesForm),
        ),
    ),
    Section(
        "support",
        _l("Support already in place"),
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        N_("Support you already get"),
        (
            Page("current", CurrentSupportForm),
            Page("professionals", ProfessionalsForm),
        ),
    ),
)


def section(slug: str) -> Section | None:
    return next((s for s in SECTIONS if s.slug == slug), None)
