"""What this service holds about a family, item by item, as they would read it: the
answers of their requests, views, responses to draft plans and views for reviews, the
files they added, and how they chose to hear from us. The rights page lists these and
nothing else (feedback is anonymous: nothing links it to anyone)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from forms import items
from portal.contributions.service import own_voice
from portal.models import (
    ContactPreference,
    Contribution,
    Document,
    DraftPlanResponse,
    RequestDraft,
    ReviewViews,
)
from portal.platform import db
from portal.platform.answers import label

# Each file's name and description, by what it was added to.
FILE_ITEMS = {
    "draft_id": ("documents.file", "documents.description"),
    "message_id": ("documents.file", "documents.description"),
    "contribution_id": ("views.file", "views.file_description"),
    "draft_response_id": ("draft_plan.file", "draft_plan.file_description"),
    "review_views_id": ("review.file", "review.file_description"),
}


def _as_text(value: Any) -> str:
    if isinstance(value, dict):  # a response's comments, section by section
        return ", ".join(_as_text(part) for part in value.values() if part)
    return ", ".join(value) if isinstance(value, list) else str(value)


def _answered(account_id: str) -> Iterable[tuple[dict[str, Any], bool]]:
    """Every set of answers the account gave, newest first within each kind, and whether
    a young person gave it about themselves."""
    session = db.session()
    for draft in session.scalars(
        select(RequestDraft)
        .where(RequestDraft.account_id == account_id)
        .order_by(RequestDraft.updated_at.desc())
    ):
        yield draft.answers, draft.requester_role == "young_person"
    for views in session.scalars(
        select(Contribution)
        .where(Contribution.account_id == account_id)
        .order_by(Contribution.created_at.desc())
    ):
        yield views.answers, own_voice(views)
    for response in session.scalars(
        select(DraftPlanResponse)
        .where(DraftPlanResponse.account_id == account_id)
        .order_by(DraftPlanResponse.updated_at.desc())
    ):
        yield response.answers, response.responder_role == "young_person"
    for review in session.scalars(
        select(ReviewViews)
        .where(ReviewViews.account_id == account_id)
        .order_by(ReviewViews.updated_at.desc())
    ):
        yield review.answers, review.author_role == "young_person"


def _files(account_id: str) -> dict[str, list[str]]:
    """The names and descriptions of the files the account added, by item."""
    found: dict[str, list[str]] = {}
    for document in db.session().scalars(
        select(Document)
        .where(Document.account_id == account_id)
        .order_by(Document.uploaded_at.desc())
    ):
        owner = next((column for column in FILE_ITEMS if getattr(document, column)), None)
        if owner is None:
            continue
        name, description = FILE_ITEMS[owner]
        found.setdefault(name, []).append(document.filename)
        if document.description:
            found.setdefault(description, []).append(document.description)
    return found


def held(account_id: str) -> dict[str, str]:
    """What this service holds for each item the family gave, as they would read it: the
    latest answer where several requests or views gave one."""
    found: dict[str, str] = {}
    for answers, young_person in _answered(account_id):
        for item_id, value in answers.items():
            if value not in (None, "", [], {}) and item_id not in found:
                shown = value if isinstance(value, dict) else label(item_id, value, young_person)
                found[item_id] = _as_text(shown)
    found.update({item_id: ", ".join(names) for item_id, names in _files(account_id).items()})
    chosen = db.session().get(ContactPreference, account_id)
    if chosen is not None:
        given = {
            items.CONTACT_CHANNELS: chosen.channels,
            items.CONTACT_MOBILE: chosen.mobile,
            items.CONTACT_LANGUAGE: chosen.language,
        }
        for item_id, value in given.items():
            if value:
                found[item_id] = _as_text(label(item_id, value))
    return found
