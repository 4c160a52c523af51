"""Everything the portal holds about the signed-in person, for "Your data" and its
downloads (a subject access request they can make themselves)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from forms import items
from forms.assessment_request.sections import asks_for_themselves
from forms.catalogue import Catalogue
from forms.kit.fields import _l
from forms.kit.question import in_own_voice
from portal.account import your_data_records as records
from portal.account.your_data_consent import with_consent_now
from portal.account.your_data_documents import added_to, added_to_label
from portal.account.your_data_feedback import feedback
from portal.account.your_data_records import (
    CaseLister,
    Lister,
    OneCase,
    Window,
    role,
    rows_of,
)
from portal.auth.holder import account_voice
from portal.consent import service as consent
from portal.contact_preferences import service as contact
from portal.documents.uploads import Scan
from portal.models import (
    Account,
    AssessmentRequest,
    AuditEvent,
    CaseLink,
    ContactPreference,
    Contribution,
    DataRightsRequest,
    Document,
    DraftPlanResponse,
    FamilyMessage,
    RequestDraft,
    ReviewViews,
)
from portal.platform import db, extensions
from portal.platform.answers import grouped_answers
from portal.platform.audit import HIDDEN_FROM_FAMILIES, describe

WHO = {
    "you": _l("You"),
    "staff": _l("A member of council staff"),
    "system": _l("The service itself"),
    "anonymous": _l("Someone not signed in"),
    "family": _l("Another member of your family"),
}
# The events whose record is a case or a request, named by its reference.
REFERENCED = ("case", "request")


def collect(account_id: str) -> dict[str, Any]:
    """Everything, for the downloads."""
    return {
        "account": account(account_id),
        **{kind: listed(account_id, kind, None)[0] for kind in LISTS},
    }


def listed(
    account_id: str, kind: str, window: Window | None, case: OneCase | None = None
) -> tuple[list[dict[str, Any]], int]:
    """One kind of record the person has (a key of `LISTS`): all of it in the order the
    downloads give, or `window`'s part of it newest first; and how many there are. With
    `case`, only what is about that case (a key of `FOR_ONE_CASE`)."""
    if case is not None:
        return FOR_ONE_CASE[kind](db.session(), extensions.catalogue(), account_id, window, case)
    return LISTS[kind](db.session(), extensions.catalogue(), account_id, window)


def one_case(account_id: str, reference: str) -> OneCase | None:
    """The account's case, with the request it sent as it; None for a case the account is
    not linked to (another family's, or none)."""
    found = (
        db.session()
        .execute(
            select(CaseLink.case_reference, AssessmentRequest)
            .outerjoin(
                AssessmentRequest,
                (AssessmentRequest.reference == CaseLink.case_reference)
                & (AssessmentRequest.account_id == account_id),
            )
            .where(CaseLink.account_id == account_id, CaseLink.case_reference == reference)
        )
        .first()
    )
    if found is None:
        return None
    sent = found[1]
    return OneCase(
        reference=reference,
        request_id=sent.id if sent else None,
        draft_id=sent.draft_id if sent else None,
        child_name=sent.child_name if sent else "",
    )


def account(account_id: str) -> dict[str, Any]:
    """The account and how the person asked to be contacted, in one statement."""
    found, chosen = (
        db.session()
        .execute(
            select(Account, ContactPreference)
            .outerjoin(ContactPreference, ContactPreference.account_id == Account.id)
            .where(Account.id == account_id)
        )
        .one()
    )
    return {
        "email": found.email,
        "signed_in_with": found.issuer,
        "created_at": found.created_at.isoformat(),
        "last_signed_in_at": found.last_signed_in_at.isoformat()
        if found.last_signed_in_at
        else None,
        "contact_preferences": None
        if chosen is None
        else {
            "channels": chosen.channels,
            "channels_label": contact.read_back(items.CONTACT_CHANNELS, chosen.channels),
            "mobile": chosen.mobile,
            "mobile_label": contact.read_back(items.CONTACT_MOBILE, chosen.mobile)
            if chosen.mobile
            else None,
            "language": chosen.language,
            "language_label": contact.read_back(items.CONTACT_LANGUAGE, chosen.language),
        },
    }


def _about(case: OneCase) -> ColumnElement[bool]:
    """A file added to the case's request or a reply about it, or to views or a response
    for the case."""
    about: list[ColumnElement[bool]] = [
        Document.contribution_id.in_(select(Contribution.id).where(case.views())),
        Document.draft_response_id.in_(
            select(DraftPlanResponse.id).where(DraftPlanResponse.case_reference == case.reference)
        ),
        Document.review_views_id.in_(
            select(ReviewViews.id).where(ReviewViews.case_reference == case.reference)
        ),
    ]
    if case.draft_id:
        about.append(Document.draft_id == case.draft_id)
    if case.request_id:
        replies = select(FamilyMessage.id).where(FamilyMessage.request_id == case.request_id)
        about.append(Document.message_id.in_(replies))
    return or_(*about)


def _documents(
    session: Session,
    catalogue: Catalogue,
    account_id: str,
    window: Window | None,
    case: OneCase | None = None,
) -> tuple[list[dict[str, Any]], int]:
    replied_to = aliased(AssessmentRequest)
    query = (
        select(Document, func.coalesce(AssessmentRequest.reference, replied_to.reference))
        .outerjoin(AssessmentRequest, AssessmentRequest.draft_id == Document.draft_id)
        .outerjoin(FamilyMessage, FamilyMessage.id == Document.message_id)
        .outerjoin(replied_to, replied_to.id == FamilyMessage.request_id)
        .where(Document.account_id == account_id)
    )
    if case is not None:
        query = query.where(_about(case))
    rows, total = rows_of(
        session,
        query,
        Document.uploaded_at,
        window,
    )
    return [
        {
            "id": d.id,
            "filename": d.filename,
            "passed_virus_check": Scan(d.scan).released,
            "description": d.description,
            "type": d.content_type,
            "size": d.size,
            "uploaded_at": d.uploaded_at.isoformat(),
            "added_to": (added := added_to(d, reference)),
            "added_to_label": added_to_label(added, reference),
            "request_reference": reference if added == "request" else None,
            "reply_reference": reference if added == "reply" else None,
        }
        for d, reference in (tuple(row)[:2] for row in rows)
    ], total


def _cases(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    rows, total = rows_of(
        session,
        select(CaseLink).where(CaseLink.account_id == account_id),
        CaseLink.created_at,
        window,
    )
    return [
        {
            "reference": link.case_reference,
            "as": link.relationship,
            "as_label": role(link.relationship),
            "since": link.created_at.isoformat(),
        }
        for link, *_ in rows
    ], total


def _who_has_seen_it(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    spoken = in_own_voice if account_voice() else str  # to the account holder
    rows, total = rows_of(
        session, _audit_events(account_id, window is None), AuditEvent.occurred_at, window
    )
    return [
        {
            "when": e.occurred_at.isoformat(),
            "who": (who := "you" if e.actor_id == account_id else e.actor_kind),
            "who_label": str(spoken(WHO[who])) if who in WHO else who,
            "what": e.action,
            "what_label": describe(e.action),
            "record": e.object_kind,
            "reference": e.object_id if e.object_kind in REFERENCED else sent_as,
        }
        for e, sent_as in (tuple(row)[:2] for row in rows)
    ], total


def _audit_events(account_id: str, latest_500: bool) -> Select[AuditEvent, str]:
    """Things done by the person, or to their account, drafts, files, requests about
    their information and cases (the download lists the latest 500)."""
    mine = select(RequestDraft.id).where(RequestDraft.account_id == account_id)
    files = select(Document.id).where(Document.account_id == account_id)
    asked = select(DataRightsRequest.id).where(DataRightsRequest.account_id == account_id)
    cases = select(CaseLink.case_reference).where(CaseLink.account_id == account_id)
    # A draft's or a file's event: the request it was sent as, once sent; views': the case
    # they went to.
    query = (
        select(AuditEvent, func.coalesce(AssessmentRequest.reference, Contribution.case_reference))
        .outerjoin(
            Document,
            (AuditEvent.object_kind == "document") & (Document.id == AuditEvent.object_id),
        )
        .outerjoin(
            Contribution,
            (AuditEvent.object_kind == "contribution") & (Contribution.id == AuditEvent.object_id),
        )
        .outerjoin(
            AssessmentRequest,
            (
                (AuditEvent.object_kind == "draft")
                & (AssessmentRequest.draft_id == AuditEvent.object_id)
            )
            | (AssessmentRequest.draft_id == Document.draft_id),
        )
    ).where(
        or_(
            AuditEvent.actor_id == account_id,
            AuditEvent.object_id == account_id,
            AuditEvent.object_id.in_(mine),
            AuditEvent.object_id.in_(files),
            AuditEvent.object_id.in_(asked),
            AuditEvent.object_kind.in_(REFERENCED) & AuditEvent.object_id.in_(cases),
        ),
        AuditEvent.action.not_in(HIDDEN_FROM_FAMILIES),
    )
    if latest_500:
        query = query.order_by(AuditEvent.occurred_at.desc()).limit(500)
    return query


def _requests(
    session: Session,
    catalogue: Catalogue,
    account_id: str,
    window: Window | None,
    case: OneCase | None = None,
) -> tuple[list[dict[str, Any]], int]:
    query = (
        select(RequestDraft, AssessmentRequest.reference)
        .outerjoin(AssessmentRequest, AssessmentRequest.draft_id == RequestDraft.id)
        .where(RequestDraft.account_id == account_id)
    )
    if case is not None:
        query = query.where(case.request())
    rows, total = rows_of(
        session,
        query.order_by(RequestDraft.created_at),
        RequestDraft.created_at,
        window,
    )
    found = [tuple(row)[:2] for row in rows]
    now = consent.current_of([reference for _d, reference in found if reference])
    return [
        {
            "reference": reference,
            "started_at": d.created_at.isoformat(),
            "submitted_at": d.submitted_at.isoformat() if d.submitted_at else None,
            "asked_as": d.requester_role,
            "asked_as_label": role(d.requester_role),
            "answers": with_consent_now(
                grouped_answers(catalogue, d.answers, own, as_asked=True),
                now.get(reference, {}),
                own,
            ),
        }
        for d, reference in found
        for own in (asks_for_themselves(d.requester_role),)
    ], total


# In the order the downloads list them.
LISTS: dict[str, Lister] = {
    "requests": _requests,
    "documents": _documents,
    "cases": _cases,
    "views": records.contributions,
    "draft_plan_responses": records.draft_plan_responses,
    "review_views": records.review_views,
    "consent_history": records.consent_history,
    "mediation": records.mediation,
    "feedback": feedback,
    "data_rights_requests": records.data_rights_requests,
    "who_has_seen_it": _who_has_seen_it,
}
# The kinds a case page links to, kept to that case.
FOR_ONE_CASE: dict[str, CaseLister] = {
    "requests": _requests,
    "documents": _documents,
    "views": records.contributions,
    "review_views": records.review_views,
}
