"""A family's requests about their own information (UK GDPR Articles 16 to 21), and what
the council did about each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow

RIGHTS = ("rectification", "restriction", "objection", "erasure")
STATUSES = ("received", "extended", "done")


class DataRightsRequest(Base):
    """One request about one item of the family's information. `due_on` is the date it
    is due by now: one calendar month from `received_on`, or later once extended."""

    __tablename__ = "data_rights_requests"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    right: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[str] = mapped_column(String(64))
    # What is wrong, and what it should say: the family's own words, which may name
    # health or needs, so encrypted as answers are.
    content: Mapped[dict] = mapped_column(EncryptedJSON)
    language: Mapped[str] = mapped_column(String(10))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    received_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(12), default="received", index=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class DataRightsUpdate(Base):
    """A member of staff extended the time (with the reason the family is told) or
    answered the request (with what was done)."""

    __tablename__ = "data_rights_updates"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(
        ForeignKey("data_rights_requests.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(12))
    # Staff's answer, which may speak of a diagnosis or needs: encrypted as the request is.
    reason: Mapped[str] = mapped_column(EncryptedJSON)
    made_by: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    made_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
