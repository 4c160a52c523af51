"""Which language a page is shown in, the language switcher, and right-to-left support.

The locale comes from `?lang=`, then the `locale` cookie, then `Accept-Language`, then
English. Only the languages app.yaml offers are ever used; anything else is ignored.
"""

from __future__ import annotations

import pickle
import re
from dataclasses import dataclass
from functools import cache, cached_property
from urllib.parse import parse_qsl, urlencode, urlsplit

from babel import Locale, localedata
from babel.lists import format_list
from babel.support import NullTranslations
from flask import Blueprint, Flask, abort, g, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import Babel, Domain, get_locale, gettext
from jinja2 import pass_context, pass_eval_context
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from markupsafe import Markup, escape
from werkzeug.wrappers import Response

from forms.kit.numbers import (  # noqa: F401  (the portal formats through these too)
    BRITISH_ENGLISH,
    DIGITS,
    Count,
    format_number,
    format_percent,
    formatting_locale,
    localise_digits,
    number_language,
)
from portal.platform import extensions
from portal.platform.access import public
from portal.platform.council_config import TRANSLATIONS_DIR
from portal.platform.kept_whole import reference_html, whole_references
from portal.platform.plain_text import marked, reads_left_to_right
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date, format_datetime, format_time

LOCALE_COOKIE = "locale"
LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60


class _RememberingDomain(Domain):
    """Flask-Babel finds the locale and its catalogue afresh for every string, and a page
    has hundreds of strings: this keeps the catalogue until the locale changes, as it
    does inside `force_locale`."""

    def get_translations(self) -> NullTranslations:
        state = g.get("_flask_babel") if g else None
        locale = getattr(state, "babel_locale", None)
        if locale is None:
            return super().get_translations()
        kept = getattr(state, "portal_translations", None)
        if kept is None or kept[0] is not locale:
            kept = state.portal_translations = (locale, super().get_translations())  # type: ignore[union-attr]
        return kept[1]


class _Babel(Babel):
    @cached_property
    def domain_instance(self) -> Domain:
        return _RememberingDomain(domain=self.domain)


babel = _Babel()
bp = Blueprint("i18n", __name__)


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    direction: str


@cache
def describe(code: str) -> Language:
    """A language as the switcher shows it: its name for itself, and its direction.

    For a plain language code both are read from babel's own file for the language,
    without loading the locale: babel keeps every locale it loads for good (about 1 MB
    each, with what it inherits), and the switcher on every page names all six others."""
    locale = Locale.parse(code)
    if locale.territory or locale.script or locale.variant:
        name, direction = locale.get_display_name(code) or code, locale.text_direction
    else:
        with open(localedata.resolve_locale_filename(locale.language), "rb") as file:
            own = pickle.load(file)  # noqa: S301  (babel's data, installed with it)
        name = own.get("languages", {}).get(locale.language) or code
        rtl = own.get("character_order") == "right-to-left"
        direction = "rtl" if rtl else "ltr"
    return Language(code, name[:1].upper() + name[1:], direction)


def offered() -> list[str]:
    return extensions.settings().config.languages


def select_locale() -> str:
    languages = offered()
    asked = request.args.get("lang", "")
    if asked in languages:
        return asked
    from_cookie = request.cookies.get(LOCALE_COOKIE, "")
    if from_cookie in languages:
        return from_cookie
    return request.accept_languages.best_match(languages) or "en"


def safe_next(target: str | None) -> str:
    """A path on this site to go back to; anything that could leave the site becomes /."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or any(ord(c) < 32 for c in target):
        return "/"
    return target


def remember(response: Response, code: str) -> None:
    """Keep `code` as this browser's language, beyond the session."""
    response.set_cookie(
        LOCALE_COOKIE,
        code,
        max_age=LOCALE_COOKIE_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )


def remember_query_locale(response: Response) -> Response:
    code = request.args.get("lang", "")
    if code in offered() and request.cookies.get(LOCALE_COOKIE) != code:
        remember(response, code)
    return response


@bp.get("/language/<code>")
@public
def switch(code: str) -> ResponseReturnValue:
    """Set the language and go back to the page the person was on."""
    if code not in offered():
        abort(404)
    response = redirect(safe_next(request.args.get("next")))
    remember(response, code)
    return response


def page_shown() -> str:
    """The address of the page the person is looking at. After a form is sent that is the
    form's own address, unless that address only takes forms (a note, say): then it is
    the page the form was on, from the Referer, or the home page."""
    rule = request.url_rule
    if request.method == "GET" or (rule is not None and "GET" in (rule.methods or ())):
        query = list(request.args.items(multi=True)) if request.method == "GET" else []
        return _without_language(request.path, query)
    came_from = urlsplit(request.referrer or "")
    if came_from.netloc != request.host:
        return "/"
    return safe_next(_without_language(came_from.path, parse_qsl(came_from.query)))


def _without_language(path: str, query: list[tuple[str, str]]) -> str:
    kept = [(k, v) for k, v in query if k != "lang"]
    return path + ("?" + urlencode(kept) if kept else "")


def switcher_links() -> list[tuple[Language, str, bool]]:
    """Each offered language with the link that switches to it from this page."""
    here = page_shown()
    current = str(get_locale())
    return [
        (
            describe(code),
            url_for("i18n.switch", code=code) + "?" + urlencode({"next": here}),
            code == current,
        )
        for code in offered()
    ]


FSI, PDI = "\u2068", "\u2069"


def is_rtl() -> bool:
    return describe(str(get_locale() or "en")).direction == "rtl"


def isolate(value: object) -> str:
    """A left-to-right value (phone, email, reference, link) for plain text: wrapped in
    Unicode first-strong isolates when the language is written right to left."""
    text = str(value)
    return f"{FSI}{text}{PDI}" if text and is_rtl() else text


@pass_eval_context
def ltr_filter(context: EvalContext, value: object) -> str | Markup:
    """`| ltr`: in HTML a `<bdi dir="ltr">`; in an email or text message written right to
    left, marked for portal/platform/plain_text.py to show it in order without isolates."""
    if value is None or value == "":
        return ""
    if context.autoescape:
        return Markup('<bdi dir="ltr">%s</bdi>') % escape(value)
    return (marked(str(value)) if is_rtl() else None) or isolate(value)


@pass_eval_context
def reference_filter(context: EvalContext, value: object) -> str | Markup:
    """`| reference`: like `| ltr`, and in HTML kept whole on one line (a reference such as
    BNT-2026-000123 is not broken at its hyphens)."""
    if context.autoescape and value is not None and value != "":
        return reference_html(value)
    return ltr_filter(context, value)


def own_address(value: object) -> str:
    """A web or email address in plain text (emails, text messages), with nothing
    invisible touching it: mail clients' link detectors would take an isolate or mark
    into the link and break it. An address such as https://…?lang=fa or
    sen.team@barnet.gov.uk keeps its order in a right-to-left line without isolates; any
    other is isolated with a space between the isolates and the address."""
    text = str(value)
    if not text or not is_rtl() or reads_left_to_right(text):
        return text
    return f"{FSI} {text} {PDI}"


@pass_eval_context
def address_filter(context: EvalContext, value: object) -> str | Markup:
    """`| address`: like `| ltr` in HTML; in plain text, `own_address`."""
    if context.autoescape or value is None or value == "":
        return ltr_filter(context, value)
    return own_address(value)


def list_of(items: list[str], style: str = "standard") -> str:
    """Items joined the way the current language writes a list ("a, b and c")."""
    return format_list(items, style=style, locale=formatting_locale())


def bdi(value: object) -> Markup:
    """`| bdi`: the value isolated from the text around it, in its own direction."""
    return Markup("<bdi>%s</bdi>") % value


def as_written(value: object, lang: str | None = None, classes: str = "") -> Markup:
    """`| as_written`: text a person wrote (an answer in a box, views, a comment, a file's
    description), a paragraph of its own in its own direction and with its lines: Persian
    on an English page starts at the right and ends with its full stop where Persian does.
    Typed text within a line (a file's name in a list, a name in a sentence) is `| bdi`."""
    language = Markup(' lang="%s"') % lang if lang else Markup()
    shown_as = " ".join(["portal-note", *classes.split()])
    return Markup('<div class="%s" dir="auto"%s>%s</div>') % (shown_as, language, value)


def joined(*parts: object) -> Markup:
    """Parts of one line ("what, when") joined as the language joins them: Arabic and
    Persian with "،". Each part is isolated (a `<bdi>`, unless it is one already): in
    Arabic, "خطة EHC" then "28 أكتوبر 2026" once ran "EHC، 28" left to right, taking the
    day away from its month."""
    isolated = [
        part if isinstance(part, Markup) and _isolated(part) else bdi(escape(part))
        for part in parts
    ]
    result = isolated[0] if isolated else Markup()
    for part in isolated[1:]:
        # NOTE: Two parts of one line, such as who wrote a note and when. Use your
        # language's comma (Arabic and Persian: "،").
        pattern = gettext("%(first)s, %(second)s")
        result = escape(pattern) % {"first": result, "second": part}
    return result


def _isolated(part: Markup) -> bool:
    return part.startswith("<bdi") and part.endswith("</bdi>")


# What ends a sentence already: a full stop, as a Bulgarian date ends (its year is
# followed by an abbreviated "year" and its full stop); a question mark, as a question
# named in it does (Arabic and Persian: "؟"); an exclamation mark.
ENDED = (".", "?", "؟", "!")


def full_stop(text: object) -> Markup:
    """`| full_stop`: a sentence ended, before the next one: with a full stop, unless it
    ends already (`ENDED`)."""
    sentence = escape(text)
    return sentence if sentence.striptags().rstrip().endswith(ENDED) else sentence + Markup(".")


def own_name(name: str) -> Markup:
    """The translation of a proper name. Where it keeps the English name as well, as the
    Persian "شورای بارنت لندن (London Borough of Barnet)" does, the English part, with
    its brackets, is isolated left to right: on a narrow screen it wraps as one run and
    its brackets are not turned round."""
    translated = gettext(name)
    kept = re.search(rf"\({re.escape(name)}\)|{re.escape(name)}", translated)
    if translated == name or kept is None:
        return escape(translated)
    start, end = kept.span()
    return (
        escape(translated[:start])
        + Markup('<bdi dir="ltr">%s</bdi>') % kept.group()
        + escape(translated[end:])
    )


@pass_context
def number_filter(context: Context, value: int | float) -> str:
    """`| number`: taking the context keeps Jinja from formatting a constant (`1 | number`)
    once, when the template is compiled, in whichever language that request had."""
    return format_number(value)


@pass_context
def percent_filter(context: Context, value: int | float) -> str:
    """`| percent`: 50 written "50%" (Turkish "%50", Persian with "٪"), in the language's digits."""
    return format_percent(value)


def offered_language_names() -> str:
    """The offered languages, named and listed in the current language."""
    current = get_locale()
    return list_of([Locale.parse(code).get_display_name(current) for code in offered()], "or")


def language_name(code: str) -> str:
    """The language `code`, named in the current language ("English", "الإنجليزية")."""
    return Locale.parse(code).get_display_name(formatting_locale()) or code


def template_context() -> dict:
    language = describe(str(get_locale()))
    return {
        "language": language,
        "language_links": switcher_links,
        "offered_language_names": offered_language_names,
    }


def init_app(app: Flask) -> None:
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(TRANSLATIONS_DIR)
    babel.init_app(app, locale_selector=select_locale)
    app.after_request(remember_query_locale)
    app.context_processor(template_context)
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.filters["datetime"] = format_datetime
    app.jinja_env.filters["time"] = format_time
    app.jinja_env.filters["number"] = number_filter
    app.jinja_env.filters["percent"] = percent_filter
    app.jinja_env.filters["ltr"] = ltr_filter
    app.jinja_env.filters["reference"] = reference_filter
    app.jinja_env.filters["whole_references"] = whole_references
    app.jinja_env.filters["address"] = address_filter
    app.jinja_env.filters["bdi"] = bdi
    app.jinja_env.filters["as_written"] = as_written
    app.jinja_env.filters["list_of"] = list_of
    app.jinja_env.filters["full_stop"] = full_stop
    _count_in_local_digits(app)
    app.jinja_env.globals["describe_language"] = describe
    app.jinja_env.globals["language_name"] = language_name
    app.jinja_env.globals["joined"] = joined
    app.jinja_env.globals["own_name"] = own_name
    app.jinja_env.globals["voiced"] = voiced
    app.jinja_env.globals["number_language"] = number_language


def _count_in_local_digits(app: Flask) -> None:
    """Templates' `ngettext(..., n)` print `%(num)s` in the language's digits."""
    for name in ("ngettext", "npgettext"):
        original = app.jinja_env.globals.get(name)
        if original is None:
            continue

        def counted(
            context: Context, *args: object, _original=original, **variables: object
        ) -> str:
            num = args[-1]
            if isinstance(num, int) and not isinstance(num, bool):
                variables.setdefault("num", Count(num))
            return _original(context, *args, **variables)

        app.jinja_env.globals[name] = pass_context(counted)
