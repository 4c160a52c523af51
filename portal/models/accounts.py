"""People who sign in, their server-side sessions, and spent logout tokens."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, new_id, utcnow


class Account(Base):
    """One person at one identity provider, keyed on issuer and subject, never email."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(10))  # "family" or "staff"
    issuer: Mapped[str] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(320))
    display_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_signed_in_at: Mapped[dt.datetime | None]

    __table_args__ = (UniqueConstraint("issuer", "subject", name="uq_accounts_issuer_subject"),)


class WebSession(Base):
    """A browser session. Only a hash of the cookie's value is stored, and what the
    session holds is sealed with a key derived from that value (portal.auth.sessions)."""

    __tablename__ = "web_sessions"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    account_id: Mapped[str | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]

    __table_args__ = (Index("ix_web_sessions_expires_at", "expires_at"),)


class SpentLogoutToken(Base):
    """The `jti` of every back-channel logout token accepted, so none is replayed."""

    __tablename__ = "spent_logout_tokens"

    jti: Mapped[str] = mapped_column(String(255), primary_key=True)
    issuer: Mapped[str] = mapped_column(String(255), primary_key=True)
    expires_at: Mapped[dt.datetime]
