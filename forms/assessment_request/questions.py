"""The EHC needs assessment request's questions: one form for each page of questions
(forms/assessment_request/sections.py puts them in sections and pages)."""

from __future__ import annotations

from typing import Any

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovTextInput,
)
from wtforms import SelectMultipleField, StringField

from forms import items
from forms.kit.fields import (
    YES_NO,
    YES_NO_UNSURE,
    PhoneField,
    _l,
    long_text,
    options,
    radios,
    short_text,
)
from forms.kit.question import DateInputField, QuestionForm, item, today
from forms.kit.validators import (
    OLDEST_ASSESSED,
    YOUNG_PERSON_AGES,
    LengthOf,
    date_of_birth_age,
    email_address,
    normalise_phone,
    normalise_postcode,
    normalise_upn,
    person_name,
    phone_number,
    squash,
    uk_postcode,
    unique_pupil_number,
)

# --- who is asking -------------------------------------------------------------------


class WhoIsAskingForm(QuestionForm):
    role = radios(
        items.REQUESTER_ROLE,
        _l("Select who is asking for the assessment"),
        [
            (
                "parent_carer",
                _l("I'm a parent or carer with parental responsibility for the child"),
            ),
            ("young_person", _l("I'm a young person aged 16 to 25 asking for myself")),
            ("professional", _l("I'm a professional working with a family")),
        ],
    )


# --- about the child or young person ---------------------------------------------------


class ChildNameForm(QuestionForm):
    first_name = short_text(
        items.CHILD_FIRST_NAME,
        _l("Enter a first name"),
        person_name(_l("First name")),
        name=_l("First name"),
        purpose="given-name",
    )
    last_name = short_text(
        items.CHILD_LAST_NAME,
        _l("Enter a last name"),
        person_name(_l("Last name")),
        name=_l("Last name"),
        purpose="family-name",
    )
    preferred_name = short_text(
        "child.preferred_name", name=_l("Preferred name"), purpose="nickname"
    )


class ChildDateOfBirthForm(QuestionForm):
    date_of_birth = item(
        items.CHILD_DATE_OF_BIRTH,
        DateInputField,
        _l("Enter a date of birth"),
        name_in_errors=_l("Date of birth"),
        purpose="bday",
    )

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, young_person=young_person, **kwargs)
        if young_person:
            limits = date_of_birth_age(
                today,
                YOUNG_PERSON_AGES[0],
                OLDEST_ASSESSED,
                _l(
                    "You must be 16 or older to ask for yourself. A parent or carer can ask for you"
                ),
                _l("You must be under 25 to ask for an EHC needs assessment"),
            )
        else:
            limits = date_of_birth_age(
                today,
                0,
                OLDEST_ASSESSED,
                _l("Date of birth must be in the past"),
                _l("The child or young person must be under 25"),
            )
        self.date_of_birth.validators = [*self.date_of_birth.validators, limits]


class ChildAddressForm(QuestionForm):
    address_line_1 = short_text(
        "child.address_line_1",
        _l("Enter address line 1, typically the building and street"),
        name=_l("Address line 1"),
        purpose="address-line1",
    )
    address_line_2 = short_text(
        "child.address_line_2", name=_l("Address line 2"), purpose="address-line2"
    )
    address_town = short_text(
        "child.address_town",
        _l("Enter town or city"),
        name=_l("Town or city"),
        purpose="address-level2",
    )
    address_postcode = item(
        items.CHILD_ADDRESS_POSTCODE,
        StringField,
        _l("Enter postcode"),
        purpose="postal-code",
        widget=GovTextInput(),
        filters=[normalise_postcode],
        render_kw={"dir": "ltr"},
        validators=[uk_postcode],
    )


class ChildUpnForm(QuestionForm):
    upn = item(
        items.CHILD_UPN,
        StringField,
        widget=GovTextInput(),
        filters=[normalise_upn],
        render_kw={"dir": "ltr"},
        validators=[unique_pupil_number],
    )


class ChildLanguageForm(QuestionForm):
    first_language = short_text(
        "child.first_language",
        _l("Enter a first language"),
        name=_l("First language"),
        limit=60,
        purpose="language",
    )
    interpreter_needed = radios(
        "child.interpreter_needed",
        _l("Select yes if an interpreter is needed"),
        YES_NO,
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        required_self=_l("Select yes if you need an interpreter"),
    )


ETHNIC_GROUPS = [
    ("WBRI", _l("White – English, Welsh, Scottish, Northern Irish or British")),
    ("WIRI", _l("White – Irish")),
    ("WIRT", _l("White – Traveller of Irish heritage")),
    ("WROM", _l("White – Gypsy or Roma")),
    ("WOTH", _l("White – any other White background")),
    ("MWBC", _l("Mixed – White and Black Caribbean")),
    ("MWBA", _l("Mixed – White and Black African")),
    ("MWAS", _l("Mixed – White and Asian")),
    ("MOTH", _l("Mixed – any other mixed background")),
    ("AIND", _l("Asian or Asian British – Indian")),
    ("APKN", _l("Asian or Asian British – Pakistani")),
    ("ABAN", _l("Asian or Asian British – Bangladeshi")),
    ("CHNE", _l("Asian or Asian British – Chinese")),
    ("AOTH", _l("Asian or Asian British – any other Asian background")),
    ("BCRB", _l("Black or Black British – Caribbean")),
    ("BAFR", _l("Black or Black British – African")),
    ("BOTH", _l("Black or Black British – any other Black background")),
    ("OOTH", _l("Any other ethnic group")),
    ("REFU", _l("Prefer not to say")),
]


class ChildEthnicityForm(QuestionForm):
    ethnicity = radios("child.ethnicity", None, ETHNIC_GROUPS)


class ChildLookedAfterForm(QuestionForm):
    looked_after = radios(
        "child.looked_after",
        _l("Select yes if they are or were looked after"),
        YES_NO_UNSURE,
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        required_self=_l("Select yes if you are or were looked after by the council"),
    )


# --- about you ---------------------------------------------------------------------------


class ParentNameForm(QuestionForm):
    first_name = short_text(
        "parent.first_name",
        _l("Enter your first name"),
        person_name(_l("First name")),
        name=_l("Your first name"),
        purpose="given-name",
    )
    last_name = short_text(
        "parent.last_name",
        _l("Enter your last name"),
        person_name(_l("Last name")),
        name=_l("Your last name"),
        purpose="family-name",
    )
    relationship = radios(
        "parent.relationship",
        _l("Select your relationship to the child"),
        [
            ("mother", _l("Mother")),
            ("father", _l("Father")),
            ("step_parent", _l("Step-parent")),
            ("guardian", _l("Special guardian or legal guardian")),
            ("foster_carer", _l("Foster carer")),
            ("other", _l("Other relative or carer with parental responsibility")),
        ],
    )


class ContactForm(QuestionForm):
    email = item(
        items.CONTACT_EMAIL,
        StringField,
        _l("Enter an email address"),
        purpose="email",
        widget=GovTextInput(),
        filters=[squash],
        render_kw={"dir": "ltr"},
        validators=[
            LengthOf(254, _l("Email address")),
            email_address,
        ],
    )
    phone = item(
        "contact.phone",
        PhoneField,
        _l("Enter a phone number"),
        purpose="tel",
        widget=GovTextInput(),
        filters=[normalise_phone],
        render_kw={"dir": "ltr"},
        validators=[phone_number],
    )


class ParentLanguageForm(QuestionForm):
    first_language = short_text(
        "parent.first_language", name=_l("Your first language"), limit=60, purpose="language"
    )


class OthersWithResponsibilityForm(QuestionForm):
    others = long_text(
        "parent.others_with_responsibility",
        name=_l("Others with parental responsibility"),
        limit=1000,
    )


# --- needs ---------------------------------------------------------------------------------

AREAS_OF_NEED = [
    (
        "communication",
        _l("Communication and interaction, for example speech, language or social communication"),
    ),
    (
        "learning",
        _l("Cognition and learning, for example reading, writing, memory or understanding"),
    ),
    (
        "semh",
        _l("Social, emotional and mental health, for example anxiety, attention or behaviour"),
    ),
    ("sensory_physical", _l("Sensory or physical, for example hearing, sight or mobility")),
]


class AreasOfNeedForm(QuestionForm):
    areas = item(
        "needs.areas",
        SelectMultipleField,
        _l("Select at least one area"),
        choices=options(AREAS_OF_NEED),
        widget=GovCheckboxesInput(),
    )


class NeedsForm(QuestionForm):
    description = long_text(
        "needs.description",
        _l("Tell us about the needs and what is difficult"),
        name=_l("The description of needs"),
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        required_self=_l("Tell us about your needs and what is difficult"),
    )


class DiagnosesForm(QuestionForm):
    diagnoses = long_text("needs.diagnoses", name=_l("Diagnoses or medical conditions"), limit=1000)


# --- support ------------------------------------------------------------------------------


class CurrentSupportForm(QuestionForm):
    current = long_text(
        "support.current",
        _l("Tell us about the support given now"),
        name=_l("The description of support"),
        # NOTE: A young person (16 to 25) asking for their own assessment reads this.
        # Speak to them informally (tu, ty, ти, sen), as to a young adult.
        required_self=_l("Tell us about the support you get now"),
    )


class ProfessionalsForm(QuestionForm):
    professionals = long_text(
        "support.professionals", name=_l("Professionals involved"), limit=2000
    )
