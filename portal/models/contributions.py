"""Views in a person's own words ("All about me"), for Section A of the EHC plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from portal.models.base import Base, EncryptedJSON, new_id, utcnow

AUTHORS = ("child", "young_person", "parent_carer")


class Contribution(Base):
    """One contribution of views: written page by page, then sent once and never changed.

    It goes either with a request still being written (`draft_id`, sent when the request
    is) or to a case the person is linked to (`case_reference`)."""

    __tablename__ = "contributions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    author_role: Mapped[str] = mapped_column(String(20))
    case_reference: Mapped[str | None] = mapped_column(String(32), index=True)
    draft_id: Mapped[str | None] = mapped_column(
        ForeignKey("request_drafts.id", ondelete="CASCADE"), index=True
    )
    answers: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)
    language: Mapped[str] = mapped_column(String(10), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    ready_at: Mapped[dt.datetime | None]  # checked by the person; with a request, waits for it
    submitted_at: Mapped[dt.datetime | None]
