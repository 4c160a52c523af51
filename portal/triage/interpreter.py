"""The language an interpreter is needed in, as a family named it. The interpreter
question ("Will you or they need an interpreter at meetings?") is asked with the child's
first language, and a parent may also give their own: either of them may need one.

A name typed is taken for a language only where it is Babel's name for exactly one, in
English or in a language the family used the portal in, whatever its case and accents
("română", "româna" and "Romanian" are all Romanian). Any other is shown as typed, in
quotation marks and marked with the language it was typed in: nothing is guessed."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from babel import Locale
from flask_babel import gettext
from markupsafe import Markup, escape

from forms import items
from portal.platform.i18n import language_name


@dataclass(frozen=True)
class Needed:
    """`one`: the language, where the child's and the parent's are the same (or only one
    was given); else `each`: a sentence naming the child's and the parent's."""

    one: Markup | None = None
    each: Markup | None = None


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@functools.cache
def _names(locale: str) -> dict[str, frozenset[str]]:
    """Babel's names of languages in `locale`, folded, each with the codes it names (a
    region's variety, such as "British English", is not a language of its own here)."""
    found: dict[str, set[str]] = {}
    for code, name in Locale.parse(locale).languages.items():
        if "_" not in code:
            found.setdefault(_folded(name), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def recognised(typed: str, used: Iterable[str]) -> str | None:
    """The code of the language `typed` names, if Babel names exactly one so in English or
    in one of the languages `used`."""
    codes: set[str] = set()
    for locale in dict.fromkeys(["en", *used]):
        codes |= _names(locale).get(_folded(typed), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


def _named(typed: str, used: list[str]) -> tuple[str, Markup]:
    """What the name stands for (a language's code, or the name folded), and how it is
    shown: the language named in the reader's language, or the name as typed."""
    code = recognised(typed, used)
    if code is not None:
        return code, escape(language_name(code))
    as_typed = Markup('<bdi lang="%s">%s</bdi>') % (used[0], typed)
    # NOTE: The name of a language as a family typed it, which the portal could not
    # tell for sure: put it in your language's quotation marks.
    return f"typed:{_folded(typed)}", escape(gettext("“%(typed)s”")) % {"typed": as_typed}


def needed_in(answers: dict[str, Any], for_themselves: bool, used: list[str]) -> Needed | None:
    """The language an interpreter is needed in, or None if none was given. `used`: the
    languages the family used the portal in, the one they sent the request in first."""
    asked = [items.CHILD_FIRST_LANGUAGE] + ([] if for_themselves else [items.PARENT_FIRST_LANGUAGE])
    named: dict[str, dict[str, Markup]] = {}
    for item in asked:
        typed = str(answers.get(item) or "").strip()
        if typed:
            key, shown = _named(typed, used)
            named.setdefault(key, {})[item] = shown
    if not named:
        return None
    if len(named) == 1:
        return Needed(one=next(iter(next(iter(named.values())).values())))
    whose = {item: shown for by_item in named.values() for item, shown in by_item.items()}
    # NOTE: Under "Interpreter — Needed", and after the advice to book an interpreter:
    # the languages a parent gave, for their child and for themselves, when they differ.
    # Either of them may need the interpreter.
    sentence = gettext("The child’s first language is %(child)s; the parent’s is %(parent)s.")
    return Needed(
        each=escape(sentence)
        % {
            "child": whose[items.CHILD_FIRST_LANGUAGE],
            "parent": whose[items.PARENT_FIRST_LANGUAGE],
        }
    )
