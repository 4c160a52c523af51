"""How a staff page names the family member who sent something about a case (their views
for an annual review, their response to a draft plan): the name a caseworker wrote on
the link code that gave them the case, or else the name the identity provider gave their
account (GOV.UK One Login gives none), or else its email address, or else its id."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute

from portal.models import Account, AssessmentRequest, LinkCode
from portal.platform import db

Column = InstrumentedAttribute[str] | ColumnElement[str]


def sender_name(account_id: Column, case_reference: Column) -> ColumnElement[str]:
    """The name of the account `account_id` (a column) names, on the case
    `case_reference` (a column), to select with the rows those columns are in."""
    named_on_code = (
        select(LinkCode.person_name)
        .where(LinkCode.redeemed_by == account_id, LinkCode.case_reference == case_reference)
        .order_by(LinkCode.redeemed_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    named_by_account = (
        select(
            func.coalesce(
                func.nullif(Account.display_name, ""), func.nullif(Account.email, ""), Account.id
            )
        )
        .where(Account.id == account_id)
        .scalar_subquery()
    )
    return func.coalesce(named_on_code, named_by_account)


def named_themselves(account_id: str) -> str:
    """How the account named itself to the service, for staff where no one case frames it
    (a request about their information): the name on the link code it redeemed last, or
    else the name it gave in its latest request for an assessment (a young person's own
    is the child's name; a parent's is read from its encrypted answers); else empty."""
    session = db.session()
    on_code = session.scalar(
        select(LinkCode.person_name)
        .where(LinkCode.redeemed_by == account_id, LinkCode.person_name != "")
        .order_by(LinkCode.redeemed_at.desc())
        .limit(1)
    )
    if on_code:
        return on_code
    request = session.scalars(
        select(AssessmentRequest)
        .where(AssessmentRequest.account_id == account_id)
        .order_by(AssessmentRequest.submitted_at.desc())
        .limit(1)
    ).first()
    if request is None:
        return ""
    if request.requester_role == "young_person":
        return request.child_name
    answers = request.answers
    return " ".join(
        str(answers[part])
        for part in ("parent.first_name", "parent.last_name")
        if answers.get(part)
    )
