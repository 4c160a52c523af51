"""Whose voice a page speaks in, for the parts of the service that may not ask sign-in.

The feedback service stands on the platform alone (pyproject.toml's import contracts): it
cannot import portal.auth, which knows whose account is signed in and how its holder is
spoken to (portal/auth/holder.py's `account_voice`). Sign-in tells the platform how to
find it when the application starts (portal/auth/setup.py), and such a page asks here.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, current_app, has_request_context

READERS_VOICE = "portal_readers_voice"


def hear_readers_voice_from(app: Flask, find: Callable[[], str | None]) -> None:
    """At start: `find` gives the voice of whoever reads the page in a request."""
    app.extensions[READERS_VOICE] = find


def readers_voice() -> str | None:
    """ "young person" for a young person (16 to 25) signed in to their own account, else
    None: a parent or carer, a visitor, staff, someone signed out, outside a request, or
    an application without sign-in. Pass it to `template_words` and `voiced`
    (portal/platform/voices.py)."""
    if not has_request_context():
        return None
    find = current_app.extensions.get(READERS_VOICE)
    return find() if find is not None else None
