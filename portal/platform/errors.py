"""Error pages in the service's style and the person's language, never a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, flash, g, redirect, render_template, request, session
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import (
    Forbidden,
    HTTPException,
    InternalServerError,
    NotFound,
    RequestEntityTooLarge,
    ServiceUnavailable,
)

from portal.platform.access import Audience, current_person
from portal.platform.i18n import isolate, page_shown
from portal.platform.readers_voice import readers_voice
from portal.platform.voices import template_words, voiced

HANDLED = (400, 403, 404, 405, 413, 429, 500, 503)
log = logging.getLogger(__name__)

FALLBACK_PAGE = (
    "<!DOCTYPE html><html lang='en'><head><title>Sorry, there is a problem with the service"
    "</title></head><body><h1>Sorry, there is a problem with the service</h1>"
    "<p>Try again later.</p></body></html>"
)


def _render(code: int, **context: object) -> tuple[str, int]:
    try:
        # In the reader's voice: a young person signed in is spoken to informally
        # (errors_voice.py marks the entries).
        voice = readers_voice()
        page = render_template(
            "errors/error.html",
            code=code,
            form_refused=True,
            voice=voice,
            **context,
            **template_words(voice),
        )
        return page, code
    except Exception:
        log.exception("the error page could not be rendered")
        return FALLBACK_PAGE, code


def _http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code if error.code in HANDLED else 500
    if code == NotFound.code and (arrived := _home_instead()) is not None:
        home, email = arrived
        # NOTE: Said on the person's own account page, when they have just signed in on a
        # page that was left open by someone else (at a shared computer, say).
        # %(email)s is the email address of the account they are signed in to.
        flash(
            voiced(
                "You are signed in as %(email)s. The page you signed in from is not one you "
                "can see: someone else who used this computer may have left it open.",
                readers_voice(),
                email=isolate(email),
            )
        )
        return redirect(home)
    if code == RequestEntityTooLarge.code:  # always a form sent: back to where it was
        return _render(code, return_to=page_shown())
    if code == Forbidden.code and (refused_staff := _refused_staff()) is not None:
        return _render(code, refused_staff=refused_staff)
    return _render(code)


def _home_instead() -> tuple[str, str] | None:
    """The person's home and the email they signed in with, when signing in has just
    brought them to this page and it is not theirs: a sign-in begun on a page another
    person's session left, at a shared computer."""
    arrived = session.get("signed_in_to")
    if not arrived or request.method != "GET" or current_person() is None:
        return None
    if arrived["page"] != request.full_path.rstrip("?"):
        return None
    session.pop("signed_in_to")
    return str(arrived["home"]), str(arrived.get("as") or "")


def _refused_staff() -> str | None:
    """A staff member refused a page: "managers" where the page is a manager's, else
    "staff" (the families' words, and the public team's contacts, are not theirs)."""
    person = current_person()
    if person is None or not person.is_staff:
        return None
    return "managers" if g.get("refused_audiences") == {Audience.MANAGER} else "staff"


def _csrf_error(error: CSRFError) -> ResponseReturnValue:
    """A form whose token no longer matches: on a signed-in page with nobody signed in,
    the person signed out (in another tab, say) since the page was shown."""
    signed_out = current_person() is None and request.path.startswith(SIGNED_IN_PAGES)
    return _render(400, csrf=True, return_to=page_shown(), signed_out=signed_out)


SIGNED_IN_PAGES = ("/account/", "/caseworker/")


def _unexpected(error: Exception) -> ResponseReturnValue:
    if isinstance(error, HTTPException):
        return _http_error(error)
    if isinstance(error, OperationalError):
        log.warning("the database cannot be reached", exc_info=error)
        return _render(ServiceUnavailable.code)
    log.error("unhandled exception", exc_info=error)
    return _render(InternalServerError.code)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
    for code in HANDLED:
        app.register_error_handler(code, _http_error)
    app.register_error_handler(Exception, _unexpected)
