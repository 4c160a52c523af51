"""`flask retention run`: removes what the portal no longer needs, by app.yaml's periods.

- drafts nobody changed for the `drafts` period, with their files (views finished after
  their request was sent, and kept unsent by an earlier version, are sent first);
- the portal's copies of requests sent more than the `submitted` period ago, with their
  messages, internal notes and time-limit exceptions, once the case system has them (the
  family keeps its link to the case), and delivered outbox messages, which carry the
  same answers;
- the mediation steps families recorded more than the `submitted` period ago, once the
  case system has them (every appeal deadline they move has passed by then);
- responses to draft plans sent more than the `submitted` period ago, with their
  evidence, once the case system has them; unsent ones when their draft is that old;
- how a family chose to hear from us, and their mobile number, once nobody has signed in
  to the account for the `contact` period;
- data-rights requests answered more than the `submitted` period ago, with their
  updates, once the case system has the request and every update;
- expired sessions;
- audit events older than the `audit` period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy import ColumnElement, Select, any_, bindparam, delete, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import InstrumentedAttribute, Session

from feedback.reports import anonymise_old
from portal.assessment_request.service import remove_stale_drafts
from portal.auth.sessions import remove_expired
from portal.case_api import messages
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import (
    Account,
    AssessmentRequest,
    AuditEvent,
    AuditRetentionSwitch,
    CaseNote,
    ContactPreference,
    Contribution,
    DataRightsRequest,
    DataRightsUpdate,
    DeadlineException,
    Document,
    DraftPlanResponse,
    FamilyMessage,
    MediationStep,
    OutboxMessage,
    RequestDraft,
    ReviewViews,
)
from portal.models.base import utcnow
from portal.platform import db, extensions

# Rows deleted in one transaction: small enough that no lock is held for long (at 5,000
# the longest took 2.9 s on the loaded shared machine, over the 2 s target), large enough
# that a million rows take a few hundred transactions.
BATCH = 2_000
# The batched deletes have no objects loaded to keep in step, so the ORM need not ask
# PostgreSQL for every deleted id back (RETURNING) to find them.
UNSYNCED = {"synchronize_session": False}


def _days(app: Flask, rule: str) -> dt.timedelta:
    return dt.timedelta(days=extensions.settings(app).config.retention_days(rule))


def _waiting(session: Any, prefix: str) -> set[str]:
    """Ids named by outbox messages of one kind that have not been delivered yet."""
    return {
        key.removeprefix(prefix)
        for key in session.scalars(
            select(OutboxMessage.idempotency_key).where(
                OutboxMessage.status != messages.Status.DELIVERED,
                OutboxMessage.idempotency_key.startswith(prefix),
            )
        )
    }


Remover = Callable[[Session, Select[Any]], list[str]]


def in_batches(app: Flask, ids: Select[Any], remove: Remover) -> int:
    """Take the ids `ids` selects, BATCH at a time in their order, and `remove` each batch
    in a transaction of its own, so that no lock is held for long and only one batch is
    ever in memory. `remove` is given a select of the batch's ids (their range, not a
    list of thousands of parameters) and returns the storage keys of files to delete once
    its transaction has committed. An id `remove` keeps is not offered again. Returns
    how many ids were offered."""
    column = ids.selected_columns[0]
    offered, after = 0, None
    while True:
        with app.app_context(), db.session_factory(app)() as session:
            rest = ids if after is None else ids.where(column > after)
            chunk = list(session.scalars(rest.order_by(column).limit(BATCH)))
            if not chunk:
                return offered
            files = remove(session, rest.where(column <= chunk[-1]))
            session.commit()
        attachments.remove_files(files)
        offered += len(chunk)
        after = chunk[-1]


def _held_drafts(
    session: Session, drafts: Select[Any], unsent_files: set[str], unsent_views: set[str]
) -> list[str]:
    """Drafts with a file or a view the case system does not have yet."""
    held: set[str] = set()
    if unsent_views:
        held |= set(
            session.scalars(
                select(Contribution.draft_id).where(
                    Contribution.draft_id.in_(drafts), Contribution.id.in_(unsent_views)
                )
            )
        )
    if unsent_files and session.scalar(
        select(Document.id)
        .where(attachments.of_drafts(drafts), Document.id.in_(unsent_files))
        .limit(1)
    ):
        held |= {
            draft
            for draft in session.scalars(drafts)
            if session.scalar(
                select(Document.id)
                .where(attachments.of_drafts([draft]), Document.id.in_(unsent_files))
                .limit(1)
            )
        }
    return sorted(held)


def remove_sent_requests(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "submitted")
    with app.app_context(), db.session_factory(app)() as session:
        unsent_files = _waiting(session, messages.DOCUMENT_KEY_PREFIX)
        unsent_views = _waiting(session, messages.CONTRIBUTION_KEY_PREFIX)

    def remove(session: Session, old: Select[Any]) -> list[str]:
        held = _held_drafts(session, old, unsent_files, unsent_views)
        drafts = old.where(AssessmentRequest.draft_id.not_in(held)) if held else old
        files = attachments.delete_where(session, attachments.of_drafts(drafts))
        session.execute(
            delete(Contribution).where(Contribution.draft_id.in_(drafts)),
            execution_options=UNSYNCED,
        )
        requests = select(AssessmentRequest.id).where(AssessmentRequest.draft_id.in_(drafts))
        for kept_with_request in (CaseNote, FamilyMessage, DeadlineException):
            session.execute(
                delete(kept_with_request).where(kept_with_request.request_id.in_(requests)),
                execution_options=UNSYNCED,
            )
        gone = list(session.scalars(drafts))
        session.execute(
            delete(AssessmentRequest).where(AssessmentRequest.draft_id.in_(drafts)),
            execution_options=UNSYNCED,
        )
        session.execute(
            delete(RequestDraft).where(_among(session, RequestDraft.id, gone)),
            execution_options=UNSYNCED,
        )
        return files

    sent = select(AssessmentRequest.draft_id).where(
        AssessmentRequest.submitted_at < cutoff, AssessmentRequest.delivered_at.is_not(None)
    )
    removed = in_batches(app, sent, remove)
    delivered = select(OutboxMessage.id).where(
        OutboxMessage.status == messages.Status.DELIVERED, OutboxMessage.delivered_at < cutoff
    )
    in_batches(app, delivered, _deleting(OutboxMessage))
    return removed


def _among(
    session: Session, column: InstrumentedAttribute[str], ids: list[str]
) -> ColumnElement[bool]:
    """`column IN ids`; on PostgreSQL as one array parameter (`= ANY`), not one parameter
    per id of the batch, which take longer to send and to plan than the delete itself."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("ids", ids, type_=postgresql.ARRAY(column.type)))
    return column.in_(ids)


def _deleting(model: Any) -> Remover:
    def remove(session: Session, ids: Select[Any]) -> list[str]:
        session.execute(delete(model).where(model.id.in_(ids)), execution_options=UNSYNCED)
        return []

    return remove


def remove_old_audit(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "audit")

    def remove(session: Session, ids: Select[Any]) -> list[str]:
        session.add(AuditRetentionSwitch(on=True))
        session.flush()
        session.execute(
            delete(AuditEvent).where(AuditEvent.id.in_(ids)), execution_options=UNSYNCED
        )
        session.execute(delete(AuditRetentionSwitch))
        return []

    return in_batches(app, select(AuditEvent.id).where(AuditEvent.occurred_at < cutoff), remove)


def remove_sent_contributions(app: Flask) -> int:
    """Views sent to a case, once delivered and past the period for sent copies."""
    cutoff = utcnow() - _days(app, "submitted")
    with app.app_context(), db.session_factory(app)() as session:
        waiting = _waiting(session, "contribution-")
        unsent_files = _waiting(session, "document-")
        old = [
            contribution.id
            for contribution in session.scalars(
                select(Contribution).where(
                    Contribution.submitted_at < cutoff, Contribution.draft_id.is_(None)
                )
            )
            if contribution.id not in waiting
            and not unsent_files
            & set(
                session.scalars(
                    select(Document.id).where(Document.contribution_id == contribution.id)
                )
            )
        ]
        files = attachments.delete_where(session, Document.contribution_id.in_(old))
        session.execute(delete(Contribution).where(Contribution.id.in_(old)))
        session.commit()
        attachments.remove_files(files)
        return len(old)


def remove_sent_mediation_steps(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "submitted")
    with app.app_context(), db.session_factory(app)() as session:
        waiting = _waiting(session, messages.MEDIATION_STEP_KEY_PREFIX)
        old = [
            step_id
            for step_id in session.scalars(
                select(MediationStep.id).where(MediationStep.recorded_at < cutoff)
            )
            if step_id not in waiting
        ]
        session.execute(delete(MediationStep).where(MediationStep.id.in_(old)))
        session.commit()
        return len(old)


def remove_old_draft_plan_responses(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "submitted")
    with app.app_context(), db.session_factory(app)() as session:
        waiting = _waiting(session, messages.DRAFT_PLAN_RESPONSE_KEY_PREFIX)
        unsent_files = _waiting(session, messages.DOCUMENT_KEY_PREFIX)
        old = [
            response.id
            for response in session.scalars(
                select(DraftPlanResponse).where(DraftPlanResponse.draft_issued_on < cutoff.date())
            )
            if response.id not in waiting
            and (response.submitted_at is None or response.submitted_at < cutoff)
            and not unsent_files
            & set(
                session.scalars(
                    select(Document.id).where(Document.draft_response_id == response.id)
                )
            )
        ]
        files = attachments.delete_where(session, Document.draft_response_id.in_(old))
        session.execute(delete(DraftPlanResponse).where(DraftPlanResponse.id.in_(old)))
        session.commit()
        attachments.remove_files(files)
        return len(old)


def remove_old_review_views(app: Flask) -> int:
    """Views for a review due before the retention period, once the case system has them
    and their reports (or never sent)."""
    cutoff = utcnow() - _days(app, "submitted")
    with app.app_context(), db.session_factory(app)() as session:
        waiting = _waiting(session, messages.REVIEW_VIEWS_KEY_PREFIX)
        unsent_files = _waiting(session, messages.DOCUMENT_KEY_PREFIX)
        old = [
            views.id
            for views in session.scalars(
                select(ReviewViews).where(ReviewViews.review_due_on < cutoff.date())
            )
            if views.id not in waiting
            and (views.submitted_at is None or views.submitted_at < cutoff)
            and not unsent_files
            & set(session.scalars(select(Document.id).where(Document.review_views_id == views.id)))
        ]
        files = attachments.delete_where(session, Document.review_views_id.in_(old))
        session.execute(delete(ReviewViews).where(ReviewViews.id.in_(old)))
        session.commit()
        attachments.remove_files(files)
        return len(old)


def remove_unused_contact_preferences(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "contact")
    with app.app_context(), db.session_factory(app)() as session:
        last_seen = func.coalesce(Account.last_signed_in_at, Account.created_at)
        unused = select(Account.id).where(last_seen < cutoff)
        old = list(
            session.scalars(
                select(ContactPreference.account_id).where(ContactPreference.account_id.in_(unused))
            )
        )
        session.execute(delete(ContactPreference).where(ContactPreference.account_id.in_(old)))
        session.commit()
        return len(old)


def remove_answered_data_rights(app: Flask) -> int:
    cutoff = (utcnow() - _days(app, "submitted")).date()
    with app.app_context(), db.session_factory(app)() as session:
        waiting = _waiting(session, messages.DATA_RIGHTS_KEY_PREFIX)
        updates = _waiting(session, messages.DATA_RIGHTS_UPDATE_KEY_PREFIX)
        waiting |= set(
            session.scalars(
                select(DataRightsUpdate.request_id).where(DataRightsUpdate.id.in_(updates))
            )
        )
        old = [
            request_id
            for request_id in session.scalars(
                select(DataRightsRequest.id).where(
                    DataRightsRequest.status == "done", DataRightsRequest.closed_on < cutoff
                )
            )
            if request_id not in waiting
        ]
        session.execute(delete(DataRightsUpdate).where(DataRightsUpdate.request_id.in_(old)))
        session.execute(delete(DataRightsRequest).where(DataRightsRequest.id.in_(old)))
        session.commit()
        return len(old)


def run(app: Flask) -> dict[str, int]:

    sessions = extensions.settings(app).config.sessions
    contributions.send_stranded(app)
    return {
        "drafts": remove_stale_drafts(app),
        "unsent views": contributions.remove_stale(app),
        "sent views": remove_sent_contributions(app),
        "sent requests": remove_sent_requests(app),
        "mediation steps": remove_sent_mediation_steps(app),
        "draft plan responses": remove_old_draft_plan_responses(app),
        "annual review views": remove_old_review_views(app),
        "contact preferences": remove_unused_contact_preferences(app),
        "answered data-rights requests": remove_answered_data_rights(app),
        "sessions": remove_expired(app, sessions.idle_timeout),
        "audit events": remove_old_audit(app),
        "feedback comments (anonymised)": anonymise_old(app, _days(app, "feedback").days),
    }
