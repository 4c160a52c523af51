"""What a question page offers before the person has answered it: the email they sign in
with, as their contact email (they can change it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from forms import items
from portal.models import Account, RequestDraft
from portal.platform import db


def with_sign_in_email(draft: RequestDraft, asked: Iterable[str]) -> dict[str, Any]:
    """The draft's answers, with the email the person signs in with offered as their
    contact email on the page that asks for it, until they give one."""
    if items.CONTACT_EMAIL not in asked or draft.answers.get(items.CONTACT_EMAIL):
        return draft.answers
    email = db.session().scalar(select(Account.email).where(Account.id == draft.account_id))
    return {**draft.answers, items.CONTACT_EMAIL: email} if email else draft.answers
