"""What a tester met in Turkish on a young adult's case page: the page spoke informally,
but the link to GOV.UK's appeal guidance read formally ("öğrenin")."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from portal.platform.council_config import TRANSLATIONS_DIR

LINK = "Find out how to appeal on GOV.UK"


def _translated(code: str, msgid: str, context: str | None) -> str:
    with (TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        message = read_po(handle, locale=code).get(msgid, context=context)
    return str(message.string) if message else ""


@pytest.mark.parametrize("code", ["bg", "fa", "pl", "ro", "tr"])
def test_the_young_persons_appeal_link_is_not_the_formal_one(code: str) -> None:
    formal = _translated(code, LINK, None)
    own = _translated(code, LINK, "young person")
    assert own and own != formal, (formal, own)
