"""What each file on "Your data" was added to: the same file sent with a request and with
views is two files, told apart by this and by what the family said each was."""

from __future__ import annotations

from forms.kit.fields import _l
from forms.kit.question import in_own_voice
from portal.auth.holder import account_voice
from portal.models import Document

REQUEST = "request"
DRAFT = "request_not_sent"
VIEWS = "views"
DRAFT_PLAN = "draft_plan_response"
REVIEW = "review_views"
REPLY = "reply"
ADDED_TO = {
    DRAFT: _l("Added to a request you have not sent"),
    VIEWS: _l("Added to your views"),
    DRAFT_PLAN: _l("Added to your response to a draft EHC plan"),
    REVIEW: _l("Added to your views for an annual review"),
}


def added_to(document: Document, reference: str | None) -> str | None:
    """What the file was added to (`reference`: the request's, once it was sent, or the
    request a reply was about)."""
    if document.draft_id:
        return REQUEST if reference else DRAFT
    if document.contribution_id:
        return VIEWS
    if document.draft_response_id:
        return DRAFT_PLAN
    if document.review_views_id:
        return REVIEW
    if document.message_id:
        return REPLY
    return None


def added_to_label(added: str | None, reference: str | None) -> str | None:
    """As the account holder is spoken to (a young person in their informal "you")."""
    spoken = in_own_voice if account_voice() else str
    if added == REQUEST:
        return str(spoken(_l("Added to request %(reference)s", reference=reference)))
    if added == REPLY:
        return str(
            spoken(
                _l(
                    "Sent with your reply to our message about request %(reference)s",
                    reference=reference,
                )
            )
        )
    return str(spoken(ADDED_TO[added])) if added in ADDED_TO else None
