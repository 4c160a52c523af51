"""Consent: the wording people read, the choices they make, and the events that record them.

Consent is a list of events, never a value that is changed: each choice given or
withdrawn is a new row, and the current consent for a case is the latest event for each
choice. Every event names the wording the person read: a version, and the SHA-256 of the
text in the language they read it in. The text itself is kept once in consent_wordings,
so a caseworker can read exactly what was agreed to. Bump WORDING_VERSION whenever the
English wording changes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from flask_babel import get_locale, gettext
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from forms import items
from forms.consent import (
    CONFIRMED,
    NO_SHARING,
    ConsentForm,
    YoungPersonConsentForm,
    consent_partners,
)
from portal.case_api import ordering
from portal.models import AssessmentRequest, CaseLink, ConsentEvent, ConsentWording, OutboxMessage
from portal.models.base import utcnow
from portal.platform import db, extensions

WORDING_VERSION = "2026-11.1"
ASSESSMENT = "assessment"
EXCLUSIONS = "named_exclusions"
SHARE = "share:"
YOUNG_PERSON = "young_person"
ADULT_AGE = 16  # a young person makes their own decisions from 16 (Children and Families Act 2014)


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


@dataclass(frozen=True)
class Change:
    choice: str
    given: bool
    detail: str | None = None


def _config() -> Any:
    return extensions.settings().config


def _language() -> str:
    return str(get_locale())


def form_for(young_person: bool, **kwargs: Any) -> ConsentForm:
    return _form_class(young_person)(**kwargs)


def form_for_reading(young_person: bool) -> ConsentForm:
    return _form_class(young_person).for_reading(young_person)


def _form_class(young_person: bool) -> type[ConsentForm]:
    return YoungPersonConsentForm if young_person else ConsentForm


def legal_duties() -> list[Any]:
    return [partner for partner in _config().partners if partner.basis == "legal_duty"]


@dataclass(frozen=True)
class Explanation:
    """What the council will do, and who it must share with: shown above the choices."""

    intro: tuple[str, ...]
    duty_lead: str
    duties: tuple[tuple[str, str], ...]
    change: str
    help: str | None


def explanation(young_person: bool) -> Explanation:
    intro = (
        (
            gettext(
                "If you agree, we will carry out an EHC needs assessment. We will ask your "
                "school or college, health and social care professionals and an educational "
                "psychologist for advice about your needs, and we will ask for your views."
            ),
            gettext(
                "We use what we learn to decide whether you need an EHC plan, and to write it."
            ),
        )
        if young_person
        else (
            gettext(
                "If you agree, we will carry out an EHC needs assessment. We will ask the "
                "child's or young person's school or college, health and social care "
                "professionals and an educational psychologist for advice about their needs, "
                "and we will ask for your views and theirs."
            ),
            gettext(
                "We use what we learn to decide whether they need an EHC plan, and to write it."
            ),
        )
    )
    return Explanation(
        intro=intro,
        duty_lead=gettext(
            "The law says we must share some information, so we do not ask you to choose:"
        ),
        duties=tuple(
            (gettext(partner.name), gettext(partner.description)) for partner in legal_duties()
        ),
        change=gettext(
            "You can change your choices or withdraw your consent at any time from your "
            "account. We then stop sharing from that day, but we cannot take back what we "
            "have already shared."
        ),
        help=gettext(
            "If anything here is not clear, ask someone you trust to help you, or contact the "
            "SEN team. You do not have to decide today."
        )
        if young_person
        else None,
    )


def choices_wording(form: ConsentForm, young_person: bool) -> Wording:
    """Everything the choices page shows, in the order it shows it."""
    shown = explanation(young_person)
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


def withdrawal_wording(choice: str) -> Wording:
    return Wording(
        WORDING_VERSION,
        _language(),
        (
            gettext("Withdraw consent: %(choice)s", choice=choice_label(choice)),
            withdrawal_effect(choice),
        ),
    )


def withdrawal_effect(choice: str) -> str:
    if choice == ASSESSMENT:
        return gettext(
            "We will stop the EHC needs assessment and contact you to talk about what happens "
            "next. Advice we have already been given stays on the case."
        )
    if choice == EXCLUSIONS:
        return gettext("We will no longer keep information from the people you named.")
    return gettext(
        "We will stop sharing information with them from today. We cannot take back what "
        "we have already shared."
    )


def stamp(form: Any, wording: Wording) -> None:
    """Put the wording's version and hash in the form's hidden fields."""
    form.wording_version.data = wording.version
    form.wording_sha256.data = wording.sha256


def matches(version: str | None, sha256: str | None, wording: Wording) -> bool:
    """Did the person read the wording we would show now? A changed translation, a new
    version, a switched language or a tampered form all say no."""
    return version == wording.version and sha256 == wording.sha256


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


def choice_label(choice: str) -> str:
    if choice == ASSESSMENT:
        return gettext("Agreement to the EHC needs assessment")
    if choice == EXCLUSIONS:
        return gettext("People we must not share information with")
    if choice.startswith(SHARE):
        try:
            name = gettext(_config().partner(choice.removeprefix(SHARE)).name)
        except KeyError:
            name = choice.removeprefix(SHARE)
        return gettext("Sharing with %(partner)s", partner=name)
    return choice


def choices() -> list[str]:
    """Every choice a person can make, in the order they are asked."""
    return [ASSESSMENT, *(SHARE + p.id for p in consent_partners()), EXCLUSIONS]


def wanted(answers: dict[str, Any]) -> dict[str, Change]:
    """The state the person asked for, from the consent form's answers."""
    sharing = answers.get(items.CONSENT_SHARING) or []
    result = {ASSESSMENT: Change(ASSESSMENT, answers.get(items.CONSENT_ASSESSMENT) == "yes")}
    for choice in choices()[1:-1]:
        result[choice] = Change(choice, choice.removeprefix(SHARE) in sharing)
    exclusions = (answers.get(items.CONSENT_EXCLUSIONS) or "").strip() or None
    result[EXCLUSIONS] = Change(EXCLUSIONS, exclusions is not None, exclusions)
    return result


def changes(now: dict[str, ConsentEvent], asked: dict[str, Change]) -> list[Change]:
    """What must be recorded to go from the current consent to what was asked for.

    A choice never given and still not wanted records nothing: there is nothing to
    withdraw. Named exclusions are recorded again whenever the names change."""
    result = []
    for choice, change in asked.items():
        event = now.get(choice)
        given_now = event is not None and event.given
        if not change.given and not given_now:
            continue
        if change.given and event is not None and given_now and event.detail == change.detail:
            continue
        result.append(change)
    return result


def lock(reference: str) -> None:
    """Make changes to one case's consent one at a time: call before reading the consent
    in force to change it, so a choice pressed twice at once is recorded once."""
    db.lock(CaseLink, CaseLink.case_reference == reference)


def current(reference: str) -> dict[str, ConsentEvent]:
    """The latest event for each choice on the case: the consent in force now."""
    result: dict[str, ConsentEvent] = {}
    for event in history(reference):
        result.setdefault(event.choice, event)
    return result


def history(reference: str) -> list[ConsentEvent]:
    """Newest first."""
    return list(
        db.session().scalars(
            select(ConsentEvent)
            .where(ConsentEvent.case_reference == reference)
            .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id)
        )
    )


def answers_from(now: dict[str, ConsentEvent]) -> dict[str, Any]:
    """The consent form filled in with the consent in force, for changing it."""
    if not now:
        return {}
    sharing = [c.removeprefix(SHARE) for c, e in now.items() if c.startswith(SHARE) and e.given]
    exclusions = now.get(EXCLUSIONS)
    return {
        items.CONSENT_ASSESSMENT: "yes" if now.get(ASSESSMENT) and now[ASSESSMENT].given else "no",
        items.CONSENT_SHARING: sharing or [NO_SHARING],
        items.CONSENT_EXCLUSIONS: exclusions.detail if exclusions and exclusions.given else None,
    }


def complete(answers: dict[str, Any]) -> bool:
    return bool(
        answers.get(items.CONSENT_ASSESSMENT)
        and answers.get(items.CONSENT_SHARING)
        and CONFIRMED in (answers.get(items.CONSENT_DECLARATION) or [])
    )


def record(
    reference: str,
    account_id: str,
    given_by: str,
    to_record: list[Change],
    wording: dict[str, str],
    occurred_at: dt.datetime | None = None,
) -> list[ConsentEvent]:
    """Add the events and their outbox messages to the current transaction."""
    session = db.session()
    at = occurred_at or utcnow()
    after = ordering.creating_message_key(reference)
    events = []
    for change in to_record:
        event = ConsentEvent(
            case_reference=reference,
            account_id=account_id,
            given_by=given_by,
            choice=change.choice,
            given=change.given,
            detail=change.detail,
            occurred_at=at,
            wording_version=wording["version"],
            wording_sha256=wording["sha256"],
            language=wording["language"],
            method="online",
        )
        session.add(event)
        session.flush()
        session.add(
            OutboxMessage(
                kind="consent_event.create",
                idempotency_key=f"consent-event-{event.id}",
                after_key=after,
                payload={
                    "case_reference": reference,
                    "event": {
                        "choice": event.choice,
                        "given": event.given,
                        "detail": event.detail,
                        "given_by": given_by,
                        "occurred_at": at.isoformat(),
                        "wording_version": event.wording_version,
                        "wording_sha256": event.wording_sha256,
                        "language": event.language,
                        "method": "online",
                    },
                },
            )
        )
        events.append(event)
    return events


def wording_record(wording: Wording) -> dict[str, str]:
    return {"version": wording.version, "sha256": wording.sha256, "language": wording.language}


def date_of_birth(reference: str) -> dt.date | None:
    """The child's or young person's date of birth: from the request this portal sent,
    or else from the case system."""
    from portal.case_api import reads

    answers = db.session().scalar(
        select(AssessmentRequest.answers).where(AssessmentRequest.reference == reference)
    )
    born = (answers or {}).get(items.CHILD_DATE_OF_BIRTH)
    if not born:
        body = reads.case_status(reference).body or {}
        born = body.get("date_of_birth")
    return dt.date.fromisoformat(born) if born else None


def too_young_to_consent(link: CaseLink, today: dt.date | None = None) -> bool:
    """A young person gives consent only for themselves, and only from 16."""
    if link.relationship != YOUNG_PERSON:
        return False
    born = date_of_birth(link.case_reference)
    if born is None:
        return False
    now = today or dt.date.today()
    age = now.year - born.year - ((now.month, now.day) < (born.month, born.day))
    return age < ADULT_AGE


def wording_changed() -> str:
    return gettext(
        "The wording on this page has changed since you opened it. Read it again, then "
        "make your choices"
    )
