"""How a family chose to hear from the council: by email, by text message or both, and
in which language."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, utcnow

CHANNELS = ("email", "sms", "both")


class ContactPreference(Base):
    """One per account; an account without one hears by email, in the language of what
    it sent. The mobile number is kept (encrypted) only while texts are chosen."""

    __tablename__ = "contact_preferences"

    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True
    )
    channels: Mapped[str] = mapped_column(String(10))
    mobile: Mapped[str | None] = mapped_column(EncryptedJSON)
    language: Mapped[str] = mapped_column(String(10))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @property
    def by_email(self) -> bool:
        return self.channels in ("email", "both")

    @property
    def by_text(self) -> bool:
        return self.channels in ("sms", "both") and bool(self.mobile)
