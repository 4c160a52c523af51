"""Keeping one response to the feedback form: anonymous, with contact details only when
the person asked to be contacted, and linked to their account only then (and only when
they were signed in to a family's account). What an account's own feedback is, for "Your
data" and the rights over it, is read here too, as the catalogue's items (feedback.*)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, select

from feedback.models import Feedback
from forms import items
from portal.models.base import utcnow
from portal.platform import db


def keep(
    answers: dict[str, Any],
    language: str,
    received_at: dt.datetime | None = None,
    account_id: str | None = None,
) -> None:
    """The form's `answers`, given in `language`; `account_id`: the family's account the
    person was signed in to, kept only if they asked to be contacted."""
    wanted = answers.get(items.FEEDBACK_CONTACT) == "yes"
    db.session().add(
        Feedback(
            service=answers[items.FEEDBACK_SERVICE],
            satisfaction=int(answers[items.FEEDBACK_SATISFACTION]),
            worked_well=answers.get(items.FEEDBACK_WORKED_WELL),
            could_be_better=answers.get(items.FEEDBACK_COULD_BE_BETTER),
            contact_wanted=wanted,
            contact={
                "name": answers.get(items.FEEDBACK_CONTACT_NAME),
                "email": answers.get(items.FEEDBACK_CONTACT_EMAIL),
                "phone": answers.get(items.FEEDBACK_CONTACT_PHONE),
            }
            if wanted
            else None,
            language=language,
            received_at=received_at or utcnow(),
            account_id=account_id if wanted else None,
        )
    )
    db.session().commit()


def of_account(account_id: str) -> Select[Feedback]:
    """The account's own feedback: what it asked to be contacted about, until anonymised."""
    return select(Feedback).where(Feedback.account_id == account_id)


def as_answers(given: Feedback) -> dict[str, Any]:
    """A response as the form's answers, by catalogue item."""
    contact = given.contact or {}
    return {
        items.FEEDBACK_SERVICE: given.service,
        items.FEEDBACK_SATISFACTION: str(given.satisfaction),
        items.FEEDBACK_WORKED_WELL: given.worked_well,
        items.FEEDBACK_COULD_BE_BETTER: given.could_be_better,
        items.FEEDBACK_CONTACT: "yes" if given.contact_wanted else "no",
        items.FEEDBACK_CONTACT_NAME: contact.get("name"),
        items.FEEDBACK_CONTACT_EMAIL: contact.get("email"),
        items.FEEDBACK_CONTACT_PHONE: contact.get("phone"),
    }
