"""Which messages a page reads in the young person's voice, before anyone translates them.

A young person's page is informal in Bulgarian, Romanian or Turkish only if two things
hold: the page asks for the message in the "young person" context, and that context's
entry exists for translators (marked with `pgettext("young person", ...)` in a
holders_voice.py or voices.py, so `pybabel extract` lists it). `marked_voice` makes both
visible in English: every message the code marks in the "young person" context is shown
as MARK + its English wherever a page asks for it in that context, so a test can read
which of a page's words will be spoken to the young person once the lead translates them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import pytest

from portal.platform import i18n
from tests.support.extraction import extracted

MARK = "[yp] "
VOICE = "young person"


@cache
def young_person_entries() -> frozenset[str]:
    """The msgids the code marks in the "young person" context, freshly extracted as
    `make translations` extracts them."""
    return frozenset(
        message.id if isinstance(message.id, str) else message.id[0]
        for message in extracted()
        if message.context == VOICE and message.id
    )


class _Marked:
    """The catalogue in force, with each "young person" entry the code marks shown as
    MARK + its text (the catalogue's own entry, where it has one, is left out: the test
    reads English)."""

    def __init__(self, inner: Any, entries: frozenset[str]) -> None:
        self._inner, self._entries = inner, entries

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def upgettext(self, context: str, text: str) -> str:
        if context == VOICE and text in self._entries:
            return MARK + self._inner.ugettext(text)
        return str(self._inner.upgettext(context, text))

    pgettext = upgettext

    def unpgettext(self, context: str, singular: str, plural: str, num: int) -> str:
        if context == VOICE and singular in self._entries:
            return MARK + self._inner.ungettext(singular, plural, num)
        return str(self._inner.unpgettext(context, singular, plural, num))

    npgettext = unpgettext


@contextmanager
def marked_voice(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pages rendered inside show the young person's entries marked (see MARK)."""
    entries = young_person_entries()
    original = i18n._RememberingDomain.get_translations

    def marked(self: Any) -> Any:
        return _Marked(original(self), entries)

    monkeypatch.setattr(i18n._RememberingDomain, "get_translations", marked)
    try:
        yield
    finally:
        monkeypatch.setattr(i18n._RememberingDomain, "get_translations", original)
