"""Writes the audit trail: who did what, to which record, when and from where.

Only references are recorded (an account id, a case reference), never the data.
An event about a change is added to the change's own session (`add`), so the two commit
or roll back together; an event about something seen or refused, with nothing else to
commit, is written in a transaction of its own (`record`).
"""

from __future__ import annotations

from collections.abc import Sequence

from flask import g, has_request_context, request, session
from sqlalchemy import insert
from sqlalchemy.orm import Session

from forms.kit.fields import _l
from portal.models import AuditEvent
from portal.models.base import utcnow
from portal.platform import db


def record(
    action: str,
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Add one event in its own transaction, so it is kept even if the request fails."""
    record_all([action], object_kind, object_id, actor_kind=actor_kind, actor_id=actor_id)


# Same arguments as `record` on purpose: only the transaction differs.
def add(
    session: Session,
    action: str,
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Add one event to `session`: it is kept only if what it records is committed."""
    for row in _rows([action], object_kind, object_id, actor_kind, actor_id):
        session.add(AuditEvent(**row))


def _rows(
    actions: Sequence[str],
    object_kind: str | None,
    object_id: str | None,
    actor_kind: str | None,
    actor_id: str | None,
) -> list[dict[str, object]]:
    if has_request_context():
        actor_kind = actor_kind or session.get("kind") or "anonymous"
        actor_id = actor_id or session.get("account_id")
        request_id = g.get("request_id")
        address = request.remote_addr
    else:
        actor_kind, request_id, address = actor_kind or "system", None, None
    now = utcnow()
    return [
        {
            "occurred_at": now,
            "actor_kind": actor_kind,
            "actor_id": actor_id,
            "action": action,
            "object_kind": object_kind,
            "object_id": object_id,
            "request_id": request_id,
            "client_address": address,
        }
        for action in actions
    ]


def record_all(
    actions: Sequence[str],
    object_kind: str | None = None,
    object_id: str | None = None,
    *,
    actor_kind: str | None = None,
    actor_id: str | None = None,
) -> None:
    """Several events about one object, in one transaction of their own."""
    rows = _rows(actions, object_kind, object_id, actor_kind, actor_id)
    with db.engine().begin() as connection:
        connection.execute(insert(AuditEvent), rows)


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


def describe(action: str) -> str:
    return str(ACTIONS[action]) if action in ACTIONS else action
