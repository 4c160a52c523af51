"""Emails and text messages: queued in the outbox with the change they tell a person
about, then sent by the outbox worker through GOV.UK Notify (or, without NOTIFY_API_KEY,
into the local development mailbox at /dev/mailbox).

The portal writes each message itself, in the person's language, from a template in
templates/emails/ or templates/texts/, and hands Notify one generic template: for email,
subject ((subject)) and body ((body)); for text messages, ((body)). The outbox message's
key is Notify's `reference`: before sending again after a failure, the worker asks Notify
for a notification with that reference, so a message Notify accepted but never confirmed
(a timeout) is not sent twice.

Which of the two a family gets is theirs to choose: features call
portal.contact_preferences.service.notify_family, not these functions.
"""

from __future__ import annotations

from typing import Any, Final
from urllib.parse import urlsplit

from flask import current_app, render_template
from flask_babel import force_locale, get_locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.case_api import messages
from portal.case_api.client import CaseApiError
from portal.models import MailboxMessage, OutboxMessage
from portal.platform import db, extensions
from portal.platform.plain_text import settled, writing_plain_text
from portal.platform.voices import template_words


def service_link(endpoint: str, **values: object) -> str:
    """An absolute link to a page, at the service's configured address, in the language in
    force; it needs no request, so an email can be written anywhere."""
    base = urlsplit(str(extensions.settings().config.service.url))
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path.rstrip("/") or "/", url_scheme=base.scheme
    )
    return adapter.build(endpoint, {**values, "lang": str(get_locale())}, force_external=True)


def render_email(
    template: str, language: str, voice: str | None = None, **context: object
) -> tuple[str, str]:
    """The subject (first line) and body of templates/emails/<template>.txt, spoken in
    `voice` ("young person", or None for a parent or carer: portal/platform/voices.py)."""
    with force_locale(language), writing_plain_text():
        text = settled(
            render_template(
                f"emails/{template}.txt", voice=voice, **context, **template_words(voice)
            )
        )
    subject, _, body = text.strip().partition("\n")
    return subject.strip(), body.strip() + "\n"


def queue_email(
    session: Session,
    key: str,
    to: str,
    template: str,
    language: str,
    voice: str | None = None,
    **context: Any,
) -> None:
    """Add the email to `session`, to be committed with what it tells the person.

    `key` names the event the email is about (one email per event, however often the
    request that caused it is repeated); `voice` is how it speaks to them."""
    if not to:
        return
    subject, body = render_email(template, language, voice, **context)
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


# GSM 03.38, the alphabet a text message is sent in when it can be: 160 characters in one
# message, 153 in each of several. Anything else (Arabic, Cyrillic, ą, ş, ș...) sends the
# whole text as UCS-2: 70 in one, 67 in each of several (UTF-16 code units).
GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED: Final = frozenset("^{}\\[~]|€\f")  # each takes two places


def text_message_parts(body: str) -> int:
    """How many text messages `body` is sent as (what Notify charges for)."""
    if all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in body):
        length = sum(2 if ch in GSM_EXTENDED else 1 for ch in body)
        single, each = 160, 153
    else:
        length = len(body.encode("utf-16-le")) // 2
        single, each = 70, 67
    return 1 if length <= single else -(-length // each)


def render_text(template: str, language: str, voice: str | None = None, **context: object) -> str:
    """The body of templates/texts/<template>.txt, spoken in `voice` as an email is: lines
    joined as written, blank lines and surrounding spaces dropped, so the count of
    characters is what is sent."""
    with force_locale(language), writing_plain_text():
        text = settled(
            render_template(
                f"texts/{template}.txt", voice=voice, **context, **template_words(voice)
            )
        )
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def queue_sms(
    session: Session,
    key: str,
    to: str,
    template: str,
    language: str,
    voice: str | None = None,
    **context: Any,
) -> None:
    """Add the text message to `session`, to be committed with what it tells the person;
    `key` names the event and `voice` how it speaks, as for an email."""
    if not to:
        return
    session.add(
        messages.outbox_row(
            messages.SendSms(
                key=messages.sms_key(key),
                to=to,
                body=render_text(template, language, voice, **context),
                language=language,
                template=template,
                reference=context.get("reference"),
            )
        )
    )


def _notify_client(settings: Any) -> Any:
    # Loaded where it is used, not at the top: only the outbox worker sends, and the
    # client (with PyJWT) is about 15 MB of each web worker's memory.
    # Optional: in a web worker.
    from notifications_python_client.notifications import NotificationsAPIClient

    return NotificationsAPIClient(
        settings.notify_api_key,
        base_url=settings.config.notify.base_url,
        timeout=settings.config.notify.timeout_seconds,
    )


def send(message: OutboxMessage) -> dict[str, Any]:
    """The outbox's sender for emails and texts: raises CaseApiError, retryable or not,
    on failure."""
    settings = extensions.settings()
    text = message.kind == messages.Kind.SMS
    sent = messages.SendSms.from_row(message) if text else messages.SendEmail.from_row(message)
    if not settings.notify_api_key:
        _into_mailbox(message.id, sent)
        return {}
    # Optional: as in _notify_client.
    from notifications_python_client.errors import APIError

    client = _notify_client(settings)
    notify = settings.config.notify
    try:
        if message.attempts > 1 or message.last_error:
            found = client.get_all_notifications(reference=message.idempotency_key)
            if found.get("notifications"):
                return {"notification": found["notifications"][0].get("id")}
        if isinstance(sent, messages.SendSms):
            answer = client.send_sms_notification(
                phone_number=sent.to,
                template_id=notify.sms_template_id,
                personalisation={"body": sent.body},
                reference=message.idempotency_key,
                sms_sender_id=notify.sms_sender_id,
            )
        else:
            answer = client.send_email_notification(
                email_address=sent.to,
                template_id=notify.template_id,
                personalisation={"subject": sent.subject, "body": sent.body},
                reference=message.idempotency_key,
                email_reply_to_id=notify.reply_to_id,
            )
    except APIError as error:
        status = error.status_code
        raise CaseApiError(
            f"GOV.UK Notify: {status} {error.message}",
            status=status,
            retryable=status >= 500 or status == 429,
        ) from error
    return {"notification": answer.get("id")}


def _into_mailbox(message_id: str, sent: messages.SendEmail | messages.SendSms) -> None:
    session = db.session()
    if session.scalar(select(MailboxMessage.id).where(MailboxMessage.id == message_id)):
        return
    session.add(
        MailboxMessage(
            id=message_id,
            channel="sms" if isinstance(sent, messages.SendSms) else "email",
            to=sent.to,
            subject=getattr(sent, "subject", ""),
            body=sent.body,
            language=sent.language,
        )
    )
    session.commit()
