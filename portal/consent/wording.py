"""Consent wording: the text people read before they make or withdraw a choice.

Every consent event names the wording the person read: a version, and the SHA-256 of the
text in the language they read it in. The text itself is kept once in consent_wordings,
so a caseworker can read exactly what was agreed to. Bump WORDING_VERSION whenever the
English wording changes. The forms carry the stamp of the wording they were shown with
and check it themselves (forms/consent.py's StampedForm): build them here, with it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from flask_babel import get_locale, gettext
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from forms.consent import (
    ConsentForm,
    ForAYoungPersonConsentForm,
    WithdrawForm,
    YoungPersonConsentForm,
    consent_partners,
)
from portal.consent.service import ASSESSMENT, EXCLUSIONS, choice_label
from portal.consent.stage import Stage
from portal.models import ConsentWording
from portal.models.base import utcnow
from portal.platform import db, extensions
from portal.platform.sharing import partner_names
from portal.platform.voices import voiced

WORDING_VERSION = "2026-12.2"


@dataclass(frozen=True)
class Wording:
    """The text shown with a set of choices, in one language, as one string to hash."""

    version: str
    language: str
    parts: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(part.strip() for part in self.parts)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def _language() -> str:
    return str(get_locale())


def choices_form(
    young_person: bool, for_a_young_person: bool = False, stage: Stage | None = None
) -> ConsentForm[Wording]:
    """The consent choices, stamped with the wording they are shown with: a young
    person's own, or a parent's or carer's for a child or (`for_a_young_person`) for a
    young person of 16 or older; on a case past the assessment (`stage`), without it."""
    form = _form_class(young_person, for_a_young_person)()
    if stage is not None:
        form.without_assessment()
    return form.with_wording(choices_wording(form, young_person, for_a_young_person, stage))


def withdraw_form(
    choice: str,
    voice: str | None = None,
    stage: Stage | None = None,
) -> WithdrawForm[Wording]:
    """The button that withdraws one choice, stamped with the wording shown with it (in
    `voice`, "young person" for a young person's own case)."""
    form: WithdrawForm[Wording] = WithdrawForm()
    return form.with_wording(withdrawal_wording(choice, voice, stage))


def form_for_reading(young_person: bool) -> ConsentForm[Wording]:
    return _form_class(young_person).for_reading(young_person)


def _form_class(young_person: bool, for_a_young_person: bool = False) -> type[ConsentForm]:
    if young_person:
        return YoungPersonConsentForm
    return ForAYoungPersonConsentForm if for_a_young_person else ConsentForm


def legal_duties() -> list[Any]:
    config = extensions.settings().config
    return [partner for partner in config.partners if partner.basis == "legal_duty"]


@dataclass(frozen=True)
class Explanation:
    """What the council will do, and who it must share with: shown above the choices."""

    intro: tuple[str, ...]
    duty_lead: str
    duties: tuple[tuple[str, str], ...]
    change: str
    help: str | None


def _intro(young_person: bool, for_a_young_person: bool) -> tuple[str, ...]:
    """What the council will do with the consent; for a parent answering for a young
    person, whose decisions they are."""
    if young_person:
        return (
            # NOTE: A young person (16 to 25) asking for their own assessment reads this.
            # Speak to them informally (tu, ty, ти, sen), as to a young adult.
            gettext(
                "If you agree, we will carry out an EHC needs assessment. We will ask your "
                "school or college, health and social care professionals and an educational "
                "psychologist for advice about your needs, and we will ask for your views."
            ),
            # NOTE: A young person (16 to 25) asking for their own assessment reads this.
            # Speak to them informally (tu, ty, ти, sen), as to a young adult.
            gettext(
                "We use what we learn to decide whether you need an EHC plan, and to write it."
            ),
        )
    intro = (
        gettext(
            "If you agree, we will carry out an EHC needs assessment. We will ask the "
            "child's or young person's school or college, health and social care "
            "professionals and an educational psychologist for advice about their needs, "
            "and we will ask for your views and theirs."
        ),
        gettext("We use what we learn to decide whether they need an EHC plan, and to write it."),
    )
    if not for_a_young_person:
        return intro
    return (
        *intro,
        gettext(
            "From 16, a young person makes these decisions for themselves. Talk to them "
            "about each choice and answer as they decide. You can decide for them only "
            "if they cannot make these decisions themselves."
        ),
    )


def explanation(
    young_person: bool, for_a_young_person: bool = False, stage: Stage | None = None
) -> Explanation:
    voice = "young person" if young_person else None
    return Explanation(
        intro=(stage.standing, stage.agreed) if stage else _intro(young_person, for_a_young_person),
        duty_lead=voiced(
            "The law says we must share some information, so we do not ask you to choose:", voice
        ),
        duties=tuple(
            (gettext(partner.name), gettext(partner.description)) for partner in legal_duties()
        ),
        change=stage.sharing
        if stage
        else voiced(
            "You can change your choices or withdraw your consent at any time from your "
            "account. We then stop sharing from that day, but we cannot take back what we "
            "have already shared.",
            voice,
        ),
        help=(
            # NOTE: A young person (16 to 25) asking for their own assessment reads this.
            # Speak to them informally (tu, ty, ти, sen), as to a young adult.
            gettext(
                "If anything here is not clear, ask someone you trust to help you, or contact "
                "the SEN team. You do not have to decide today."
            )
            if young_person
            else None
        ),
    )


def choices_wording(
    form: ConsentForm,
    young_person: bool,
    for_a_young_person: bool = False,
    stage: Stage | None = None,
) -> Wording:
    """Everything the choices page shows, in the order it shows it."""
    shown = explanation(young_person, for_a_young_person, stage)
    parts: list[str] = [*shown.intro, shown.duty_lead]
    parts += [f"{name}: {description}" for name, description in shown.duties]
    parts.append(shown.change)
    if shown.help:
        parts.append(shown.help)
    hints = getattr(form, "partner_hints", {})
    for field, item in form.catalogue_items():
        parts += [str(field.label.text), str(field.description or "")]
        for choice in getattr(field, "choices", None) or []:
            parts.append(str(choice.label))
            if choice.value in hints:
                parts.append(hints[choice.value])
        parts.append(gettext(item.wording(young_person)[2]))
    return Wording(WORDING_VERSION, _language(), tuple(part for part in parts if part))


def withdrawal_wording(
    choice: str,
    voice: str | None = None,
    stage: Stage | None = None,
) -> Wording:
    """Taking back the people named is removing a protection, not withdrawing consent,
    and is titled so. Past the assessment, withdrawing consent to it is told with where
    the case stands and what was agreed."""
    title = (
        voiced("Remove the people we must not share information with", voice)
        if choice == EXCLUSIONS
        else voiced("Withdraw consent: %(choice)s", voice, choice=choice_label(choice))
    )
    effect = withdrawal_effect(choice, voice, stage)
    parts: tuple[str, ...]
    if stage is not None and choice == ASSESSMENT:
        parts = (title, stage.standing, stage.agreed, effect, stage.sharing)
    else:
        parts = (title, effect)
    return Wording(WORDING_VERSION, _language(), parts)


def withdrawal_effect(choice: str, voice: str | None = None, stage: Stage | None = None) -> str:
    """What withdrawing `choice` does, told to its reader (portal/consent/holders_voice.py
    has the young person's)."""
    if choice == ASSESSMENT and stage is not None:
        return stage.withdrawing
    if choice == ASSESSMENT:
        return voiced(
            "We will stop the EHC needs assessment and contact you to talk about what happens "
            "next. Advice we have already been given stays on the case.",
            voice,
        )
    if choice == EXCLUSIONS:
        return voiced(
            "We will stop keeping information from the people you named. We may then share "
            "information with them under the choices you have made.",
            voice,
        )
    return voiced(
        "We will stop sharing information with them from today. We cannot take back what "
        "we have already shared.",
        voice,
    )


def decided_by_council_record(young_person: bool) -> str:
    """The partners a consent the SEN team recorded outside this service decides on, named
    as "Why we ask for this" names them on the case's pages: which of them it agrees to
    is not known here."""
    return partner_names([partner.id for partner in consent_partners(young_person)])


def council_record(young_person: bool, still: list[str], none_here: bool) -> tuple[str, ...]:
    """Above the choices for a case whose consent the SEN team recorded outside this
    service: who it still decides on (`still`, partner ids: none withdrawn here), each
    ticked below, and that what is chosen replaces it; `none_here`: no choice made here
    yet, which it says first."""
    voice = "young person" if young_person else None
    nothing_here = voiced(
        "We have no record in this service of what you agreed to. Consent for this case "
        "was recorded by the SEN team.",
        voice,
    )
    return (
        *((nothing_here,) if none_here else ()),
        # NOTE: The SEN team recorded the family's consent for this case outside this
        # service (for example on paper); it says which of these organisations may have the
        # information. %(partners)s is a list of organisations.
        gettext(
            "We share information outside the council only as the consent recorded with the "
            "SEN team for this case says, with: %(partners)s.",
            partners=partner_names(still),
        ),
        # NOTE: Above the consent choices, after the organisations that consent decides on
        # ("them").
        voiced(
            "What you choose here replaces the consent the SEN team recorded. Each of them "
            "is ticked below: we will stop sharing with any of them you untick.",
            voice,
        ),
    )


def replacing_council_record(
    form: ConsentForm[Wording], young_person: bool, still: list[str], none_here: bool
) -> tuple[str, ...]:
    """The choices' form stamped with the words `council_record` shows above it, read
    with them."""
    shown = council_record(young_person, still, none_here)
    wording = form.wording
    form.with_wording(Wording(wording.version, wording.language, (*shown, *wording.parts)))
    return shown


def remember(wording: Wording) -> None:
    """Keep the text once. Two people reading new wording at the same moment both insert
    it; the second insert is skipped rather than failing (ON CONFLICT DO NOTHING)."""
    session = db.session()
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(ConsentWording)
        .values(
            sha256=wording.sha256,
            version=wording.version,
            language=wording.language,
            text=wording.text,
            first_shown_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["sha256"])
    )


def wording_record(wording: Wording) -> dict[str, str]:
    return {"version": wording.version, "sha256": wording.sha256, "language": wording.language}
