"""Messages for the case system, and emails and texts for the families, written in the same
transaction as what they carry.

A worker delivers them with their idempotency key (for an email, Notify's reference) and
retries until the case system or GOV.UK Notify has them; until then they wait here, so
nothing is lost.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow


class OutboxMessage(Base):
    __tablename__ = "outbox_messages"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(EncryptedJSON)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    # Sent only once the message with this key has been delivered (or removed after
    # delivery): a case's consent and views wait for the request that creates the case,
    # and each decision, note or consent change waits for the one before it.
    after_key: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_outbox_due", "status", "next_attempt_at"),
        Index("ix_outbox_after_key", "after_key"),
    )


class MailboxMessage(Base):
    """An email or text message that development sent to the local mailbox instead of
    GOV.UK Notify; a text has no subject."""

    __tablename__ = "mailbox_messages"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    channel: Mapped[str] = mapped_column(String(10), default="email")  # "email" or "sms"
    to: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(10))
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CaseCache(Base):
    """The last answer the case system gave about a case (its status, or its plan)."""

    __tablename__ = "case_cache"

    case_reference: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # "case", "plan", "review"
    body: Mapped[dict | None] = mapped_column(EncryptedJSON)
    fetched_at: Mapped[dt.datetime]
    # Plain, from the body, set whenever it is written (portal.case_api.annual_reviews):
    # what the caseworkers' list of reviews orders, counts and pages by.
    final_plan: Mapped[bool] = mapped_column(default=False)
    plan_ceased: Mapped[bool] = mapped_column(default=False)  # the council stopped the plan
    review_due_on: Mapped[dt.date | None]
    next_step_due: Mapped[dt.date | None]
    overdue_after: Mapped[dt.date | None]
