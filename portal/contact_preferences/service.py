"""A family's choice of how to hear from us, and `notify_family`, which follows it."""

from __future__ import annotations

from typing import Any, Final

from flask_babel import force_locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from forms import items
from forms.kit.fields import _l, grouped_phone
from forms.kit.validators import uk_mobile_number
from portal.auth.holder import voice_of
from portal.case_api import notify
from portal.models import Account, AssessmentRequest, ContactPreference
from portal.models.base import utcnow
from portal.platform import audit, db, extensions
from portal.platform.i18n import language_name

# What a text message template is given. Nothing else reaches it, so no child's name and
# no needs can be put in a text by mistake (tests/unit/test_texts.py reads the templates).
TEXT_CONTEXT: Final = ("link", "reference")

# Each message a family can be sent: templates/emails/<name>.txt and
# templates/texts/<name>.txt, both tested in every language.
MESSAGES: Final = (
    "request_received",
    "more_information",
    "exception",
    "decision",
    "draft_plan_ready",
    "draft_plan_reminder",
    "amendment_ready",
    "amendment_reminder",
    "review_meeting_set",
    "draft_plan_response_received",
    "amendment_response_received",
    "review_views_received",
    "data_rights_received",
    "data_rights_extended",
    "data_rights_done",
    "consent_withdrawn",
)

Link = tuple[str, dict[str, str]]

CHANNELS = {
    "email": _l("By email"),
    "sms": _l("By text message"),
    "both": _l("By email and text message"),
}
# The catalogue items a saved choice keeps.
SETTINGS: Final = (items.CONTACT_CHANNELS, items.CONTACT_MOBILE, items.CONTACT_LANGUAGE)


def read_back(item_id: str, value: str) -> str:
    """A saved setting (by its item in `SETTINGS`) as the family reads it, in the page's
    language: "By email and text message", "07700 900 123", "English"."""
    if item_id == items.CONTACT_CHANNELS:
        return str(CHANNELS[value]) if value in CHANNELS else value
    if item_id == items.CONTACT_MOBILE:
        return grouped_phone(value)
    if item_id == items.CONTACT_LANGUAGE:
        return language_name(value)
    return value


def preference_of(account_id: str) -> ContactPreference | None:
    return db.session().get(ContactPreference, account_id)


def mobile_offered(account_id: str) -> str | None:
    """The UK mobile number the account gave in its latest request (for texts, or as its
    telephone number), offered for text messages until one is kept here."""
    answers = db.session().scalar(
        select(AssessmentRequest.answers)
        .where(AssessmentRequest.account_id == account_id)
        .order_by(AssessmentRequest.submitted_at.desc())
        .limit(1)
    )
    given = [(answers or {}).get(item) for item in (items.CONTACT_MOBILE, items.CONTACT_PHONE)]
    return next((p for p in given if isinstance(p, str) and uk_mobile_number(p)), None)


def ways_to_reach(chosen: ContactPreference | None) -> tuple[bool, bool]:
    """(by email, by text message): how `notify_family` reaches an account with this
    choice. An account with no choice saved gets email only, as before this choice existed."""
    if chosen is None:
        return True, False
    return chosen.by_email, chosen.by_text and bool(chosen.mobile)


def reached_by(account_id: str) -> str:
    """How `notify_family` reaches this account: "email", "sms" or "both"."""
    by_email, by_text = ways_to_reach(preference_of(account_id))
    if not by_text:
        return "email"
    return "both" if by_email else "sms"


def save(account_id: str, channels: str, mobile: str | None, language: str) -> None:
    """Keep the family's choice, audited with it; the mobile number only while texts are
    chosen."""
    session = db.session()
    found = session.get(ContactPreference, account_id)
    if found is None:
        found = ContactPreference(account_id=account_id)
        session.add(found)
    found.channels = channels
    found.mobile = mobile if channels in ("sms", "both") else None
    found.language = language
    found.updated_at = utcnow()
    audit.add(session, "contact_preferences_changed", "account", account_id)
    session.commit()


def notify_family(
    session: Session,
    account_id: str | None,
    message: str,
    link: Link,
    *,
    event: str,
    language: str,
    email: str | None = None,
    case_reference: str | None = None,
    **context: Any,
) -> None:
    """Tell a family that something happened, the way they chose: by email, by text
    message or both, in their chosen language. Call it inside the transaction that makes
    the change, before commit: the messages are outbox rows, sent once it commits.

    - `message`: a name in MESSAGES, with a template in templates/emails/ (subject line,
      then body) and one in templates/texts/ (at most two text messages in every language;
      no child's name, no needs: only `link` and `reference` reach it). Add both templates
      and the name to MESSAGES, and tests/unit/test_texts.py checks the text.
    - `link`: (endpoint, values) of the page where the family acts on the message; both
      templates get it as `link`, an absolute address in the message's language.
    - `event`: names what happened, so repeating the action sends nothing twice.
    - `language`: the language of what the family sent, used if they have not chosen.
    - `email`: where to email (say, the address given in a request); else the address
      the account signed in with.
    - `case_reference`: the case (or request) the message is about. A young person on
      their own case is spoken to as a young person (informally, and never of "the
      child"), a parent or carer formally: portal.auth.holder.voice_of reads which from
      the account's link to the case, or, for a message about no case, from all of them.
    - `context`: the rest of what the email template needs (`reference`, dates...).

    An account with no choice saved gets email only, as before this choice existed.
    """
    account = session.get(Account, account_id) if account_id else None
    chosen = session.get(ContactPreference, account_id) if account_id else None
    language = _offered(chosen.language if chosen else language)
    voice = voice_of(account_id, case_reference)
    with force_locale(language):
        address = notify.service_link(link[0], **link[1])
    by_email, by_text = ways_to_reach(chosen)
    if by_email:
        to = email or (account.email if account else None) or ""
        notify.queue_email(session, event, to, message, language, voice, link=address, **context)
    if by_text and chosen is not None and chosen.mobile:
        safe = {key: value for key, value in context.items() if key in TEXT_CONTEXT}
        notify.queue_sms(
            session, event, chosen.mobile, message, language, voice, link=address, **safe
        )


def _offered(language: str) -> str:
    return language if language in extensions.settings().config.languages else "en"
