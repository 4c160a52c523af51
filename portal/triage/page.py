"""What every page of one request shows around its own content: the identity bar (who,
which request, its status and days left), the sections' navigation, and the actions the
request's status allows. The pages are in request_routes.py and action_routes.py."""

from __future__ import annotations

from typing import Any

from flask import abort, g, render_template, url_for
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape
from sqlalchemy import inspect

from forms import items
from forms.assessment_request.sections import asks_for_themselves
from portal.models import AssessmentRequest
from portal.platform import audit, deadlines, extensions
from portal.platform.i18n import language_name
from portal.triage import actions, last_view
from portal.triage import service as triage
from portal.triage.askers import FAMILY, asker
from portal.triage.interpreter import Needed, needed_in

# The sections of a request: (endpoint, name in the navigation).
SECTIONS = (
    ("triage.view_request", _l("Summary")),
    ("triage.request_answers", _l("Answers")),
    ("triage.request_consent", _l("Consent")),
    ("triage.request_views", _l("Views")),
    ("triage.request_documents", _l("Documents")),
    ("triage.request_messages", _l("Messages")),
    ("triage.request_history", _l("History")),
)

# The actions in the menu, in order: (action, the move it needs, name in the menu).
MENU = (
    ("assign", ("assign",), _l("Assign")),
    ("accept", ("accept",), _l("Accept for a decision")),
    ("more_information", ("more_information",), FAMILY.titles["more_information"]),
    ("decide", ("assess", "not_assess"), _l("Record the decision")),
    ("duplicate", ("duplicate",), _l("Mark as a duplicate")),
    ("exception", ("exception",), _l("Record a time limit exception")),
    ("withdraw", ("withdraw",), _l("Withdraw")),
)
ACTION_TITLES = {action: title for action, _moves, title in MENU}


def action_title(action: str, found: AssessmentRequest) -> str:
    return str(asker(found.requester_role).titles.get(action) or ACTION_TITLES[action])


def render(template: str, found: AssessmentRequest, section: str | None, **context: Any) -> str:
    """A page of the request, sent once its viewing is recorded: here, if the route
    loaded it without recording (a form shown again with its errors, or after a
    conflict)."""
    _viewed(found)
    page = render_template(template, **frame(found, section), **context)
    audit.written()
    return page


def request_or_404(reference: str, viewed: bool = True, answers: bool = False) -> AssessmentRequest:
    """The request, its viewing audited before anything of it is shown (its special
    category data is on every page): the event is committed while the page is made, and
    if it cannot be written, the page is not sent. Its encrypted answers and decision are
    read, and decrypted, when used (or now, with `answers`)."""
    found = triage.by_reference(reference, encrypted=answers)
    if found is None:
        abort(404)
    if viewed:
        _viewed(found)
    return found


def _viewed(found: AssessmentRequest) -> None:
    """Record the viewing once a request, however many times the page is made."""
    if g.get("viewed_request") == found.reference:
        return
    audit.record_meanwhile(["viewed_request"], "request", found.reference)
    g.viewed_request = found.reference


def allowed_actions(found: AssessmentRequest) -> list[str]:
    return [
        action
        for action, moves, _title in MENU
        if any(actions.allowed(found, move) for move in moves)
    ]


def frame(found: AssessmentRequest, section: str | None) -> dict[str, Any]:
    """The template context every page of a request needs; `section` is the endpoint of
    the section shown (None on an action's page)."""
    today = deadlines.council_today()
    left = deadlines.days_left(found.decision_due, today)
    return {
        "found": found,
        "queue_url": last_view.queue_url(),
        "sections": [
            {
                "text": name,
                "href": url_for(endpoint, reference=found.reference),
                "active": endpoint == section,
            }
            for endpoint, name in SECTIONS
        ],
        "menu": [
            {
                "text": action_title(action, found),
                "href": url_for("triage.action_page", reference=found.reference, action=action),
            }
            for action in allowed_actions(found)
        ],
        "statuses": triage.STATUSES,
        "asker": asker(found.requester_role),
        **family_language(found),
        "is_open": found.status in triage.OPEN,
        "left": left,
        "today": today,
    }


def family_language(found: AssessmentRequest) -> dict[str, Any]:
    """How the family asked us to write to them, for whoever writes to them: the language
    (`family_language`, named in the reader's language, and its code), whether they asked
    for an interpreter (`interpreter`: True, False, or None if they did not say or the
    answers were not read for this page) and in which language (`interpreter_in`, or
    `interpreter_each` when the child's and the parent's differ: see interpreter.py), and
    `writing_hint`, the advice beside a message to the family. A language no longer
    offered is written to in English, as portal.contact_preferences does."""
    code = found.writes_in or found.language
    if code not in extensions.settings().config.languages:
        code = "en"
    interpreter = None
    needed: Needed | None = None
    if "answers" not in inspect(found).unloaded:
        answers = found.answers or {}
        interpreter = {"yes": True, "no": False}.get(
            answers.get(items.CHILD_INTERPRETER_NEEDED) or ""
        )
        if interpreter:
            used = [found.language, *([found.writes_in] if found.writes_in else [])]
            needed = needed_in(answers, asks_for_themselves(found.requester_role), used)
    language = language_name(code)
    needed = needed or Needed()
    return {
        "family_language": language,
        "family_language_code": code,
        "interpreter": interpreter,
        "interpreter_in": needed.one,
        "interpreter_each": needed.each,
        "writing_hint": _writing_hint(
            asks_for_themselves(found.requester_role), code, language, interpreter, needed
        ),
    }


def _writing_hint(
    young: bool, code: str, language: str, interpreter: bool | None, needed: Needed
) -> Markup:
    """The advice beside a message to the family, or to a young person who asked for
    themselves (HTML: a language's name may be as the family typed it). When a parent
    gave the child's language and their own, and they differ, the advice names both
    after it."""
    said = {"language": language, "interpreter": needed.one}
    if young:
        hint = _young_persons_hint(code, interpreter, needed)
    elif code != "en" and interpreter and needed.one:
        hint = gettext(
            "The family reads %(language)s and asked for an interpreter. Write plainly: your "
            "words are sent as you write them, not translated, so write in %(language)s if you "
            "can, and book an interpreter in %(interpreter)s for any call or meeting."
        )
    elif code != "en" and interpreter:
        hint = gettext(
            "The family reads %(language)s and asked for an interpreter. Write plainly: your "
            "words are sent as you write them, not translated, so write in %(language)s if you "
            "can, and book an interpreter for any call or meeting."
        )
    elif code != "en":
        hint = gettext(
            "The family reads %(language)s. Write plainly: your words are sent as you write "
            "them, not translated, so write in %(language)s if you can."
        )
    elif interpreter and needed.one:
        hint = gettext(
            "The family asked for an interpreter. Write plainly, and book an interpreter in "
            "%(interpreter)s for any call or meeting."
        )
    elif interpreter:
        hint = gettext(
            "The family asked for an interpreter. Write plainly, and book an interpreter for "
            "any call or meeting."
        )
    else:
        # A caseworker reading these pages in Turkish wrote to an English-reading family in
        # Turkish, and the family were told the words were in English.
        hint = gettext(
            "The family reads English. Write in English: your words are sent as you write "
            "them, not translated."
        )
    advice = escape(hint) % said
    return Markup(" ").join([advice, needed.each]) if interpreter and needed.each else advice


def _young_persons_hint(code: str, interpreter: bool | None, needed: Needed) -> str:
    """A young person's request asks for their own first language only."""
    hint: str
    if code != "en" and interpreter and needed.one:
        hint = gettext(
            "The young person reads %(language)s and asked for an interpreter. Write plainly: "
            "your words are sent as you write them, not translated, so write in %(language)s "
            "if you can, and book an interpreter in %(interpreter)s for any call or meeting."
        )
    elif code != "en" and interpreter:
        hint = gettext(
            "The young person reads %(language)s and asked for an interpreter. Write plainly: "
            "your words are sent as you write them, not translated, so write in %(language)s "
            "if you can, and book an interpreter for any call or meeting."
        )
    elif code != "en":
        hint = gettext(
            "The young person reads %(language)s. Write plainly: your words are sent as you "
            "write them, not translated, so write in %(language)s if you can."
        )
    elif interpreter and needed.one:
        hint = gettext(
            "The young person asked for an interpreter. Write plainly, and book an "
            "interpreter in %(interpreter)s for any call or meeting."
        )
    elif interpreter:
        hint = gettext(
            "The young person asked for an interpreter. Write plainly, and book an "
            "interpreter for any call or meeting."
        )
    else:
        hint = gettext(
            "The young person reads English. Write in English: your words are sent as you "
            "write them, not translated."
        )
    return hint
