"""Everything the portal holds about the signed-in person, for "Your data" and its
downloads (a subject access request they can make themselves)."""

from __future__ import annotations

from typing import Any

from flask import current_app
from sqlalchemy import or_, select

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
from portal.platform import answers as shown_answers
from portal.platform import db

# What each audited action means, for the person whose data it touched.
ACTIONS = {
    "sign_in": _l("Signed in"),
    "sign_out": _l("Signed out"),
    "timed_out": _l("Signed out after a time without activity"),
    "signed_out_by_provider": _l("Signed out everywhere"),
    "request_started": _l("Started a request"),
    "request_submitted": _l("Sent a request"),
    "document_added": _l("Added a document"),
    "document_removed": _l("Removed a document"),
    "viewed_document": _l("Opened a document"),
    "viewed_case": _l("Looked at a case"),
    "viewed_plan": _l("Looked at an EHC plan"),
    "link_code_redeemed": _l("Used a link code"),
    "link_code_refused": _l("Entered a link code that did not work"),
    "link_code_issued": _l("Made a link code for a case"),
    "checked_case_for_link_code": _l("Checked whose case it is before making a link code"),
    "viewed_own_data": _l("Looked at this information"),
    "downloaded_own_data": _l("Downloaded a copy of this information"),
    "access_refused": _l("Was refused access"),
    "consent_choices_saved": _l("Made consent choices in a request"),
    "consent_given": _l("Gave consent"),
    "consent_withdrawn": _l("Withdrew consent"),
    "consent_refused_too_young": _l("Was refused a consent change: under 16"),
    "viewed_consent": _l("Looked at the consent on a case"),
    "views_started": _l("Started giving views"),
    "views_sent": _l("Sent views"),
    "viewed_views": _l("Looked at the views on a case"),
    "viewed_request": _l("Looked at a request"),
    "viewed_messages": _l("Read the messages about a request"),
    "triage_assign": _l("Gave the request to a caseworker"),
    "triage_more_information": _l("Asked for more information"),
    "triage_family_replied": _l("Replied with more information"),
    "triage_accept": _l("Accepted the request for a decision"),
    "triage_duplicate": _l("Marked the request as a repeat of another"),
    "triage_assess": _l("Decided to carry out an assessment"),
    "triage_change_to_assess": _l("Decided to carry out an assessment"),
    "triage_not_assess": _l("Decided not to carry out an assessment"),
    "triage_withdraw": _l("Withdrew the request"),
    "triage_exception": _l("Recorded why a time limit moves"),
}


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


def describe(action: str) -> str:
    return str(ACTIONS[action]) if action in ACTIONS else action


def role(code: str | None) -> str | None:
    return str(ROLES[code]) if code in ROLES else code


def grouped_answers(
    catalogue: Catalogue, answers: dict[str, Any], young_person: bool = False
) -> list[dict[str, Any]]:
    """Answers grouped by the privacy notice's categories, each marked required or not:
    `value` as stored, `value_label` as the reader reads it."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item_id, value in answers.items():
        if value in (None, "", []) or item_id not in catalogue.by_id:
            continue
        item = catalogue.item(item_id)
        groups.setdefault((item.subject, item.category), []).append(
            {
                "id": item.id,
                "label": item.label,
                "value": value,
                "value_label": shown_answers.label(item.id, value, young_person),
                "required": item.required,
                "special_category": item.special_category,
            }
        )
    return [
        {"subject": subject, "category": catalogue.category(subject, category).name, "items": items}
        for (subject, category), items in groups.items()
    ]


def collect(account_id: str) -> dict[str, Any]:
    catalogue: Catalogue = current_app.extensions["portal_catalogue"]
    session = db.session()
    account = session.get(Account, account_id)
    assert account is not None
    drafts = session.scalars(
        select(RequestDraft)
        .where(RequestDraft.account_id == account_id)
        .order_by(RequestDraft.created_at)
    ).all()
    sent = {
        r.draft_id: r
        for r in session.scalars(
            select(AssessmentRequest).where(AssessmentRequest.account_id == account_id)
        )
    }
    documents = session.scalars(select(Document).where(Document.account_id == account_id)).all()
    links = session.scalars(select(CaseLink).where(CaseLink.account_id == account_id)).all()
    mine = [account_id, *[d.id for d in drafts], *[d.id for d in documents]]
    cases = [link.case_reference for link in links]
    events = session.scalars(
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
    return {
        "account": {
            "email": account.email,
            "signed_in_with": account.issuer,
            "created_at": account.created_at.isoformat(),
            "last_signed_in_at": account.last_signed_in_at.isoformat()
            if account.last_signed_in_at
            else None,
        },
        "requests": [
            {
                "reference": sent[d.id].reference if d.id in sent else None,
                "started_at": d.created_at.isoformat(),
                "submitted_at": d.submitted_at.isoformat() if d.submitted_at else None,
                "asked_as": d.requester_role,
                "asked_as_label": role(d.requester_role),
                "answers": grouped_answers(
                    catalogue, d.answers, d.requester_role == "young_person"
                ),
            }
            for d in drafts
        ],
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
        "views": [
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
        ],
        "consent_history": [
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
        ],
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
