"""The order messages reach the case system in. What concerns a case waits behind the
message that creates it; and an update the case system reads as a change of state (a
decision, a note, a consent given or withdrawn, a mediation step) waits behind the one of
its kind before it, because the outbox sends several messages at once."""

from __future__ import annotations

from sqlalchemy import select

from portal.case_api import messages
from portal.models import AssessmentRequest
from portal.platform import db


def creating_message_key(reference: str) -> str | None:
    """The outbox key of the request that creates this case, if this portal sent it:
    consent and views for the case wait behind it."""
    draft_id = db.session().scalar(
        select(AssessmentRequest.draft_id).where(AssessmentRequest.reference == reference)
    )
    return messages.request_key(draft_id) if draft_id else None


def behind(previous_key: str | None, reference: str) -> str | None:
    """What a case's update waits behind: the one before it, or, for the first, the
    request that creates the case."""
    return previous_key or creating_message_key(reference)
