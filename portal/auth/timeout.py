"""What the time-out warning script needs from the server, rendered into every signed-in page.

The warning dialog keeps the page; if the session ends anyway, the script keeps a draft
of the page's answers in the tab's sessionStorage rather than saving it on the server.
A server-side save would need a live session (at the time-out there is none), would have
to get past each page's own validation, and would store half-written answers as if the
person had chosen to save them. sessionStorage belongs to one tab and dies with it. The
script never stores passwords, file inputs, hidden fields (so no CSRF token) or fields
marked autocomplete="off" (link codes); it keeps a draft only when the session ends, the
person leaves the page with the warning open or changes its language, or a form they sent
was refused (the next page was signed out, as after signing out in another tab, or an
error page: the script runs on every page for that), puts it back only for the same account
(`draft_owner`, so the next person at a shared computer never sees it) and only once, and
forgets every draft when the person signs out on purpose.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import current_app, session
from flask_babel import get_locale, ngettext

from portal.platform.access import current_person
from portal.platform.frontend_text import plural_samples
from portal.platform.i18n import Count
from portal.platform.voices import voiced_count


def countdown_texts(voice: str | None = None) -> dict[str, dict[str, str]]:
    """The countdown sentences in each plural category of the page's language, in the
    account holder's `voice` (portal/auth/holder.py).

    The script picks one with `Intl.PluralRules` and puts the number in place of
    `{count}`, so every language's plural forms come from the catalogue."""
    samples = plural_samples(str(get_locale()))
    minutes = (
        "To protect your information, we will sign you out in %(count)s minute.",
        "To protect your information, we will sign you out in %(count)s minutes.",
    )
    seconds = (
        "To protect your information, we will sign you out in %(count)s second.",
        "To protect your information, we will sign you out in %(count)s seconds.",
    )
    return {
        name: {
            category: voiced_count(*texts, number, voice, count="{count}")
            for category, number in samples.items()
        }
        for name, texts in (("minutes", minutes), ("seconds", seconds))
    }


def idle_warning(minutes: int, voice: str | None) -> str:
    """The warning page's sentence (the dialog's, without JavaScript)."""
    return voiced_count(
        "You have not done anything for a while. To protect your information, we will sign "
        "you out in %(num)s minute.",
        "You have not done anything for a while. To protect your information, we will sign "
        "you out in %(num)s minutes.",
        Count(minutes),
        voice,
    )


def _counted() -> None:  # pragma: no cover - read by `pybabel extract`
    """The counted sentences above, in the shared voice."""
    ngettext(
        "You have not done anything for a while. To protect your information, we will sign "
        "you out in %(num)s minute.",
        "You have not done anything for a while. To protect your information, we will sign "
        "you out in %(num)s minutes.",
        1,
    )
    ngettext(
        "To protect your information, we will sign you out in %(count)s minute.",
        "To protect your information, we will sign you out in %(count)s minutes.",
        1,
    )
    ngettext(
        "To protect your information, we will sign you out in %(count)s second.",
        "To protect your information, we will sign you out in %(count)s seconds.",
        1,
    )


def draft_owner() -> str:
    """Who a draft belongs to, without putting an account id in the browser's storage."""
    person = current_person()
    if person is None:
        return ""
    key = current_app.secret_key
    digest = hmac.new(str(key).encode(), person.account_id.encode(), hashlib.sha256)
    return digest.hexdigest()[:24]


def seconds_left() -> int:
    return current_app.session_interface.seconds_left(session)  # type: ignore[attr-defined]
