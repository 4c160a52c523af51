"""Beginning a request on "Who is asking?": a new draft, or the one the account began and
left untouched, so going back and pressing Continue again does not leave a row of empty,
identical requests on the account home."""

from __future__ import annotations

from sqlalchemy import bindparam, exists, select

from forms import items
from portal.auth.holder import forget_account_voice
from portal.models import AssessmentRequest, Contribution, Document, RequestDraft
from portal.models.base import utcnow
from portal.platform import audit, db

# The account's unsent drafts with no file and no views begun with them, newest first.
_BARE = (
    select(RequestDraft)
    .where(
        RequestDraft.account_id == bindparam("account"),
        RequestDraft.submitted_at.is_(None),
        ~exists().where(Document.draft_id == RequestDraft.id),
        ~exists().where(Contribution.draft_id == RequestDraft.id),
    )
    .order_by(RequestDraft.created_at.desc())
)


# A parent's or young person's own details, the same on each request they send: carried
# from their last request sent to a new one, to check rather than type again. What is
# about the child (the relationship to them, others with parental responsibility) is not.
CARRIED = (
    "parent.first_name",
    "parent.last_name",
    items.CONTACT_EMAIL,
    "contact.phone",
    "parent.first_language",
)

_LAST_SENT = (
    select(AssessmentRequest.answers)
    .where(
        AssessmentRequest.account_id == bindparam("account"),
        AssessmentRequest.requester_role == bindparam("role"),
    )
    .order_by(AssessmentRequest.submitted_at.desc())
    .limit(1)
)


def _untouched(account_id: str) -> RequestDraft | None:
    """The newest draft with nothing in it but the answer to "Who is asking?" (and the
    details carried into it)."""
    for draft in db.session().scalars(_BARE, {"account": account_id}):
        if set(draft.answers) <= {items.REQUESTER_ROLE, *CARRIED} and not draft.completed_sections:
            return draft
    return None


def _carried(account_id: str, role: str) -> dict[str, object]:
    last = db.session().scalar(_LAST_SENT, {"account": account_id, "role": role}) or {}
    return {item_id: last[item_id] for item_id in CARRIED if last.get(item_id)}


def start(account_id: str, role: str, language: str) -> RequestDraft:
    """The draft to go on with as `role`: the untouched one, answered again, or a new one."""
    session = db.session()
    draft = _untouched(account_id)
    begun = draft is None
    if draft is None:
        draft = RequestDraft(account_id=account_id)
        session.add(draft)
    draft.requester_role = role
    draft.answers = {items.REQUESTER_ROLE: role, **_carried(account_id, role)}
    draft.language = language
    draft.updated_at = utcnow()
    session.flush()
    if begun:
        audit.add(session, "request_started", "draft", draft.id)
    session.commit()
    forget_account_voice()
    return draft
