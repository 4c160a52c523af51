"""Which family accounts may reach which case, and the codes that grant that access."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, query_expression

from portal.models.base import Base, new_id, utcnow

RELATIONSHIPS = ("parent_carer", "young_person")


class CaseLink(Base):
    """A family account's access to one case, and how it was gained."""

    __tablename__ = "case_links"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    relationship: Mapped[str] = mapped_column(String(20))
    via: Mapped[str] = mapped_column(String(20))  # "submitted" or "link_code"
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # When consent to the assessment was withdrawn, while it stays withdrawn, where a
    # query reads it with the link (portal.consent.service.assessment_withdrawn_at).
    assessment_withdrawn_at: Mapped[dt.datetime | None] = query_expression()

    __table_args__ = (
        UniqueConstraint("account_id", "case_reference", name="uq_case_links_account_case"),
    )


class LinkCode(Base):
    """A single-use code a caseworker issues so a named person can reach a case.

    Only a hash of the code is kept; the caseworker sees the code once.
    """

    __tablename__ = "link_codes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    case_reference: Mapped[str] = mapped_column(String(32), index=True)
    person_name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(20))
    issued_by: Mapped[str] = mapped_column(ForeignKey("accounts.id"))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    redeemed_at: Mapped[dt.datetime | None]
    redeemed_by: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
    # A caseworker stopped it before it was used (lost, or replaced by a newer code).
    cancelled_at: Mapped[dt.datetime | None]
    cancelled_by: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"))
