"""Left-to-right values (references, phone numbers) in plain text written right to left:
emails and text messages in Arabic and Persian.

Unicode isolates (U+2068 … U+2069) show such a value in order, but some mail clients and
phones draw them as boxes, and they come along when a person copies a reference into a
search box. So a plain-text message is written with each value marked (`| ltr` in the
template), and `settled` then leaves the value bare and adds a right-to-left mark (U+200F,
drawn as nothing by every client that knows Unicode) only where the value would run into
left-to-right text next to it ("EHC (BNT-2026-000123)" would turn the brackets round),
placed at the far end of the spaces and punctuation between, away from the value (between
two values, after the first character between them: with just a space between, the mark
touches the second value's start, which a double click leaves out). A value
that would not keep its order by itself, such as a phone number ("020 8359 2000" would
show its groups reversed), starts with a left-to-right mark (U+200E); a double click on
it still selects the digits alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LRM, RLM = "\u200e", "\u200f"
# Private-use characters marking where a value starts and ends while the text is written.
_OPEN, _CLOSE = "\ue000", "\ue001"
_VALUE = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")
_ADDRESS_END = re.compile(r"(?:@|://)\S*$")
_writing: ContextVar[bool] = ContextVar("writing_plain_text", default=False)

# The bidirectional classes of a value that shows left to right by itself even in a
# right-to-left line, once it starts with a left-to-right letter and ends with one or a
# digit (Unicode's bidirectional algorithm: digits after a Latin letter count as Latin,
# rule W7, and punctuation between Latin letters and digits goes with them, rule N1).
_SELF_ORDERING = frozenset({"L", "EN", "ES", "ET", "CS", "ON", "NSM"})
# What takes the direction of the text around it (rules N1 and N2).
_NEUTRAL = frozenset({"WS", "ON", "CS", "ES", "ET", "NSM", "BN", "S"})
# What a value would run into: Latin letters, and digits, which count as Latin after it.
_JOINS = frozenset({"L", "EN"})


def reads_left_to_right(text: str) -> bool:
    classes = [unicodedata.bidirectional(ch) for ch in text]
    return (
        bool(classes)
        and classes[0] == "L"
        and classes[-1] in ("L", "EN")
        and set(classes) <= _SELF_ORDERING
    )


@contextmanager
def writing_plain_text() -> Iterator[None]:
    """While a right-to-left email or text message is written: `| ltr` marks its values
    for `settled`."""
    token = _writing.set(True)
    try:
        yield
    finally:
        _writing.reset(token)


def marked(text: str) -> str | None:
    """`text` marked as a left-to-right value, while a message is written; else None."""
    return f"{_OPEN}{text}{_CLOSE}" if _writing.get() else None


def _own_order(value: str) -> str:
    if reads_left_to_right(value):
        return value
    last = unicodedata.bidirectional(value[-1])
    return LRM + value + ("" if last in _JOINS else LRM)


def _class(ch: str) -> str:
    return unicodedata.bidirectional(ch) or "ON"


def _mark_before(written: str, value_end: int) -> str:
    """`written` with a right-to-left mark after the left-to-right text it ends with, if
    only spaces and punctuation stand between that text and the value about to follow."""
    at = len(written)
    while at > 0 and _class(written[at - 1]) in _NEUTRAL:
        at -= 1
    if at == 0 or (_class(written[at - 1]) not in _JOINS and written[at - 1] != LRM):
        return written
    if at == value_end:  # after another value: the mark goes between the two, if it can
        at = min(at + 1, len(written))
    elif _ADDRESS_END.search(written[:at]):  # a link detector would take the mark in
        at = len(written)
    return written[:at] + RLM + written[at:]


def _mark_after(text: str) -> str:
    """`text`, following a value, with a right-to-left mark before the left-to-right text
    it goes on to after spaces and punctuation."""
    at = 0
    while at < len(text) and _class(text[at]) in _NEUTRAL:
        at += 1
    if at == len(text) or _class(text[at]) not in _JOINS:
        return text
    return text[:at] + RLM + text[at:]


def settled(text: str) -> str:
    """The message written with its marked values shown left to right (see above)."""
    written, value_end, after_value = "", -1, False
    for index, part in enumerate(_VALUE.split(text)):
        if index % 2:
            written = _mark_before(written, value_end) + _own_order(part)
            value_end, after_value = len(written), True
        else:
            written += _mark_after(part) if after_value else part
    return written
