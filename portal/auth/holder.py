"""Whose account is signed in, for the words every page of it shares: the skip link, the
header, the phase banner, the footer and the time-out warning.

A page's own words speak to whoever the page is for (a child writing their views, a young
person on their own request); the words around them belong to the account, so they speak
to its holder on every page alike. A young person (16 to 25) who asks for their own
assessment, or was linked to their own case, is spoken to informally in the languages
that have a formal "you" (portal/platform/voices.py); a parent or carer formally, and so
is someone who is both, as are visitors and staff.

The pages that are the account's own (its home, a case, messages, "Your data", how we
contact them, the draft plan response, data-rights requests, the mediation steps on a
decision they disagree with) speak to the holder too: their routes render with
`render_in_holders_voice`.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import g, has_request_context, render_template, session
from flask_babel import npgettext, pgettext
from sqlalchemy import select, union
from sqlalchemy.exc import SQLAlchemyError

from portal.models import CaseLink, RequestDraft
from portal.platform import db
from portal.platform.access import current_person
from portal.platform.voices import template_words

YOUNG_PERSON = "young_person"
VOICE_KEY = "account_voice"
log = logging.getLogger(__name__)


def account_voice() -> str | None:
    """ "young person" for the account of a young person asking for themselves, else None.

    Read from the database once a sign-in session and kept in it (every page needs it, and
    the session is read anyway); `forget_account_voice` after a change to who the holder
    is on their requests and cases."""
    person = current_person()
    if person is None or person.is_staff:
        return None
    if "account_voice" not in g:
        kept = session.get(VOICE_KEY)
        if isinstance(kept, list) and len(kept) == 2 and kept[0] == person.account_id:
            g.account_voice = kept[1] or None
        else:
            young = _roles(person.account_id) == {YOUNG_PERSON}
            g.account_voice = "young person" if young else None
            session[VOICE_KEY] = [person.account_id, g.account_voice or ""]
    return g.account_voice  # type: ignore[no-any-return]


def forget_account_voice() -> None:
    """After the holder starts a request or is linked to a case: read it again."""
    if has_request_context():
        session.pop(VOICE_KEY, None)
        g.pop("account_voice", None)


def voice_of(account_id: str | None, case_reference: str | None = None) -> str | None:
    """How an email or text message speaks to the account's holder, read from the
    database alone (messages are written in requests, and by `flask families tell` with no
    one signed in): "young person" when the holder is the young person on the case the
    message is about, or, for a message about no one case (their requests about their
    data), on every request and case they have, as the pages of their account do; else
    None, the formal "you" a parent or carer reads."""
    if account_id is None:
        return None
    if case_reference is not None:
        relationship = db.session().scalar(
            select(CaseLink.relationship).where(
                CaseLink.account_id == account_id, CaseLink.case_reference == case_reference
            )
        )
        if relationship is not None:
            return "young person" if relationship == YOUNG_PERSON else None
    return "young person" if _roles(account_id) == {YOUNG_PERSON} else None


def render_in_holders_voice(template: str, **context: Any) -> str:
    """`render_template`, with the page's own words spoken to the account holder: a young
    person's account reads the "young person" translation of each message that has one
    (each feature marks its entries in its holders_voice.py)."""
    voice = account_voice()
    return render_template(template, **context, holders_voice=voice, **template_words(voice))


def _roles(account_id: str) -> set[str]:
    """Who the account holder is on each of their requests and cases."""
    asked = select(RequestDraft.requester_role).where(RequestDraft.account_id == account_id)
    linked = select(CaseLink.relationship).where(CaseLink.account_id == account_id)
    try:
        return set(db.session().scalars(union(asked, linked)))
    except SQLAlchemyError:  # an error page after the database failed: the formal "you"
        log.warning("the account's voice could not be read", exc_info=True)
        return set()


# The layout's messages in a young person's voice, marked for `pybabel extract` (which
# reads each call's "NOTE:" comment for translators). Never called.


def _around_every_page() -> None:  # pragma: no cover - read by `pybabel extract`
    """The skip link, the header, the phase banner and the footer."""
    # NOTE: On every page of a young person's (16 to 25) own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Skip to main content")
    # NOTE: On every page of a young person's (16 to 25) own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Your account")
    # NOTE: On every page of a young person's (16 to 25) own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Sign out")
    # NOTE: On every page of a young person's (16 to 25) own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # The link's markup and %(url)s stay as they are.
    pgettext(
        "young person",
        'This is a new service. <a class="govuk-link" href="%(url)s">Give your feedback</a> '
        "to help us improve it.",
    )
    # NOTE: On every page of a young person's (16 to 25) own account: the name of the
    # language menu, read out by screen readers.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Choose a language")
    # NOTE: On every page of a young person's (16 to 25) own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Contact us")
    # NOTE: On every page of a young person's (16 to 25) own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Give feedback")


def _time_out_warning() -> None:  # pragma: no cover - read by `pybabel extract`
    """The warning before a young person's session times out, and the page that stands in
    for it without JavaScript."""
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You will be signed out soon")
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(count)s is a number the page counts down.
    npgettext(
        "young person",
        "To protect your information, we will sign you out in %(count)s minute.",
        "To protect your information, we will sign you out in %(count)s minutes.",
        1,
    )
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    # %(count)s is a number the page counts down.
    npgettext(
        "young person",
        "To protect your information, we will sign you out in %(count)s second.",
        "To protect your information, we will sign you out in %(count)s seconds.",
        1,
    )
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "Anything you saved will still be saved. If we sign you out, this browser tab will "
        "keep what you typed on this page until you sign in again.",
    )
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext(
        "young person",
        "We could not keep you signed in. Check your internet connection, then try again.",
    )
    # NOTE: A button for a young person (16 to 25) in their own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Stay signed in")
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    npgettext(
        "young person",
        "You have not done anything for a while. To protect your information, we will sign"
        " you out in %(num)s minute.",
        "You have not done anything for a while. To protect your information, we will sign"
        " you out in %(num)s minutes.",
        1,
    )
    # NOTE: Warns a young person (16 to 25) in their own account that they will be
    # signed out. Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Anything you saved will still be saved.")


def _signed_out() -> None:  # pragma: no cover - read by `pybabel extract`
    """The page after a young person signs out of their own account (auth.signed_out)."""
    # NOTE: A young person (16 to 25) reads this after signing out of their own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "You have signed out")
    # NOTE: A young person (16 to 25) reads this after signing out of their own account.
    # Speak to them informally (tu, ty, ти, sen), as to a young adult.
    pgettext("young person", "Anything you saved is still saved. Sign in again to carry on.")
    # NOTE: The link at the end of the page a young person (16 to 25) reads after signing
    # out of their own account. Speak to them informally (tu, ty, ти, sen).
    pgettext("young person", "Sign in")
