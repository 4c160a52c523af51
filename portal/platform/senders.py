"""How a staff page names the family member who sent something (their views for an annual
review, their response to a draft plan): the name the identity provider gave their
account, or else its email address, or else its id."""

from __future__ import annotations

from sqlalchemy import ColumnElement, ScalarSelect, func, select
from sqlalchemy.orm import InstrumentedAttribute

from portal.models import Account


def sender_name(account_id: InstrumentedAttribute[str] | ColumnElement[str]) -> ScalarSelect[str]:
    """The name of the account `account_id` (a column) names, as a scalar subquery to
    select with the rows that column is in."""
    return (
        select(
            func.coalesce(
                func.nullif(Account.display_name, ""), func.nullif(Account.email, ""), Account.id
            )
        )
        .where(Account.id == account_id)
        .scalar_subquery()
    )
