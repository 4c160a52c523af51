"""What this service holds for each catalogue item a family gave, from every kind of record
they send through it: requests for an assessment, views, responses to draft plans, views
for annual reviews, the files added to each, mediation dates, how they chose to hear
from us, and the feedback they asked to be contacted about (feedback/responses.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from feedback import responses
from portal.consent import sen_team_record
from portal.consent import service as consent
from portal.contact_preferences import service as contact
from portal.contributions.service import own_voice
from portal.draft_plans.service import COMMENTS
from portal.models import (
    AssessmentRequest,
    ConsentEvent,
    ContactPreference,
    Contribution,
    Document,
    DraftPlanResponse,
    MediationStep,
    RequestDraft,
    ReviewViews,
)
from portal.platform import db, deadlines
from portal.platform.answers import label
from portal.platform.i18n import list_of

# The kinds of record an answer is kept in (`Record.kind`).
REQUEST, DRAFT_RESPONSE, REVIEW_VIEWS, VIEWS = "request", "draft_response", "review_views", "views"
MEDIATION, FEEDBACK, CONTACT, CONSENT = "mediation", "feedback", "contact", "consent"


@dataclass(frozen=True)
class Record:
    """The record an answer is kept in, for staff to find it: its kind, the case it is for
    (a request's own reference is found from its draft), the day that names it (the draft
    plan's, the review's, or the day it was sent or started), and the language it was
    written in."""

    kind: str
    id: str
    case: str | None = None
    on: dt.date | None = None
    sent: bool = True
    language: str | None = None


# An answer, whether the reader was asked it as a young person, when it was given, and
# the record that keeps it.
Given = tuple[dict[str, Any], bool, dt.datetime, Record]

# The item of each mediation step a family records.
MEDIATION_ITEMS = {
    "contacted_mediation": "mediation.contacted_on",
    "mediation_certificate": "mediation.certificate_on",
}
# The file and description items of each record a document is added to.
FILE_ITEMS = {
    "draft_id": ("documents.file", "documents.description"),
    "contribution_id": ("views.file", "views.file_description"),
    "draft_response_id": ("draft_plan.file", "draft_plan.file_description"),
    "review_views_id": ("review.file", "review.file_description"),
}


@dataclass(frozen=True)
class SentViews:
    """One set of views the account wrote, with each answer as text: listed, and asked
    about, on its own, as its author was asked it (`own`: in a child's or young person's
    words)."""

    id: str
    author_role: str
    own: bool
    reference: str | None  # the case, or the request they went with
    sent_at: dt.datetime | None
    answers: dict[str, str]


def views_sent(account_id: str) -> list[SentViews]:
    """Every set of views the account wrote, the oldest first."""
    session = db.session()
    found = []
    for views in session.scalars(
        select(Contribution)
        .where(Contribution.account_id == account_id)
        .order_by(Contribution.created_at, Contribution.id)
    ):
        reference = views.case_reference
        if reference is None and views.draft_id:
            sent = session.scalar(
                select(AssessmentRequest).where(AssessmentRequest.draft_id == views.draft_id)
            )
            reference = (sent.case_reference or sent.reference) if sent else None
        own = own_voice(views)
        answers = {
            item_id: as_text(read(item_id, value, own))
            for item_id, value in views.answers.items()
            if value not in (None, "", [])
        }
        found.append(
            SentViews(views.id, views.author_role, own, reference, views.submitted_at, answers)
        )
    return found


def views_of(account_id: str, views_id: str) -> SentViews | None:
    return next((views for views in views_sent(account_id) if views.id == views_id), None)


def held(account_id: str, young_person: bool) -> dict[str, str]:
    """What this service holds for each item the family answered, as they would read it:
    the latest answer where several records gave one. `young_person`: the account holder
    is a young person (their account settings are read in their words). Views are not
    here: each set is its own (`views_sent`)."""
    found: dict[str, str] = {}
    case = consent_case(account_id)
    if case is not None:  # changed on the case's consent page since the request was sent
        found.update(
            (item_id, as_text(value))
            for item_id, value in consent.answers_in_force(case[1], young_person).items()
        )
    for answers, own, _when, _record in given(account_id, young_person):
        for item_id, value in answers.items():
            if value not in (None, "", []) and item_id not in found:
                found[item_id] = as_text(read(item_id, value, own))
    return found


def given(account_id: str, young_person: bool, each_record: bool = False) -> list[Given]:
    """Every record's answers, the newest first. `each_record`: files listed with the
    record each was added to, not all of a kind together."""
    return sorted(
        _given(account_id, young_person, each_record),
        key=lambda found: _moment(found[2]),
        reverse=True,
    )


def consent_case(account_id: str) -> tuple[str, dict[str, ConsentEvent]] | None:
    """The case whose consent the account last gave here, with a request it sent or on
    the case's consent page (a case it did not ask about here too, once what is chosen
    here is the whole of its consent): its reference (the case's, whose consent page
    changes it) and the consent in force for it."""
    session = db.session()
    sent = session.execute(
        select(AssessmentRequest.reference, AssessmentRequest.submitted_at)
        .join(RequestDraft, RequestDraft.id == AssessmentRequest.draft_id)
        .where(RequestDraft.account_id == account_id)
    )
    changed = session.execute(
        select(ConsentEvent.case_reference, func.max(ConsentEvent.occurred_at))
        .where(ConsentEvent.account_id == account_id)
        .group_by(ConsentEvent.case_reference)
    )
    latest: dict[str, dt.datetime] = {}
    for reference, at in [*sent, *changed]:
        if reference not in latest or _moment(at) > _moment(latest[reference]):
            latest[reference] = at
    references = sorted(latest, key=lambda ref: _moment(latest[ref]), reverse=True)
    now = consent.current_of(references)
    return next(
        ((ref, now[ref]) for ref in references if ref in now and not _partly(ref, now[ref])),
        None,
    )


def _partly(reference: str, now: dict[str, ConsentEvent]) -> bool:
    """Whether the SEN team's record still decides some of the case's sharing (one
    organisation withdrawn here, say): what was chosen here is then not the whole of it.
    A change made here asks about each organisation offered to a young person, which every
    family is offered too."""
    on_record = consent.on_sen_team_record(reference, now)
    return bool(sen_team_record.withdrawable(now, True, on_record))


def _moment(when: dt.datetime) -> float:
    """A time as a number, whether the database kept its zone or not (all are UTC)."""
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).timestamp()


def day_of(when: dt.datetime) -> dt.date:
    return deadlines.council_day(when if when.tzinfo else when.replace(tzinfo=dt.UTC))


def read(item_id: str, value: Any, young_person: bool) -> str | list[str]:
    if item_id == COMMENTS and isinstance(value, dict):  # a comment on each section
        return [f"{letter}: {text}" for letter, text in sorted(value.items()) if text]
    if item_id in contact.SETTINGS and isinstance(value, str):  # as "Your data" reads them
        return contact.read_back(item_id, value)
    return label(item_id, value, young_person)


def as_text(value: str | list[str]) -> str:
    return list_of(value) if isinstance(value, list) else value


def _given(account_id: str, young_person: bool, each_record: bool) -> Iterator[Given]:
    session = db.session()
    for draft in session.scalars(select(RequestDraft).where(RequestDraft.account_id == account_id)):
        on = day_of(draft.submitted_at or draft.created_at)
        kept = Record(REQUEST, draft.id, None, on, draft.submitted_at is not None, draft.language)
        yield draft.answers, draft.requester_role == "young_person", draft.updated_at, kept
    for response in session.scalars(
        select(DraftPlanResponse).where(DraftPlanResponse.account_id == account_id)
    ):
        own = response.responder_role == "young_person"
        kept = Record(
            DRAFT_RESPONSE,
            response.id,
            response.case_reference,
            response.draft_issued_on,
            response.submitted_at is not None,
            response.language,
        )
        yield response.answers, own, response.submitted_at or response.created_at, kept
    for review in session.scalars(select(ReviewViews).where(ReviewViews.account_id == account_id)):
        own = review.author_role == "young_person"
        kept = Record(
            REVIEW_VIEWS,
            review.id,
            review.case_reference,
            review.meeting_on or review.review_due_on,
            review.submitted_at is not None,
            review.language,
        )
        yield review.answers, own, review.submitted_at or review.created_at, kept
    for step in session.scalars(
        select(MediationStep).where(MediationStep.account_id == account_id)
    ):
        if step.step in MEDIATION_ITEMS:
            dated = {MEDIATION_ITEMS[step.step]: step.happened_on.isoformat()}
            kept = Record(MEDIATION, step.id, step.case_reference, day_of(step.recorded_at))
            yield dated, young_person, step.recorded_at, kept
    yield from _files(session, account_id, young_person, each_record)
    for feedback in session.scalars(responses.of_account(account_id)):
        kept = Record(
            FEEDBACK, feedback.id, on=day_of(feedback.received_at), language=feedback.language
        )
        yield responses.as_answers(feedback), young_person, feedback.received_at, kept
    chosen = session.get(ContactPreference, account_id)
    if chosen is not None:
        settings: dict[str, Any] = {
            "contact.channels": chosen.channels,
            "contact.mobile": chosen.mobile,
            "contact.language": chosen.language,
        }
        kept = Record(CONTACT, account_id, on=day_of(chosen.updated_at))
        yield settings, young_person, chosen.updated_at, kept


# The kind of each record a document is added to, by the document's column naming it.
FILE_RECORDS = {
    "draft_id": REQUEST,
    "contribution_id": VIEWS,
    "draft_response_id": DRAFT_RESPONSE,
    "review_views_id": REVIEW_VIEWS,
}


def _files(session: Session, account_id: str, young_person: bool, each_record: bool) -> list[Given]:
    """The files added to each kind of record, all listed, with what each is; with
    `each_record`, those of each record apart (its `Record` names only its kind and id)."""
    names: dict[tuple[str, str | None], list[str]] = {}
    described: dict[tuple[str, str | None], list[str]] = {}
    added: dict[tuple[str, str | None], dt.datetime] = {}
    for document in session.scalars(
        select(Document).where(Document.account_id == account_id).order_by(Document.uploaded_at)
    ):
        owner = next((key for key in FILE_ITEMS if getattr(document, key)), None)
        if owner is None:
            continue
        kept = (owner, getattr(document, owner) if each_record else None)
        names.setdefault(kept, []).append(document.filename)
        if document.description:
            described.setdefault(kept, []).append(document.description)
        added[kept] = document.uploaded_at
    found: list[Given] = []
    for (owner, record_id), listed in names.items():
        file, description = FILE_ITEMS[owner]
        found.append(
            (
                {file: listed, description: described.get((owner, record_id))},
                young_person,
                added[(owner, record_id)],
                Record(FILE_RECORDS[owner], record_id or owner),
            )
        )
    return found
