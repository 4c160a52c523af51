"""The catalogue items (forms/catalogue.yaml) that code reads or writes by name.

Each id is written here once; forms declare their fields with these and the portal reads
answers with them. tests/unit/test_catalogue.py checks that every constant here names an
item in the catalogue, so a renamed item cannot leave code reading an answer that no
longer exists. Plain strings: no web framework, no portal.
"""

from __future__ import annotations

from typing import Final

REQUESTER_ROLE: Final = "requester.role"

CHILD_FIRST_NAME: Final = "child.first_name"
CHILD_LAST_NAME: Final = "child.last_name"
CHILD_PREFERRED_NAME: Final = "child.preferred_name"
CHILD_DATE_OF_BIRTH: Final = "child.date_of_birth"
CHILD_ADDRESS_POSTCODE: Final = "child.address_postcode"
CHILD_UPN: Final = "child.upn"
CHILD_FIRST_LANGUAGE: Final = "child.first_language"
CHILD_INTERPRETER_NEEDED: Final = "child.interpreter_needed"

PARENT_RELATIONSHIP: Final = "parent.relationship"
PARENT_FIRST_LANGUAGE: Final = "parent.first_language"

CONTACT_EMAIL: Final = "contact.email"
CONTACT_PHONE: Final = "contact.phone"
CONTACT_CHANNELS: Final = "contact.channels"
CONTACT_MOBILE: Final = "contact.mobile"
CONTACT_LANGUAGE: Final = "contact.language"

CONSENT_ASSESSMENT: Final = "consent.assessment"
CONSENT_SHARING: Final = "consent.sharing"
CONSENT_EXCLUSIONS: Final = "consent.exclusions"
CONSENT_DECLARATION: Final = "consent.declaration"

VIEWS_HELPED_BY: Final = "views.helped_by"

DATA_RIGHTS_RIGHT: Final = "data_rights.right"
DATA_RIGHTS_DETAILS: Final = "data_rights.details"
DATA_RIGHTS_CORRECTION: Final = "data_rights.correction"
DATA_RIGHTS_ABOUT: Final = "data_rights.about"

FEEDBACK_SERVICE: Final = "feedback.service"
FEEDBACK_SATISFACTION: Final = "feedback.satisfaction"
FEEDBACK_WORKED_WELL: Final = "feedback.worked_well"
FEEDBACK_COULD_BE_BETTER: Final = "feedback.could_be_better"
FEEDBACK_CONTACT: Final = "feedback.contact"
FEEDBACK_CONTACT_NAME: Final = "feedback.contact_name"
FEEDBACK_CONTACT_EMAIL: Final = "feedback.contact_email"
FEEDBACK_CONTACT_PHONE: Final = "feedback.contact_phone"


def views_prompt(slug: str) -> str:
    """The item that holds a person's answer to one of the "All about me" prompts."""
    return f"views.{slug}"


def every_id() -> dict[str, str]:
    """Each constant's name and the item id it holds."""
    return {
        name: value
        for name, value in globals().items()
        if name.isupper() and isinstance(value, str)
    }
