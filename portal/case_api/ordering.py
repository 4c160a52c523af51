"""The order messages reach the case system in: what concerns a case waits behind the
message that creates it."""

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
