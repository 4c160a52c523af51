"""Keeping one response to the feedback form: anonymous, with contact details only when
the person asked to be contacted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from feedback.models import Feedback
from forms import items
from portal.models.base import utcnow
from portal.platform import db


def keep(answers: dict[str, Any], language: str, received_at: dt.datetime | None = None) -> None:
    """The form's `answers`, given in `language`."""
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
        )
    )
    db.session().commit()
