"""For caseworkers: the families' sent responses to draft plans, a page at a time."""

from __future__ import annotations

from sqlalchemy import func, select

from portal.case_api import messages
from portal.models import Document, DraftPlanResponse, OutboxMessage
from portal.platform import db
from portal.platform.senders import sender_name


def sent_responses(skip: int, size: int) -> tuple[list[tuple[DraftPlanResponse, str, int]], int]:
    """For caseworkers: `size` sent responses after the first `skip`, the newest draft
    first (those the council still has to act on), each with who sent it and how many
    files came with it, and how many there are."""
    session = db.session()
    sent = DraftPlanResponse.submitted_at.is_not(None)
    total = session.scalar(select(func.count()).select_from(DraftPlanResponse).where(sent))
    found = session.execute(
        select(
            DraftPlanResponse,
            sender_name(DraftPlanResponse.account_id, DraftPlanResponse.case_reference),
            select(func.count(Document.id))
            .where(Document.draft_response_id == DraftPlanResponse.id)
            .scalar_subquery(),
        )
        .where(sent)
        .order_by(
            DraftPlanResponse.draft_issued_on.desc(),
            DraftPlanResponse.submitted_at.desc(),
            DraftPlanResponse.id,
        )
        .offset(skip)
        .limit(size)
    )
    return [
        (response, name or response.account_id, files) for response, name, files in found
    ], total or 0


def one_sent(response_id: str) -> tuple[DraftPlanResponse, str] | None:
    """For caseworkers: one sent response (a response not sent yet is the family's), with
    who sent it, named as the annual review's views are."""
    found = (
        db.session()
        .execute(
            select(
                DraftPlanResponse,
                sender_name(DraftPlanResponse.account_id, DraftPlanResponse.case_reference),
            ).where(
                DraftPlanResponse.id == response_id, DraftPlanResponse.submitted_at.is_not(None)
            )
        )
        .first()
    )
    if found is None:
        return None
    response, name = found
    return response, name or response.account_id


def delivered(responses: list[DraftPlanResponse]) -> set[str]:
    """The ids of those of `responses` the case system has, in one query."""
    keys = {messages.draft_plan_response_key(r.id): r.id for r in responses}
    if not keys:
        return set()
    found = db.session().scalars(
        select(OutboxMessage.idempotency_key).where(
            OutboxMessage.idempotency_key.in_(keys),
            OutboxMessage.status == messages.Status.DELIVERED,
        )
    )
    return {keys[key] for key in found}
