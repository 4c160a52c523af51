"""The feedback a person asked to be contacted about while signed in: kept with their
account (feedback/responses.py), so "Your data" lists it, each as its form asked it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from feedback import responses
from feedback.models import Feedback
from forms.catalogue import Catalogue
from portal.account.your_data_records import Window, rows_of
from portal.auth.holder import account_voice
from portal.platform.answers import listed_answers


def feedback(
    session: Session, catalogue: Catalogue, account_id: str, window: Window | None
) -> tuple[list[dict[str, Any]], int]:
    rows, total = rows_of(
        session,
        responses.of_account(account_id).order_by(Feedback.received_at),
        Feedback.received_at,
        window,
    )
    young_person = account_voice() is not None
    return [
        {
            "sent_at": given.received_at.isoformat(),
            "service": given.service,
            "satisfaction": given.satisfaction,
            "language": given.language,
            "answers": listed_answers(
                catalogue,
                responses.as_answers(given),
                young_person,
                frozenset(i.id for i in catalogue.items if i.required),
                as_asked=True,
            ),
        }
        for given, *_ in rows
    ], total
