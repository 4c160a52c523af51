"""Consent: the choices people make, and the events that record them.

Consent is a list of events, never a value that is changed: each choice given or
withdrawn is a new row, and the current consent for a case is the latest event for each
choice. Every event names the wording the person read (portal/consent/wording.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from flask_babel import gettext, pgettext
from sqlalchemy import ColumnElement, ScalarSelect, bindparam, case, null, select
from sqlalchemy.orm import InstrumentedAttribute

from forms import items
from forms.consent import (
    CONFIRMED,
    CONFIRMED_FOR_THEM,
    NO_SHARING,
    consent_partners,
    offered_sharing,
)
from portal.case_api import bodies, messages, ordering, reads
from portal.models import AssessmentRequest, CaseLink, ConsentEvent
from portal.models.base import utcnow
from portal.platform import db, deadlines, extensions
from portal.platform.answers import label as answers_label
from portal.platform.sharing import RecordedByCouncil

ASSESSMENT = "assessment"
EXCLUSIONS = "named_exclusions"
SHARE = "share:"
YOUNG_PERSON = "young_person"
ADULT_AGE = 16  # a young person makes their own decisions from 16 (Children and Families Act 2014)


@dataclass(frozen=True)
class Change:
    choice: str
    given: bool
    detail: str | None = None


def _config() -> Any:
    return extensions.settings().config


def what_was_done(choice: str, given: bool) -> str:
    """What an event did to its choice, as a log of them says it: naming people not to
    share with is not a consent, so it is "added" or "removed"."""
    if choice == EXCLUSIONS:
        # NOTE: What was done to the list of people we must not share information with,
        # in a log line such as "People we must not share information with, added".
        return gettext("added") if given else gettext("removed")
    return gettext("given") if given else gettext("withdrawn")


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


def in_force(
    choice: str, event: ConsentEvent | None, recorded: bool = True, on_record: bool = False
) -> str:
    """A choice in force as a caseworker reads it. The people not to share with are named,
    or none were (a parent is not asked; a young person may leave it blank): that is an
    answer, never "not given". A choice not wanted records nothing, so on a case with some
    consent recorded a missing choice was not given, unless the SEN team's record still
    decides on it (`on_record`); on a case with none (`recorded` false) nobody has
    answered here at all."""
    if not recorded:
        return gettext("Not recorded")
    if choice == EXCLUSIONS:
        return event.detail if event and event.given and event.detail else none_named()
    if event is None and (choice == ASSESSMENT or on_record):
        return recorded_by_sen_team()
    if event is None:
        return gettext("Not given")
    return gettext("Given") if event.given else gettext("Withdrawn")


def recorded_by_sen_team() -> str:
    """Agreement to the assessment on a case with consent events but none for it. A request
    sent here records it, and a change replacing the SEN team's record asks it, except
    past the assessment, where only the sharing is asked: so the SEN team's record of it
    still stands."""
    # NOTE: The answer to "Agreement to the EHC needs assessment" on a case whose consent
    # the SEN team recorded outside this service (for example on paper).
    return gettext("Recorded by the SEN team")


def none_named() -> str:
    # NOTE: The answer to "People we must not share information with" when the family
    # named nobody.
    return pgettext("people not to share with", "None named")


def choices(young_person: bool = False) -> list[str]:
    """Every choice a person (a young person for themselves) can make, in the order they
    are asked."""
    return [ASSESSMENT, *(SHARE + p.id for p in consent_partners(young_person)), EXCLUSIONS]


def offered_or_made(now: dict[str, ConsentEvent], young_person: bool) -> list[str]:
    """The choices a summary of consent lists: those the person is asked, and any made.
    Only a young person is asked whom not to share with (a parent's form does not ask)."""
    offered = [c for c in choices(young_person) if young_person or c != EXCLUSIONS]
    return [choice for choice in choices() if choice in offered or choice in now]


def wanted(answers: dict[str, Any]) -> dict[str, Change]:
    """The state the person asked for, from the consent form's answers."""
    sharing = answers.get(items.CONSENT_SHARING) or []
    result = {ASSESSMENT: Change(ASSESSMENT, answers.get(items.CONSENT_ASSESSMENT) == "yes")}
    for choice in choices()[1:-1]:
        result[choice] = Change(choice, choice.removeprefix(SHARE) in sharing)
    exclusions = (answers.get(items.CONSENT_EXCLUSIONS) or "").strip() or None
    result[EXCLUSIONS] = Change(EXCLUSIONS, exclusions is not None, exclusions)
    return result


def changes(
    now: dict[str, ConsentEvent], asked: dict[str, Change], replacing: Collection[str] = ()
) -> list[Change]:
    """What must be recorded to go from the current consent to what was asked for.

    A choice never given and still not wanted records nothing: there is nothing to
    withdraw. The choices `replacing` a consent the SEN team recorded outside this service
    are recorded withdrawn where not wanted: that record may have given them. Named
    exclusions are recorded again whenever the names change."""
    result = []
    for choice, change in asked.items():
        event = now.get(choice)
        given_now = event is not None and event.given
        given_elsewhere = event is None and choice in replacing and choice != EXCLUSIONS
        if not change.given and not given_now and not given_elsewhere:
            continue
        if change.given and event is not None and given_now and event.detail == change.detail:
            continue
        result.append(change)
    return result


def lock(reference: str) -> None:
    """Make changes to one case's consent one at a time: call before reading the consent
    in force to change it, so a choice pressed twice at once is recorded once."""
    db.lock(CaseLink, CaseLink.case_reference == reference)


def request_for_case(reference: str) -> AssessmentRequest | None:
    """The portal's request that a case reference is, if it is one: the case's pages
    for caseworkers (its consent, its views) then lead back to the request."""
    query = select(AssessmentRequest).where(AssessmentRequest.reference == reference)
    return db.session().scalar(query)


def current(reference: str) -> dict[str, ConsentEvent]:
    """The latest event for each choice on the case: the consent in force now."""
    result: dict[str, ConsentEvent] = {}
    for event in history(reference):
        result.setdefault(event.choice, event)
    return result


def current_of(references: list[str]) -> dict[str, dict[str, ConsentEvent]]:
    """`current` for each of several cases, in one statement (those with no events left
    out)."""
    result: dict[str, dict[str, ConsentEvent]] = {}
    if not references:
        return result
    for event in db.session().scalars(
        select(ConsentEvent)
        .where(ConsentEvent.case_reference.in_(references))
        .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id)
    ):
        result.setdefault(event.case_reference, {}).setdefault(event.choice, event)
    return result


def assessment_withdrawn_at(
    reference: ColumnElement[str] | InstrumentedAttribute[str],
) -> ScalarSelect[dt.datetime | None]:
    """When consent to the assessment was withdrawn, while that is the latest choice made
    about it (NULL once given again, or never recorded here): a column to read beside a
    request or a case link in the statement that reads it, as `current` would find it."""
    return (
        select(case((ConsentEvent.given, null()), else_=ConsentEvent.occurred_at))
        .where(ConsentEvent.case_reference == reference, ConsentEvent.choice == ASSESSMENT)
        .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id)
        .limit(1)
        .correlate_except(ConsentEvent)
        .scalar_subquery()
    )


_SENT_HERE = select(AssessmentRequest.id).where(
    AssessmentRequest.reference == bindparam("reference")
)


def on_sen_team_record(reference: str, now: dict[str, ConsentEvent]) -> bool:
    """Whether a choice with no event here stands as the SEN team recorded it outside this
    service (portal/consent/sen_team_record.py): on a case no request was sent for here.
    A request sent here records each choice it gives, so there a choice without an event
    was not given."""
    return not now or db.session().scalar(_SENT_HERE, {"reference": reference}) is None


def partners_agreed(reference: str) -> frozenset[str] | RecordedByCouncil:
    """The partners the case's consent in force lets the council share with (those whose
    sharing depends on agreement). On a case no request was sent for here, the SEN team
    recorded its consent: each partner no choice was made about here stands as that
    record has it."""
    now = current(reference)
    given = frozenset(
        c.removeprefix(SHARE) for c, e in now.items() if c.startswith(SHARE) and e.given
    )
    if on_sen_team_record(reference, now):
        decided = frozenset(c.removeprefix(SHARE) for c in now if c.startswith(SHARE))
        return RecordedByCouncil(reference, given, decided)
    return given


def partners_agreed_in(answers: dict[str, Any], young_person: bool) -> frozenset[str] | None:
    """The same from a request not yet sent: the partners ticked on its consent page, or
    None before that page is answered."""
    sharing = offered_sharing(answers.get(items.CONSENT_SHARING), young_person)
    if not sharing:
        return None
    return frozenset(p for p in sharing if p != NO_SHARING)


# Built once: the caseworker's and the family's consent pages read it on every view.
_HISTORY = (
    select(ConsentEvent)
    .where(ConsentEvent.case_reference == bindparam("reference"))
    .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id)
)


_LAST_EVENTS = (
    select(ConsentEvent.choice, ConsentEvent.id)
    .where(ConsentEvent.case_reference == bindparam("reference"))
    .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id)
)


def history(reference: str) -> list[ConsentEvent]:
    """Newest first."""
    return list(db.session().scalars(_HISTORY, {"reference": reference}))


def answers_from(now: dict[str, ConsentEvent]) -> dict[str, Any]:
    """The consent form filled in with the consent in force, for changing it."""
    if not now:
        return {}
    sharing = [c.removeprefix(SHARE) for c, e in now.items() if c.startswith(SHARE) and e.given]
    exclusions = now.get(EXCLUSIONS)
    answers: dict[str, Any] = {
        items.CONSENT_SHARING: sharing or [NO_SHARING],
        items.CONSENT_EXCLUSIONS: exclusions.detail if exclusions and exclusions.given else None,
    }
    if ASSESSMENT in now:  # else the SEN team's record of it stands (recorded_by_sen_team)
        answers[items.CONSENT_ASSESSMENT] = "yes" if now[ASSESSMENT].given else "no"
    return answers


# The answers of a request's consent page that the case's consent page changes later.
CHANGED_LATER = (items.CONSENT_ASSESSMENT, items.CONSENT_SHARING, items.CONSENT_EXCLUSIONS)


def answers_in_force(now: dict[str, ConsentEvent], young_person: bool) -> dict[str, Any]:
    """Each of those answers as the consent in force says it, as the family reads it: the
    people not to share with are named, or "None named"."""
    answers = answers_from(now)
    if isinstance(answers.get(items.CONSENT_SHARING), list):  # in the order they are asked
        order = [choice.removeprefix(SHARE) for choice in choices()]
        answers[items.CONSENT_SHARING].sort(key=lambda p: order.index(p) if p in order else -1)
    return {
        item_id: answers_label(item_id, answers[item_id], young_person)
        if answers.get(item_id)
        else none_named()
        for item_id in CHANGED_LATER
        if item_id in answers
    }


def as_offered(answers: dict[str, Any], young_person: bool) -> dict[str, Any]:
    """A request's answers with its sharing answer kept to the choices offered."""
    if items.CONSENT_SHARING not in answers:
        return answers
    sharing = offered_sharing(answers[items.CONSENT_SHARING], young_person)
    return {**answers, items.CONSENT_SHARING: sharing}


def complete(answers: dict[str, Any], young_person: bool) -> bool:
    return bool(
        answers.get(items.CONSENT_ASSESSMENT)
        and offered_sharing(answers.get(items.CONSENT_SHARING), young_person)
        and {CONFIRMED, CONFIRMED_FOR_THEM} & set(answers.get(items.CONSENT_DECLARATION) or [])
    )


def record(
    reference: str,
    account_id: str,
    given_by: str,
    to_record: list[Change],
    wording: dict[str, str],
    occurred_at: dt.datetime | None = None,
) -> list[ConsentEvent]:
    """Add the events and their outbox messages to the current transaction. Each waits
    behind the case's last event for the same choice, so a consent withdrawn and given
    again reaches the case system in that order."""
    session = db.session()
    at = occurred_at or utcnow()
    last: dict[str, str] = {}
    for choice, event_id in session.execute(_LAST_EVENTS, {"reference": reference}):
        last.setdefault(choice, messages.consent_event_key(event_id))
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
            messages.outbox_row(
                messages.AddConsentEvent(
                    key=messages.consent_event_key(event.id),
                    after_key=ordering.behind(last.get(change.choice), reference),
                    case_reference=reference,
                    event=bodies.ConsentEventBody(
                        choice=event.choice,
                        given=event.given,
                        detail=event.detail,
                        given_by=given_by,
                        occurred_at=at,
                        wording_version=event.wording_version,
                        wording_sha256=event.wording_sha256,
                        language=event.language,
                        method="online",
                    ),
                )
            )
        )
        events.append(event)
    return events


def date_of_birth(reference: str) -> dt.date | None:
    """The child's or young person's date of birth: from the request this portal sent,
    or else from the case system."""
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
    now = today or deadlines.council_today()
    age = now.year - born.year - ((now.month, now.day) < (born.month, born.day))
    return age < ADULT_AGE
