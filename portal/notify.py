"""Emails: through GOV.UK Notify when NOTIFY_API_KEY is set, otherwise a local mailbox.

The portal writes each email itself, in the person's language, from a template in
templates/emails/, and hands Notify one generic template whose subject is ((subject))
and body ((body)).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from flask import current_app, render_template
from flask_babel import force_locale, get_locale

from portal.models import MailboxMessage

log = logging.getLogger(__name__)


def service_link(endpoint: str, **values: object) -> str:
    """An absolute link to a page, at the service's configured address, in the language in
    force; it needs no request, so an email can be written anywhere."""
    base = urlsplit(str(current_app.extensions["portal_settings"].config.service.url))
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


def send_email(to: str, template: str, language: str, **context: object) -> None:
    """Send, or keep in the development mailbox. A failure is logged, never raised:
    what the email confirms is already safely stored."""
    subject, body = render_email(template, language, **context)
    settings = current_app.extensions["portal_settings"]
    try:
        if settings.notify_api_key:
            from notifications_python_client.notifications import NotificationsAPIClient

            NotificationsAPIClient(settings.notify_api_key).send_email_notification(
                email_address=to,
                template_id=settings.config.notify.template_id,
                personalisation={"subject": subject, "body": body},
                email_reply_to_id=settings.config.notify.reply_to_id,
            )
        else:
            with current_app.extensions["db_sessionmaker"]() as db:
                db.add(MailboxMessage(to=to, subject=subject, body=body, language=language))
                db.commit()
    except Exception:
        log.exception("email not sent", extra={"fields": {"template": template}})
