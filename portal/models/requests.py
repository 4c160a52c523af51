"""Requests for an EHC needs assessment: drafts being written, and submitted requests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, query_expression

from portal.models.base import Base, EncryptedJSON, new_id, utcnow
from portal.models.folding import name_as_searched

ROLES = ("parent_carer", "young_person")


def _name_as_searched(context: DefaultExecutionContext) -> str:
    given = context.get_current_parameters()
    return name_as_searched(given.get("child_name"), given.get("child_preferred_name"))


class RequestDraft(Base):
    """A request being written. Answers are keyed by catalogue item id."""

    __tablename__ = "request_drafts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    requester_role: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)
    completed_sections: Mapped[list] = mapped_column(JSON, default=list)
    # The consent wording the person read when they made the choices in `answers`:
    # {"version", "sha256", "language", "at"}. Events are written from it at submission.
    consent_wording: Mapped[dict | None] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(10), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    submitted_at: Mapped[dt.datetime | None]


class AssessmentRequest(Base):
    """A submitted request. The case system is the record; this is the portal's copy."""

    __tablename__ = "assessment_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    draft_id: Mapped[str] = mapped_column(ForeignKey("request_drafts.id"), unique=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    requester_role: Mapped[str] = mapped_column(String(20))
    answers: Mapped[dict] = mapped_column(EncryptedJSON)
    language: Mapped[str] = mapped_column(String(10))
    submitted_at: Mapped[dt.datetime]
    decision_due: Mapped[dt.date] = mapped_column(Date)
    case_reference: Mapped[str | None] = mapped_column(String(32))
    delivered_at: Mapped[dt.datetime | None]
    # Triage. What caseworkers search and match on is kept in plain columns (names and
    # dates of birth are not special category data); everything else stays encrypted.
    status: Mapped[str] = mapped_column(String(24), default="received", index=True)
    assigned_to: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    child_name: Mapped[str] = mapped_column(String(210), default="", index=True)
    # The name the child goes by, if the family gave one (caseworkers hear it on the phone).
    child_preferred_name: Mapped[str | None] = mapped_column(String(210))
    # The name as a search matches it (portal.models.folding: lower case, no accents,
    # Arabic and Persian letters alike): `child_name`, then the preferred name where the
    # family gave one, made whenever a request is added.
    child_name_search: Mapped[str] = mapped_column(
        String(210), default=_name_as_searched, server_default=""
    )
    child_date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    upn: Mapped[str | None] = mapped_column(String(13), index=True)
    # The postcode stays encrypted in `answers`; this is its blind index (a keyed hash,
    # portal.platform.crypto), so caseworkers can search by it.
    child_postcode_index: Mapped[str | None] = mapped_column(String(64), index=True)
    # And the blind index of its first part, the outward code ("EN5"), to search by area
    # (portal.assessment_request.postcodes).
    child_postcode_outward_index: Mapped[str | None] = mapped_column(String(64), index=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    # Why a decision was made after it was due (forms.triage.LATE_REASONS); None otherwise.
    late_reason: Mapped[str | None] = mapped_column(String(32))
    # When the family last answered a request for more information; cleared when asked again.
    replied_at: Mapped[dt.datetime | None]
    duplicate_of: Mapped[str | None] = mapped_column(String(20))
    # A decision not to assess, as the family is told it: {"reasons": standard reason
    # codes (forms/triage/decision.py), "note": the caseworker's own words, "written_in": the
    # language they said they wrote them in}. None otherwise.
    decision: Mapped[dict | None] = mapped_column(EncryptedJSON)
    # The language the family asked us to write in (their contact preference, else the
    # language they wrote the request in), where a query reads it with the request.
    writes_in: Mapped[str | None] = query_expression()
    # When consent to the assessment was withdrawn, while it stays withdrawn, where a
    # query reads it with the request (portal.consent.service.assessment_withdrawn_at).
    assessment_withdrawn_at: Mapped[dt.datetime | None] = query_expression()

    # The queue: open requests by due date (few of many), and any status by due date.
    __table_args__ = (
        Index("ix_assessment_requests_queue", "decision_due", "id"),
        Index("ix_assessment_requests_status_queue", "status", "decision_due", "id"),
        # A search by part of a name (on SQLite, a plain index nothing uses).
        Index(
            "ix_assessment_requests_child_name_search_trigrams",
            "child_name_search",
            postgresql_using="gin",
            postgresql_ops={"child_name_search": "gin_trgm_ops"},
            # Written straight into the index: a pending list (GIN's default) is read
            # through on every search until vacuum merges it.
            postgresql_with={"fastupdate": "off"},
        ),
    )


class RequestStatusCount(Base):
    """How many requests have each status, kept by database triggers as requests are
    added, change status and go (migration 0025), for the queue's tray counts."""

    __tablename__ = "request_status_counts"

    status: Mapped[str] = mapped_column(String(24), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class DeadlineException(Base):
    """A reason the regulations allow for a statutory date to move, and by how long."""

    __tablename__ = "deadline_exceptions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(ForeignKey("assessment_requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    days: Mapped[int] = mapped_column(Integer)
    # The caseworker's account of the family's circumstances (often health), so
    # encrypted as case notes are.
    reason: Mapped[str] = mapped_column(EncryptedJSON)
    recorded_by: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class FamilyMessage(Base):
    """A message between the council and the family about a request, in both directions."""

    __tablename__ = "family_messages"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(ForeignKey("assessment_requests.id"), index=True)
    sender: Mapped[str] = mapped_column(String(10))  # "council" or "family"
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    body: Mapped[str] = mapped_column(EncryptedJSON)
    language: Mapped[str] = mapped_column(String(10))
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseNote(Base):
    """A caseworker's internal note on a request: never shown to the family, sent to the
    case system."""

    __tablename__ = "case_notes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(ForeignKey("assessment_requests.id"), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    body: Mapped[str] = mapped_column(EncryptedJSON)
    written_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Document(Base):
    """A file a family added to a request, to their views, to a reply, to their response
    to a draft plan or to their views before an annual review. The bytes live in
    instance/uploads/."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    draft_id: Mapped[str | None] = mapped_column(
        ForeignKey("request_drafts.id", ondelete="CASCADE"), index=True
    )
    contribution_id: Mapped[str | None] = mapped_column(
        ForeignKey("contributions.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[str | None] = mapped_column(
        ForeignKey("family_messages.id", ondelete="CASCADE"), index=True
    )
    draft_response_id: Mapped[str | None] = mapped_column(
        ForeignKey("draft_plan_responses.id", ondelete="CASCADE"), index=True
    )
    review_views_id: Mapped[str | None] = mapped_column(
        ForeignKey("review_views.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    storage_key: Mapped[str] = mapped_column(String(32), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    scan: Mapped[str] = mapped_column(String(20))
    uploaded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
