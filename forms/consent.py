"""Consent choices: agreement to the assessment, sharing with each partner that sharing
depends on consent for, and (for a young person) anyone not to share with."""

from __future__ import annotations

from typing import Any, Generic, Protocol, Self, TypeVar

from flask import current_app
from flask_babel import gettext
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput
from wtforms import HiddenField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional, ValidationError

from forms import items
from forms.kit.base import KitForm
from forms.kit.fields import YES_NO, _l, long_text, radios
from forms.kit.question import QuestionForm, in_own_voice, item

NO_SHARING = "none"
CONFIRMED = "confirmed"
# A parent's confirmation for a young person of 16 or older: stored as its own answer, so
# that it is read back in the words they confirmed.
CONFIRMED_FOR_THEM = "confirmed_for_young_person"


def consent_partners(young_person: bool = False) -> list[Any]:
    """app.yaml's partners that the council shares with only if the family agrees: for a
    young person asking for themselves, not those for young children only."""
    config = current_app.extensions["portal_settings"].config
    return [
        partner
        for partner in config.partners
        if partner.basis == "consent" and not (young_person and partner.young_children_only)
    ]


def offered_sharing(sharing: list[str] | None, young_person: bool) -> list[str]:
    """A sharing answer without the choices not offered to its reader: one saved before a
    choice was taken away from them keeps the rest."""
    offered = {partner.id for partner in consent_partners(young_person)} | {NO_SHARING}
    return [choice for choice in sharing or [] if choice in offered]


class ExclusiveCheckboxes(GovCheckboxesInput):
    """GOV.UK's checkboxes with "or" before the choice that unticks the others."""

    def map_gov_params(self, field: Any, **kwargs: Any) -> dict[str, Any]:
        params = super().map_gov_params(field, **kwargs)
        shown = []
        for entry in params["items"]:
            if entry.get("behaviour") == "exclusive":
                shown.append({"divider": gettext("or")})
            shown.append(entry)
        params["items"] = shown
        return params


class Wording(Protocol):
    """What a stamp needs of the wording shown (portal/consent/wording.py's Wording)."""

    @property
    def version(self) -> str: ...

    @property
    def sha256(self) -> str: ...


class StampField(HiddenField):
    """A hidden field that keeps what was posted in `data`, to check it, but always
    shows the stamp of the wording shown now: a page shown again after the wording
    changed carries the new stamp."""

    shown = ""

    def _value(self) -> str:
        return self.shown


W = TypeVar("W", bound=Wording)


class StampedForm(KitForm, Generic[W]):
    """A form shown with wording the person must have read, stamped with that wording's
    version and hash in hidden fields. Build it, then call `with_wording`: validation
    then also fails, with `wording_problem` set, when what was posted names other
    wording than the page shows now (a new version or translation, a switched language
    or a tampered form), and the page shown again carries the new wording's stamp."""

    wording_version = StampField()
    wording_sha256 = StampField()
    wording: W
    wording_problem: str | None = None

    def with_wording(self, wording: W) -> Self:
        self.wording = wording
        self.wording_version.shown = wording.version
        self.wording_sha256.shown = wording.sha256
        return self

    def validate(self, extra_validators: Any = None) -> bool:
        """The answers first: the wording is checked only once they are valid."""
        if not super().validate(extra_validators):
            return False
        read = (self.wording_version.data, self.wording_sha256.data)
        if read != (self.wording.version, self.wording.sha256):
            problem = _l(
                "The wording on this page has changed since you opened it. Read it again, then "
                "make your choices"
            )
            self.wording_problem = str(
                in_own_voice(problem) if getattr(self, "young_person", False) else problem
            )
            return False
        return True


class ConsentForm(StampedForm[W], QuestionForm):
    """The choices a parent or carer makes for a child, stamped with the wording they
    read (see portal/consent/wording.py)."""

    assessment = radios(
        items.CONSENT_ASSESSMENT,
        _l("Select yes if you agree to the EHC needs assessment"),
        YES_NO,
    )
    sharing = item(
        items.CONSENT_SHARING,
        SelectMultipleField,
        _l("Select who we can share information with, or select that we must not share it"),
        choices=[],
        widget=ExclusiveCheckboxes(),
    )
    declaration = item(
        items.CONSENT_DECLARATION,
        SelectMultipleField,
        _l("Confirm that you can give consent"),
        choices=[],
        widget=GovCheckboxesInput(),
    )
    declaration_to_withdraw = True  # see `for_changing`

    def __init__(self, *args: Any, young_person: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, young_person=young_person, **kwargs)
        partners = consent_partners(young_person)
        self.sharing.choices = [
            *(SelectChoice(partner.id, gettext(partner.name)) for partner in partners),
            SelectChoice(
                NO_SHARING,
                gettext("No, do not share my information with any of these")
                if young_person
                else gettext("No, do not share information with any of these"),
            ),
        ]
        self.partner_hints = {partner.id: gettext(partner.description) for partner in partners}
        self.partner_hints[NO_SHARING] = gettext(
            "These services will not be able to give advice or help plan support."
        )
        self.declaration.choices = [
            SelectChoice(
                CONFIRMED,
                gettext(
                    "I understand what I am agreeing to, and I know I can change my mind "
                    "at any time"
                )
                if young_person
                else gettext(
                    "I have parental responsibility for the child or young person, and I can "
                    "give consent for them"
                ),
            )
        ]
        if young_person:
            self.declaration.validators[0].message = _l(
                "Confirm that you understand what you are agreeing to"
            )
        else:  # read back too: what a parent confirmed for a young person of 16 or older
            self.declaration.also_read_back = [SelectChoice(CONFIRMED_FOR_THEM, _for_them())]

    def for_changing(self) -> Self:
        """For changing the consent in force on a case: withdrawing all of it (no sharing
        and, where asked, no assessment) asks no declaration, which is about giving
        consent. A request's consent page asks it always."""
        self.declaration_to_withdraw = False
        return self

    def gives_none(self) -> bool:
        agrees = self.assessment is not None and self.assessment.data == "yes"
        return self.sharing.data == [NO_SHARING] and not agrees

    def validate(self, extra_validators: Any = None) -> bool:
        if not self.declaration_to_withdraw and self.gives_none():
            self.declaration.validators = [Optional()]
        return super().validate(extra_validators)

    def without_assessment(self) -> Self:
        """For a case past the assessment: agreeing to it is no longer asked (call before
        `with_wording`, which hashes the questions asked)."""
        del self.assessment
        self.catalogue_fields = {
            name: found for name, found in self.catalogue_fields.items() if name != "assessment"
        }
        return self

    def validate_sharing(self, field: SelectMultipleField) -> None:
        if NO_SHARING in (field.data or []) and len(field.data) > 1:
            raise ValidationError(
                _l(
                    "Select who we can share information with, or select that we must not "
                    "share it, not both"
                )
            )


def _for_them() -> str:
    return gettext(
        "They have asked me to make this request and these choices for them, or they cannot "
        "make these decisions for themselves and I can make them on their behalf"
    )


class ForAYoungPersonConsentForm(ConsentForm[W]):
    """A parent or carer answering for a young person of 16 or older. The decisions are
    the young person's own: the parent confirms the young person asked them to make them,
    or cannot make them (the Mental Capacity Act 2005), instead of parental responsibility."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.declaration.choices = [SelectChoice(CONFIRMED_FOR_THEM, _for_them())]
        self.declaration.validators[0].message = _l(
            "Confirm that the young person asked you to make these choices for them, or "
            "cannot make them for themselves"
        )


class YoungPersonConsentForm(ConsentForm[W]):
    """A young person consents for themselves, and may name anyone not to share with."""

    exclusions = long_text(
        items.CONSENT_EXCLUSIONS, name=_l("People we must not share with"), limit=500
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["young_person"] = True
        super().__init__(*args, **kwargs)
        self._fields.move_to_end("declaration")  # errors in the order of the page


class WithdrawForm(StampedForm[W]):
    """Withdrawing one choice: the button, and the stamp of the wording shown with it."""
