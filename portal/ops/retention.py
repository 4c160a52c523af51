"""`flask retention run`: removes what the portal no longer needs, by app.yaml's periods.

- drafts nobody changed for the `drafts` period, with their files (views finished after
  their request was sent, and kept unsent by an earlier version, are sent first);
- the portal's copies of requests sent more than the `submitted` period ago, once the
  case system has them (the family keeps its link to the case), and delivered outbox
  messages, which carry the same answers;
- expired sessions;
- audit events older than the `audit` period.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from sqlalchemy import delete, select

from feedback.reports import anonymise_old
from portal.assessment_request.service import remove_stale_drafts
from portal.auth.sessions import remove_expired
from portal.case_api import messages
from portal.contributions import service as contributions
from portal.documents import service as attachments
from portal.models import (
    AssessmentRequest,
    AuditEvent,
    AuditRetentionSwitch,
    Contribution,
    Document,
    OutboxMessage,
    RequestDraft,
)
from portal.models.base import utcnow
from portal.platform import db, extensions


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


def remove_sent_requests(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "submitted")
    with app.app_context(), db.session_factory(app)() as session:
        old = session.scalars(
            select(AssessmentRequest).where(
                AssessmentRequest.submitted_at < cutoff, AssessmentRequest.delivered_at.is_not(None)
            )
        ).all()
        unsent_files = _waiting(session, messages.DOCUMENT_KEY_PREFIX)
        unsent_contributions = _waiting(session, messages.CONTRIBUTION_KEY_PREFIX)
        drafts = [
            request.draft_id
            for request in old
            if not unsent_files
            & set(
                session.scalars(
                    select(Document.id).where(attachments.of_drafts([request.draft_id]))
                )
            )
            and not unsent_contributions
            & set(
                session.scalars(
                    select(Contribution.id).where(Contribution.draft_id == request.draft_id)
                )
            )
        ]
        files = attachments.delete_where(session, attachments.of_drafts(drafts))
        session.execute(delete(Contribution).where(Contribution.draft_id.in_(drafts)))
        session.execute(delete(AssessmentRequest).where(AssessmentRequest.draft_id.in_(drafts)))
        session.execute(delete(RequestDraft).where(RequestDraft.id.in_(drafts)))
        session.execute(
            delete(OutboxMessage).where(
                OutboxMessage.status == messages.Status.DELIVERED,
                OutboxMessage.delivered_at < cutoff,
            )
        )
        session.commit()
        attachments.remove_files(files)
        return len(old)


def remove_old_audit(app: Flask) -> int:
    cutoff = utcnow() - _days(app, "audit")
    with db.session_factory(app)() as session:
        session.add(AuditRetentionSwitch(on=True))
        session.flush()
        removed = session.execute(delete(AuditEvent).where(AuditEvent.occurred_at < cutoff))
        session.execute(delete(AuditRetentionSwitch))
        session.commit()
        return removed.rowcount or 0


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


def run(app: Flask) -> dict[str, int]:

    sessions = extensions.settings(app).config.sessions
    contributions.send_stranded(app)
    return {
        "drafts": remove_stale_drafts(app),
        "unsent views": contributions.remove_stale(app),
        "sent views": remove_sent_contributions(app),
        "sent requests": remove_sent_requests(app),
        "sessions": remove_expired(app, sessions.idle_timeout),
        "audit events": remove_old_audit(app),
        "feedback comments (anonymised)": anonymise_old(app, _days(app, "feedback").days),
    }
