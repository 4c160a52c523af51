"""Requests for an EHC needs assessment: drafts being written, and submitted requests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.crypto import EncryptedJSON
from portal.db import Base, utcnow
from portal.models.accounts import new_id

ROLES = ("parent_carer", "young_person")


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


class Document(Base):
    """A file a family added to a request or to their views. The bytes live in
    instance/uploads/."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    draft_id: Mapped[str | None] = mapped_column(
        ForeignKey("request_drafts.id", ondelete="CASCADE"), index=True
    )
    contribution_id: Mapped[str | None] = mapped_column(
        ForeignKey("contributions.id", ondelete="CASCADE"), index=True
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
