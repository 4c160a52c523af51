"""Requests for an EHC needs assessment: drafts, their progress, and submission.

Submission writes the request, the family's link to it and the outbox message for the
case system in one transaction, and a draft can only ever be submitted once.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from forms import items
from forms.assessment_request.sections import SECTIONS, Section, asks_for_themselves
from forms.catalogue import Catalogue
from forms.kit.validators import age_on
from portal.assessment_request.postcodes import outward_code_index, postcode_index
from portal.case_api import messages
from portal.cases.service import child_name, request_for_draft
from portal.consent import service as consent
from portal.consent import wording as consent_wording
from portal.contact_preferences import service as contact
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import (
    AssessmentRequest,
    CaseLink,
    Contribution,
    Document,
    RequestDraft,
)
from portal.models.base import utcnow
from portal.platform import audit, db, deadlines, extensions


class Status(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


@dataclass(frozen=True)
class SectionProgress:
    section: Section
    status: Status
    first_page: str
    next_page: str


def _catalogue() -> Catalogue:
    return extensions.catalogue()


def is_young_person(draft: RequestDraft) -> bool:
    return asks_for_themselves(draft.requester_role)


def for_a_young_person(draft: RequestDraft) -> bool:
    """A parent or carer asking for someone 16 or older today, by the date of birth given:
    the consent choices are then the young person's own (forms/consent.py)."""
    born = draft.answers.get(items.CHILD_DATE_OF_BIRTH)
    if is_young_person(draft) or not born:
        return False
    return age_on(dt.date.fromisoformat(born), deadlines.council_today()) >= 16


def answered(value: Any) -> bool:
    return value not in (None, "", [])


def missing_required(draft: RequestDraft, section: Section) -> list[str]:
    catalogue = _catalogue()
    return [
        item_id
        for item_id in section.items_for(draft.requester_role)
        if catalogue.item(item_id).required_in(draft.answers)
        and not answered(draft.answers.get(item_id))
    ]


def progress(draft: RequestDraft) -> list[SectionProgress]:
    result = []
    for section in SECTIONS:
        pages = section.pages_for(draft.requester_role)
        items = section.items_for(draft.requester_role)
        touched = any(item_id in draft.answers for item_id in items)
        if section.slug in draft.completed_sections and not missing_required(draft, section):
            status = Status.COMPLETED
        elif touched:
            status = Status.IN_PROGRESS
        else:
            status = Status.NOT_STARTED
        next_page = next(
            (
                page.slug
                for page in pages
                if any(i not in draft.answers for i, _m in page.form.catalogue_fields.values())
            ),
            pages[0].slug,
        )
        result.append(SectionProgress(section, status, pages[0].slug, next_page))
    return result


def documents_of(draft: RequestDraft) -> list[Document]:
    return attachments.listed(draft_id=draft.id)


_ADDED = select(
    select(func.count()).where(Document.draft_id == bindparam("draft")).scalar_subquery(),
    select(func.count())
    .where(Contribution.draft_id == bindparam("draft"), Contribution.ready_at.is_not(None))
    .scalar_subquery(),
    select(func.count())
    .where(Contribution.draft_id == bindparam("draft"), Contribution.ready_at.is_(None))
    .scalar_subquery(),
)


class Added(NamedTuple):
    documents: int
    views_saved: int
    views_unfinished: int


def added_to(draft: RequestDraft) -> Added:
    """The draft's documents, saved views and unfinished views, for its task list: counted
    in one statement rather than loaded (each view's answers would be decrypted)."""
    return Added(*db.session().execute(_ADDED, {"draft": draft.id}).one())


def document_of(draft: RequestDraft, document_id: str) -> Document | None:
    return db.session().scalar(
        select(Document).where(Document.id == document_id, Document.draft_id == draft.id)
    )


def ready_to_submit(draft: RequestDraft) -> bool:
    return sections_left(draft) == 0


def sections_left(draft: RequestDraft) -> int:
    """The task list's sections still to finish before the request can be sent: those
    missing a required answer, and the consent until the assessment is agreed to."""
    unanswered = sum(1 for section in SECTIONS if missing_required(draft, section))
    agreed = consent_current(draft) and draft.answers.get(items.CONSENT_ASSESSMENT) == "yes"
    return unanswered + (0 if agreed else 1)


# Built once (see portal.platform.db): every request page runs it.
_DRAFT_OF = select(RequestDraft).where(
    RequestDraft.id == bindparam("draft"), RequestDraft.account_id == bindparam("account")
)


def draft_of(account_id: str, draft_id: str) -> RequestDraft | None:
    """The account's own draft, or None: the object check for every request page."""
    return db.session().scalar(_DRAFT_OF, {"draft": draft_id, "account": account_id})


def save(
    draft: RequestDraft, answers: dict[str, Any], section: Section, last_page: bool, language: str
) -> None:
    draft.answers = {**draft.answers, **answers}
    if last_page and section.slug not in draft.completed_sections:
        draft.completed_sections = [*draft.completed_sections, section.slug]
    draft.language = language
    draft.updated_at = utcnow()
    db.session().commit()


def save_consent(
    draft: RequestDraft, answers: dict[str, Any], wording: consent_wording.Wording
) -> None:
    """Keep the choices and the wording they were made with; events follow at submission."""
    consent_wording.remember(wording)
    draft.answers = {**draft.answers, **answers}
    draft.consent_wording = {
        **consent_wording.wording_record(wording),
        "at": utcnow().isoformat(),
        "for_a_young_person": for_a_young_person(draft),
    }
    draft.updated_at = utcnow()
    audit.add(db.session(), "consent_choices_saved", "draft", draft.id)
    db.session().commit()


def deletion_date(draft: RequestDraft) -> dt.date:
    days = extensions.settings().config.retention_days("drafts")
    return deadlines.council_day(draft.updated_at + dt.timedelta(days=days))


def decision_due(submitted_at: dt.datetime) -> dt.date:
    return deadlines.decision_due(deadlines.council_day(submitted_at))


def new_reference(now: dt.datetime) -> str:
    """Like BNT-2026-000123: six random digits, so a reference says nothing about others."""
    prefix = extensions.settings().config.reference_prefix
    return f"{prefix}-{now.year}-{secrets.randbelow(1_000_000):06d}"


def submit(draft: RequestDraft) -> AssessmentRequest:
    """Submit once. A second submit of the same draft returns the first request."""
    session = db.session()
    locked = session.scalar(
        select(RequestDraft).where(RequestDraft.id == draft.id).with_for_update()
    )
    assert locked is not None
    existing = request_for_draft(locked)
    if existing is not None:
        return existing
    locked.answers = consent.as_offered(locked.answers, is_young_person(locked))
    now = utcnow()
    for _attempt in range(5):
        request = AssessmentRequest(
            reference=new_reference(now),
            draft_id=locked.id,
            account_id=locked.account_id,
            requester_role=locked.requester_role,
            answers=dict(locked.answers),
            language=locked.language,
            submitted_at=now,
            decision_due=decision_due(now),
            **_searchable(locked.answers),
        )
        try:
            _add_submission(session, locked, request, now)
            session.commit()
            return request
        except IntegrityError:
            session.rollback()
            existing = request_for_draft(draft)
            if existing is not None:
                return existing
            locked = session.scalar(select(RequestDraft).where(RequestDraft.id == draft.id))
            assert locked is not None
    raise RuntimeError("could not find a free reference")


def _add_submission(
    session: Session, draft: RequestDraft, request: AssessmentRequest, now: dt.datetime
) -> None:
    """Add to the transaction all a submission writes: the request, the family's link to
    its case, the outbox messages for the case system (the request, its documents, its
    consent events, the views sent with it) and the email saying it was received."""
    session.add(request)
    session.add(
        CaseLink(
            account_id=draft.account_id,
            case_reference=request.reference,
            relationship="young_person" if is_young_person(draft) else "parent_carer",
            via="submitted",
        )
    )
    creating = _request_message(draft, request.reference, now)
    session.add(messages.outbox_row(creating))
    session.add_all(
        attachments.upload_messages(documents_of(draft), request.reference, creating.key)
    )
    session.flush()
    _record_consent(draft, request.reference)
    contributions.send_with_request(draft, request.reference, now)
    draft.submitted_at = now
    audit.add(session, "request_submitted", "request", request.reference)
    contact.notify_family(
        session,
        draft.account_id,
        "request_received",
        ("account.case", {"reference": request.reference}),
        event=messages.received_event(draft.id),
        language=draft.language,
        email=draft.answers.get(items.CONTACT_EMAIL),
        case_reference=request.reference,
        reference=request.reference,
        decision_due=request.decision_due,
    )


def _searchable(answers: dict[str, Any]) -> dict[str, Any]:
    """What caseworkers search and match on, copied out of the encrypted answers."""
    name = child_name(answers)
    born = answers.get(items.CHILD_DATE_OF_BIRTH)
    return {
        "child_name": name[:210],
        "child_preferred_name": (answers.get(items.CHILD_PREFERRED_NAME) or "")[:210] or None,
        "child_date_of_birth": dt.date.fromisoformat(born) if born else None,
        "upn": answers.get(items.CHILD_UPN) or None,
        "child_postcode_index": postcode_index(answers, extensions.cipher()),
        "child_postcode_outward_index": outward_code_index(answers, extensions.cipher()),
    }


def _request_message(
    draft: RequestDraft, reference: str, now: dt.datetime
) -> messages.CreateAssessmentRequest:
    """The request for the case system. Consent travels separately, as events."""
    return messages.CreateAssessmentRequest(
        key=messages.request_key(draft.id),
        reference=reference,
        submitted_at=now,
        requester_role=draft.requester_role,
        language=draft.language,
        answers={k: v for k, v in draft.answers.items() if not k.startswith("consent.")},
        documents=[attachments.reference(d) for d in documents_of(draft)],
    )


def _record_consent(draft: RequestDraft, reference: str) -> None:
    wording = draft.consent_wording
    assert wording is not None, "a request is only sent with consent"
    consent.record(
        reference,
        draft.account_id,
        draft.requester_role,
        consent.changes({}, consent.wanted(draft.answers)),
        wording,
        occurred_at=dt.datetime.fromisoformat(wording["at"]),
    )


def consent_status(draft: RequestDraft) -> Status:
    if consent_current(draft):
        return Status.COMPLETED
    if any(key.startswith("consent.") for key in draft.answers):
        return Status.IN_PROGRESS
    return Status.NOT_STARTED


def consent_current(draft: RequestDraft) -> bool:
    """Consent is given, complete, and in the wording shown now: for a young person of 16
    or older when the date of birth now says so (it may have been corrected after)."""
    return (
        consent.complete(draft.answers, is_young_person(draft))
        and draft.consent_wording is not None
        and draft.consent_wording.get("version") == consent_wording.WORDING_VERSION
        and bool(draft.consent_wording.get("for_a_young_person")) == for_a_young_person(draft)
    )


def remove_stale_drafts(app: Any) -> int:
    """Delete drafts nobody has changed for the retention period in app.yaml."""
    days = extensions.settings(app).config.retention_days("drafts")
    cutoff = utcnow() - dt.timedelta(days=days)
    with app.app_context(), db.session_factory(app)() as session:
        stale = select(RequestDraft.id).where(
            RequestDraft.submitted_at.is_(None), RequestDraft.updated_at < cutoff
        )
        files = attachments.delete_where(session, attachments.of_drafts(stale))
        removed = db.rows_changed(session, delete(RequestDraft).where(RequestDraft.id.in_(stale)))
        session.commit()
        attachments.remove_files(files)
        return removed
