"""Emails: queued in the outbox with the change they tell a person about, then sent by
the outbox worker through GOV.UK Notify (or, without NOTIFY_API_KEY, into the local
development mailbox at /dev/mailbox).

The portal writes each email itself, in the person's language, from a template in
templates/emails/, and hands Notify one generic template whose subject is ((subject))
and body ((body)). The outbox message's key is Notify's `reference`: before sending again
after a failure, the worker asks Notify for a notification with that reference, so an
email Notify accepted but never confirmed (a timeout) is not sent twice.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import current_app, render_template
from flask_babel import force_locale, get_locale
from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.case_api import messages
from portal.case_api.client import CaseApiError
from portal.models import MailboxMessage, OutboxMessage
from portal.platform import db, extensions


def service_link(endpoint: str, **values: object) -> str:
    """An absolute link to a page, at the service's configured address, in the language in
    force; it needs no request, so an email can be written anywhere."""
    base = urlsplit(str(extensions.settings().config.service.url))
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path.rstrip("/") or "/", url_scheme=base.scheme
    )
    return adapter.build(endpoint, {**values, "lang": str(get_locale())}, force_external=True)


def render_email(template: str, language: str, **context: object) -> tuple[str, str]:
    """The subject (first line) and body of templates/emails/<template>.txt."""
    with force_locale(language):
        text = render_template(f"emails/{template}.txt", **context)
    subject, _, body = text.strip().partition("\n")
    return subject.strip(), body.strip() + "\n"


def queue_email(
    session: Session, key: str, to: str, template: str, language: str, **context: Any
) -> None:
    """Add the email to `session`, to be committed with what it tells the person.

    `key` names the event the email is about (one email per event, however often the
    request that caused it is repeated)."""
    if not to:
        return
    subject, body = render_email(template, language, **context)
    session.add(
        messages.outbox_row(
            messages.SendEmail(
                key=messages.email_key(key),
                to=to,
                subject=subject,
                body=body,
                language=language,
                template=template,
                reference=context.get("reference"),
            )
        )
    )


def _notify_client(settings: Any) -> Any:

    return NotificationsAPIClient(
        settings.notify_api_key,
        base_url=settings.config.notify.base_url,
        timeout=settings.config.notify.timeout_seconds,
    )


def send(message: OutboxMessage) -> dict[str, Any]:
    """The outbox's sender for emails: raises CaseApiError, retryable or not, on failure."""
    settings = extensions.settings()
    email = messages.SendEmail.from_row(message)
    if not settings.notify_api_key:
        session = db.session()
        if session.scalar(select(MailboxMessage.id).where(MailboxMessage.id == message.id)):
            return {}
        session.add(
            MailboxMessage(
                id=message.id,
                to=email.to,
                subject=email.subject,
                body=email.body,
                language=email.language,
            )
        )
        session.commit()
        return {}

    client = _notify_client(settings)
    try:
        if message.attempts > 1 or message.last_error:
            found = client.get_all_notifications(reference=message.idempotency_key)
            if found.get("notifications"):
                return {"notification": found["notifications"][0].get("id")}
        sent = client.send_email_notification(
            email_address=email.to,
            template_id=settings.config.notify.template_id,
            personalisation={"subject": email.subject, "body": email.body},
            reference=message.idempotency_key,
            email_reply_to_id=settings.config.notify.reply_to_id,
        )
    except APIError as error:
        status = error.status_code
        raise CaseApiError(
            f"GOV.UK Notify: {status} {error.message}",
            status=status,
            retryable=status >= 500 or status == 429,
        ) from error
    return {"notification": sent.get("id")}
