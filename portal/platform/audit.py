"""Writes the audit trail: who did what, to which record, when and from where.

Only references are recorded (an account id, a case reference), never the data.
An event about a change is added to the change's own session (`add`), so the two commit
or roll back together; an event about something seen or refused, with nothing else to
commit, is written in a transaction of its own (`record`). A page that shows what it
audits has its event sent as it begins (`record_meanwhile`): on PostgreSQL the event is
committed, still in a transaction of its own, while the page is made, and no response
is sent until it is.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from flask import Flask, Response, g, has_request_context, request, session
from sqlalchemy import insert
from sqlalchemy.orm import Session

from forms.kit.fields import _l
from portal.models import AuditEvent
from portal.models.base import utcnow
from portal.platform import db, overlap

log = logging.getLogger(__name__)
# What record_meanwhile's INSERT names, in order.
_COLUMNS = (
    "occurred_at",
    "actor_kind",
    "actor_id",
    "action",
    "object_kind",
    "object_id",
    "request_id",
    "client_address",
)


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
    """Several events about one object, in one transaction of their own: one statement,
    committed as it runs, so without a BEGIN and a COMMIT to wait for."""
    rows = _rows(actions, object_kind, object_id, actor_kind, actor_id)
    with db.engine().connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.execute(insert(AuditEvent).values(rows))


def record_meanwhile(actions: Sequence[str], object_kind: str, object_id: str) -> None:
    """As `record_all`, for a page that shows what it audits: on PostgreSQL the events
    are sent now and committed while the page is made (the commit waits for the disk),
    and the response waits for them, so no page is sent whose events were not written;
    if they cannot be written, the person gets the error page. Elsewhere, `record_all`."""
    engine = db.engine()
    if not overlap.supported(engine):
        record_all(actions, object_kind, object_id)
        return
    rows = _rows(actions, object_kind, object_id, None, None)
    values = ", ".join(
        "(" + ", ".join(f"%({column}_{n})s" for column in _COLUMNS) + ")" for n in range(len(rows))
    )
    # Only fixed names are joined here: the values are parameters.
    sql = f"INSERT INTO audit_events ({', '.join(_COLUMNS)}) VALUES {values}"  # noqa: S608
    params = {f"{column}_{n}": row[column] for n, row in enumerate(rows) for column in _COLUMNS}
    g.setdefault("audit_sent", []).append(overlap.Sent(engine, sql, params))


def written() -> None:
    """Waits for the events this request recorded meanwhile; raises, so the page is not
    sent, when one was not written. A page calls it once it is made (an error it raises
    there gets the error page); the response waits for any left (`_written`)."""
    for sent in g.pop("audit_sent", []):
        sent.wait()


def _written(response: Response) -> Response:
    written()
    return response


def _written_after_failure(_error: BaseException | None) -> None:
    """A request that failed before its response was made: its events are kept all the
    same (the database commits them whatever the page does); the connections go back."""
    for sent in g.pop("audit_sent", []):
        try:
            sent.wait()
        except Exception:
            log.exception("an audit event was not written")


def init_app(app: Flask) -> None:
    app.after_request(_written)
    app.teardown_request(_written_after_failure)


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
    "link_code_cancelled": _l("Cancelled a link code for a case"),
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
    "family_replied": _l("Replied with more information"),
    "triage_accept": _l("Accepted the request for a decision"),
    "triage_duplicate": _l("Marked the request as a repeat of another"),
    "triage_assess": _l("Decided to carry out an assessment"),
    # Events recorded when a decision not to assess could be changed in the portal.
    "triage_change_to_assess": _l("Decided to carry out an assessment"),
    "triage_not_assess": _l("Decided not to carry out an assessment"),
    "triage_withdraw": _l("Withdrew the request"),
    "triage_exception": _l("Recorded why a time limit moves"),
    "triage_note": _l("Added an internal note"),
    "recorded_contacted_mediation": _l("Recorded contacting the mediation adviser"),
    "recorded_mediation_certificate": _l("Recorded a mediation certificate"),
    "draft_response_started": _l("Started a response to a draft EHC plan"),
    "draft_response_sent": _l("Sent a response to a draft EHC plan"),
    "viewed_draft_responses": _l("Looked at the responses to draft EHC plans"),
    "viewed_draft_response": _l("Looked at a response to a draft EHC plan"),
    "review_views_started": _l("Started giving views for an annual review"),
    "review_views_sent": _l("Sent views for an annual review"),
    "viewed_review": _l("Looked at an annual review"),
    "viewed_reviews": _l("Looked at the annual reviews"),
    "viewed_review_views": _l("Looked at the views sent for an annual review"),
    "contact_preferences_changed": _l("Changed how we contact you"),
    "data_rights_request_sent": _l(
        "Asked us to correct, restrict, stop using or erase information"
    ),
    "viewed_data_rights_request": _l("Looked at a request about information"),
    "viewed_data_rights_queue": _l("Looked at the requests about information"),
    "viewed_data_rights_cases": _l(
        "Looked at the cases a request about information could be about"
    ),
    "viewed_data_rights_held": _l("Looked at what we hold of the information a request is about"),
    "data_rights_extended": _l("Took two more months to answer a request about information"),
    "data_rights_done": _l("Answered a request about information"),
}


# Recorded, but never in a family's list of what was done with their information
# ("Your data"), each with why. A kind in neither this nor ACTIONS would show as its code.
HIDDEN_FROM_FAMILIES = {
    # The fingerprint of a picture as the family sent it, kept when the portal re-encodes
    # it to make it safe: part of the one thing the family did, "Added a document".
    "document_reencoded_from": "part of document_added",
    # Nobody signed in: there is no account, so no family, to show it to.
    "sign_in_failed": "no account",
    # About staff, the council's own records or the service, not a family's information.
    "roles_withdrawn": "a member of staff's own roles",
    "exported_sen2": "the council's census return",
    "viewed_consent_wording": "the wording of a consent question",
    "outbox_retried": "a message to the case system",
    "viewed_feedback": "feedback about the service",
    "exported_feedback": "feedback about the service",
}


def describe(action: str) -> str:
    return str(ACTIONS[action]) if action in ACTIONS else action


# Who did something, where the trail cannot name the person.
ACTOR_KINDS = {
    "family": _l("Family"),
    "staff": _l("Council staff"),
    "system": _l("The portal, automatically"),
    "anonymous": _l("Someone not signed in"),
}


def describe_actor(kind: str) -> str:
    return str(ACTOR_KINDS.get(kind, ACTOR_KINDS["system"]))
