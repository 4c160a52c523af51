"""What the family is emailed when their consent changes."""

from __future__ import annotations

from flask_babel import get_locale
from sqlalchemy import select

from forms import items
from portal.case_api import messages as case_messages
from portal.consent.service import ASSESSMENT
from portal.contact_preferences.service import notify_family
from portal.models import AssessmentRequest, ConsentEvent
from portal.platform import db


def tell_assessment_stopped(events: list[ConsentEvent]) -> None:
    """Among newly recorded `events`, a withdrawn consent to the assessment stops it: email
    the family that says so (to the contact address of the request they sent, else their
    account's), in the transaction that records it."""
    for event in events:
        if event.choice != ASSESSMENT or event.given:
            continue
        sent = (
            db.session()
            .execute(
                select(AssessmentRequest.answers, AssessmentRequest.language).where(
                    AssessmentRequest.reference == event.case_reference,
                    AssessmentRequest.account_id == event.account_id,
                )
            )
            .first()
        )
        notify_family(
            db.session(),
            event.account_id,
            "consent_withdrawn",
            ("account.case", {"reference": event.case_reference}),
            event=case_messages.consent_withdrawn_event(event.id),
            language=sent.language if sent else str(get_locale()),
            email=(sent.answers or {}).get(items.CONTACT_EMAIL) if sent else None,
            case_reference=event.case_reference,
            reference=event.case_reference,
            withdrawn_at=event.occurred_at,
        )
