"""Text kept whole on one line, left to right, inside a line that may wrap or run right to
left: a reference (BNT-2026-000123, once broken at its hyphens in a banner), a legal one
(Arabic once showed UK GDPR's "17(3)(b)" as "(b)(3)17") and an example phone number (on a
phone, "07700 900" and "982" once fell on two lines)."""

from __future__ import annotations

import re
from collections.abc import Callable

from markupsafe import Markup, escape

# A reference in a line of text: capitals and digits in parts joined by hyphens, with a
# digit somewhere (a hyphenated word in capitals is not one).
# Or an article of a law with its paragraphs, as "17(3)(b)" or "7(1)".
_REFERENCE_IN_TEXT = re.compile(r"\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b|\b\d+(?:\([0-9a-z]+\))+")

# An example phone number in a line of text: +44 or a 0, then groups of digits (in any
# script's digits) separated by single spaces, as "07700 900 982" or "+44 808 157 0192".
_PHONE_IN_TEXT = re.compile(r"(?:\+\d{2,3}|[0٠۰]\d{2,4})(?: \d+)+")


def reference_html(value: object) -> Markup:
    """A reference as HTML, for a line built in Python (a choice's label): left to right
    and whole on one line, as `| reference` shows it."""
    return Markup('<bdi dir="ltr" class="portal-reference">%s</bdi>') % escape(value)


def _kept_whole(text: object, pattern: re.Pattern[str], keep: Callable[[str], bool]) -> Markup:
    """`text` as HTML with each of `pattern`'s matches that `keep` accepts kept whole; text
    that is HTML already (Markup) stays HTML around them."""
    line, shown = str(text), Markup()
    around = Markup if isinstance(text, Markup) else escape
    start = 0
    for found in pattern.finditer(line):
        if keep(found.group()):
            shown += around(line[start : found.start()]) + reference_html(found.group())
            start = found.end()
    return shown + around(line[start:])


def whole_references(text: object) -> Markup:
    """`| whole_references`: a line of text made elsewhere (a flashed message, why a right
    does not apply) with each reference in it kept whole on one line, as `| reference`
    keeps one."""
    return _kept_whole(text, _REFERENCE_IN_TEXT, lambda part: any(c.isdigit() for c in part))


def whole_numbers(text: object) -> Markup:
    """A hint or an error message with each phone number in it kept whole on one line."""
    return _kept_whole(text, _PHONE_IN_TEXT, lambda _part: True)
