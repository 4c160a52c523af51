"""What a tester met in Turkish on a young adult's case page: the page spoke informally,
but the link to GOV.UK's appeal guidance read formally ("öğrenin"). Read with the
translations waiting in new_translations.json, as they will be merged."""

from __future__ import annotations

import json

import pytest
from babel.messages.pofile import read_po

from portal.platform.council_config import PROJECT_ROOT, TRANSLATIONS_DIR

LINK = "Find out how to appeal on GOV.UK"


def _as_merged(code: str, msgid: str, context: str | None) -> str:
    waiting = PROJECT_ROOT / "new_translations.json"
    if waiting.exists():
        key = f"{context}\u0004{msgid}" if context else msgid
        found = json.loads(waiting.read_text(encoding="utf-8")).get(code, {}).get(key)
        if found:
            return str(found)
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        message = read_po(handle, locale=code).get(msgid, context=context)
    return str(message.string) if message else ""


@pytest.mark.parametrize("code", ["bg", "fa", "pl", "ro", "tr"])
def test_the_young_persons_appeal_link_is_not_the_formal_one(code: str) -> None:
    formal = _as_merged(code, LINK, None)
    own = _as_merged(code, LINK, "young person")
    assert own and own != formal, (formal, own)
