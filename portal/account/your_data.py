"""Everything the portal holds about the signed-in person, for "Your data" and its
downloads (a subject access request they can make themselves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from forms.catalogue import Catalogue
from forms.kit.fields import _l
from portal.consent import service as consent
from portal.contributions.service import own_voice
from portal.models import (
    Account,
    AssessmentRequest,
    AuditEvent,
    CaseLink,
    ConsentEvent,
    Contribution,
    Document,
    RequestDraft,
)
from portal.platform import db, extensions
from portal.platform.answers import grouped_answers
from portal.platform.audit import describe

# Who someone was, as the portal records it (requester, case link, views, consent).
ROLES = {
    "parent_carer": _l("Parent or carer"),
    "young_person": _l("Young person"),
    "child": _l("Someone helping a child or young person"),
    "professional": _l("Professional"),
}
WHO = {
    "you": _l("You"),
    "staff": _l("A member of council staff"),
    "system": _l("The service itself"),
    "anonymous": _l("Someone not signed in"),
    "family": _l("Another member of your family"),
}
METHODS = {"online": _l("Online, on this service")}


def role(code: str | None) -> str | None:
    return str(ROLES[code]) if code in ROLES else code


def collect(account_id: str) -> dict[str, Any]:
    catalogue = extensions.catalogue()
    session = db.session()
    account = session.get(Account, account_id)
    assert account is not None
    drafts = session.scalars(
        select(RequestDraft)
        .where(RequestDraft.account_id == account_id)
        .order_by(RequestDraft.created_at)
    ).all()
    documents = session.scalars(select(Document).where(Document.account_id == account_id)).all()
    links = session.scalars(select(CaseLink).where(CaseLink.account_id == account_id)).all()
    events = _audit_events(session, account_id, drafts, documents, links)
    return {
        "account": {
            "email": account.email,
            "signed_in_with": account.issuer,
            "created_at": account.created_at.isoformat(),
            "last_signed_in_at": account.last_signed_in_at.isoformat()
            if account.last_signed_in_at
            else None,
        },
        "requests": _requests(session, catalogue, account_id, drafts),
        "documents": [
            {
                "filename": d.filename,
                "description": d.description,
                "type": d.content_type,
                "size": d.size,
                "uploaded_at": d.uploaded_at.isoformat(),
            }
            for d in documents
        ],
        "cases": [
            {
                "reference": link.case_reference,
                "as": link.relationship,
                "as_label": role(link.relationship),
                "since": link.created_at.isoformat(),
            }
            for link in links
        ],
        "views": _contributions(session, catalogue, account_id),
        "consent_history": _consent_history(session, account_id),
        "who_has_seen_it": [
            {
                "when": e.occurred_at.isoformat(),
                "who": (who := "you" if e.actor_id == account_id else e.actor_kind),
                "who_label": str(WHO[who]) if who in WHO else who,
                "what": e.action,
                "what_label": describe(e.action),
                "record": e.object_kind,
            }
            for e in events
        ],
    }


def _audit_events(
    session: Session,
    account_id: str,
    drafts: Sequence[RequestDraft],
    documents: Sequence[Document],
    links: Sequence[CaseLink],
) -> Sequence[AuditEvent]:
    """The latest 500 things done by the person, or to their account, drafts, files and
    cases."""
    mine = [account_id, *[d.id for d in drafts], *[d.id for d in documents]]
    cases = [link.case_reference for link in links]
    return session.scalars(
        select(AuditEvent)
        .where(
            or_(
                AuditEvent.actor_id == account_id,
                AuditEvent.object_id.in_(mine),
                (AuditEvent.object_kind == "case") & AuditEvent.object_id.in_(cases),
                (AuditEvent.object_kind == "request") & AuditEvent.object_id.in_(cases),
            )
        )
        .order_by(AuditEvent.occurred_at.desc())
        .limit(500)
    ).all()


def _requests(
    session: Session, catalogue: Catalogue, account_id: str, drafts: Sequence[RequestDraft]
) -> list[dict[str, Any]]:
    sent = {
        r.draft_id: r
        for r in session.scalars(
            select(AssessmentRequest).where(AssessmentRequest.account_id == account_id)
        )
    }
    return [
        {
            "reference": sent[d.id].reference if d.id in sent else None,
            "started_at": d.created_at.isoformat(),
            "submitted_at": d.submitted_at.isoformat() if d.submitted_at else None,
            "asked_as": d.requester_role,
            "asked_as_label": role(d.requester_role),
            "answers": grouped_answers(catalogue, d.answers, d.requester_role == "young_person"),
        }
        for d in drafts
    ]


def _contributions(session: Session, catalogue: Catalogue, account_id: str) -> list[dict[str, Any]]:
    return [
        {
            "written_as": c.author_role,
            "written_as_label": role(c.author_role),
            "case": c.case_reference,
            "language": c.language,
            "started_at": c.created_at.isoformat(),
            "sent_at": c.submitted_at.isoformat() if c.submitted_at else None,
            "answers": grouped_answers(catalogue, c.answers, own_voice(c)),
        }
        for c in session.scalars(
            select(Contribution)
            .where(Contribution.account_id == account_id)
            .order_by(Contribution.created_at)
        )
    ]


def _consent_history(session: Session, account_id: str) -> list[dict[str, Any]]:
    return [
        {
            "case": e.case_reference,
            "choice": consent.choice_label(e.choice),
            "given": e.given,
            "detail": e.detail,
            "when": e.occurred_at.isoformat(),
            "as": e.given_by,
            "as_label": role(e.given_by),
            "how": e.method,
            "how_label": str(METHODS[e.method]) if e.method in METHODS else e.method,
            "wording_version": e.wording_version,
            "wording_language": e.language,
            "wording_sha256": e.wording_sha256,
        }
        for e in session.scalars(
            select(ConsentEvent)
            .where(ConsentEvent.account_id == account_id)
            .order_by(ConsentEvent.occurred_at.desc())
        )
    ]
