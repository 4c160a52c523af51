"""What the time-out warning script needs from the server, rendered into every signed-in page.

The warning dialog keeps the page; if the session ends anyway, the script keeps a draft
of the page's answers in the tab's sessionStorage rather than saving it on the server.
A server-side save would need a live session (at the time-out there is none), would have
to get past each page's own validation, and would store half-written answers as if the
person had chosen to save them. sessionStorage belongs to one tab and dies with it. The
script never stores passwords, file inputs, hidden fields (so no CSRF token) or fields
marked autocomplete="off" (link codes); it keeps a draft only when the session ends or
the person leaves the page with the warning open, puts it back only for the same account
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


def countdown_texts() -> dict[str, dict[str, str]]:
    """The countdown sentences in each plural category of the page's language.

    The script picks one with `Intl.PluralRules` and puts the number in place of
    `{count}`, so every language's plural forms come from the catalogue."""
    samples = plural_samples(str(get_locale()))
    return {
        "minutes": {
            category: ngettext(
                "To protect your information, we will sign you out in %(count)s minute.",
                "To protect your information, we will sign you out in %(count)s minutes.",
                number,
                count="{count}",
            )
            for category, number in samples.items()
        },
        # Written out twice on purpose: Babel extracts only literal ngettext calls.
        "seconds": {
            category: ngettext(
                "To protect your information, we will sign you out in %(count)s second.",
                "To protect your information, we will sign you out in %(count)s seconds.",
                number,
                count="{count}",
            )
            for category, number in samples.items()
        },
    }


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
