"""The reference case system's own tables: it shares nothing with the portal's."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from portal.models.base import UTCDateTime, utcnow


class CaseSystemBase(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime}


class Client(CaseSystemBase):
    __tablename__ = "cs_clients"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    secret_sha256: Mapped[str] = mapped_column(String(64))


class Token(CaseSystemBase):
    __tablename__ = "cs_tokens"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("cs_clients.client_id"))
    expires_at: Mapped[dt.datetime]


class Case(CaseSystemBase):
    __tablename__ = "cs_cases"

    reference: Mapped[str] = mapped_column(String(20), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    requester_role: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(10))
    answers: Mapped[dict] = mapped_column(JSON)
    documents: Mapped[list] = mapped_column(JSON)
    received_on: Mapped[dt.date] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Plan(CaseSystemBase):
    __tablename__ = "cs_plans"

    case_reference: Mapped[str] = mapped_column(ForeignKey("cs_cases.reference"), primary_key=True)
    status: Mapped[str] = mapped_column(String(10))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    last_review_on: Mapped[dt.date | None] = mapped_column(Date)
    next_review_due: Mapped[dt.date | None] = mapped_column(Date)
    sections: Mapped[list] = mapped_column(JSON)


class Review(CaseSystemBase):
    """A plan's current or latest annual review, and the council's decision after it."""

    __tablename__ = "cs_reviews"

    case_reference: Mapped[str] = mapped_column(ForeignKey("cs_cases.reference"), primary_key=True)
    due_on: Mapped[dt.date] = mapped_column(Date)
    meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(10))  # keep, amend or stop
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    amendment_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    amended_plan_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    phase_transfer: Mapped[str | None] = mapped_column(String(20))
    transfer_year: Mapped[int | None]


class StoredDocument(CaseSystemBase):
    """The bytes of a file a request or contribution referred to."""

    __tablename__ = "cs_documents"

    case_reference: Mapped[str] = mapped_column(ForeignKey("cs_cases.reference"), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Entry(CaseSystemBase):
    """A consent event, contribution or triage decision added to a case."""

    __tablename__ = "cs_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_reference: Mapped[str] = mapped_column(ForeignKey("cs_cases.reference"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    body: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class IdempotencyRecord(CaseSystemBase):
    """The first answer to each key, so a repeat gets the same answer and no new effect."""

    __tablename__ = "cs_idempotency"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    request_sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10))  # "in_flight" or "done"
    response_status: Mapped[int | None]
    response_body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("client_id", "key"),)


class DataRightsEntry(CaseSystemBase):
    """A family's data-rights request, or an update to one, for the data protection
    officer: kept apart from cases, since a request may come before any case."""

    __tablename__ = "cs_data_rights"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # "request" or "update"
    body: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
