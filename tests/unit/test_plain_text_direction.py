"""Left-to-right values in right-to-left plain text, in the contexts translations put
them: after Latin words, in brackets, in lists, before digits. Each line must look as it
would with the values in Unicode isolates, with no isolate in it, and each reference must
copy exactly."""

from __future__ import annotations

import pytest

from portal.platform.plain_text import marked, settled, writing_plain_text
from tests.support.direction import copied_whole, shown_as_if_isolated

REFERENCE, OTHER, PHONE = "BNT-2026-641403", "BNT-2027-0042", "020 8359 2000"
LINES = [
    ("مرجعكم هو {}. استخدموه إذا تواصلتم معنا.", [REFERENCE]),
    ("طلبكم لتقييم الاحتياجات EHC ({}).", [REFERENCE]),
    ("وصلنا طلبكم لتقييم الاحتياجات EHC: {}", [REFERENCE]),
    ("الطلبات {}، {} و{} مغلقة.", [REFERENCE, OTHER, "BNT-2025-1"]),
    ("{} {}", [REFERENCE, OTHER]),
    ("فتواصلوا مع فريق SEN: sen.team@barnet.gov.uk أو {}.", [PHONE]),
    ("اتصلوا بنا: {} (SEN).", ["+44 20 8359 2000"]),
    ("پرونده {} ۱۵ ژانویه ۲۰۲۷", [REFERENCE]),
    ("الملف {} 15 يناير", [REFERENCE]),
    ("برنامه EHC برای پرونده {}، ۱۰ ژانویه", [REFERENCE]),
    ("{}", [REFERENCE]),
    ("راسلونا: sen.team@barnet.gov.uk، {}.", [PHONE]),
]


def written(line: str, values: list[str]) -> str:
    with writing_plain_text():
        return settled(line.format(*(marked(value) for value in values)))


@pytest.mark.parametrize(("line", "values"), LINES)
def test_a_value_shows_in_order_without_isolates(line: str, values: list[str]) -> None:
    text = written(line, values)
    assert not set("\u2066\u2067\u2068\u2069") & set(text), repr(text)
    assert shown_as_if_isolated(text, values), repr(text)
    together = "{} {}" in line  # nothing but a space between: the mark touches the second
    for value in values[:1] if together else values:
        if value.startswith("BNT"):
            assert copied_whole(text, value), repr(text)
    if "@" in line:
        assert copied_whole(text, "sen.team@barnet.gov.uk"), "a link detector finds it whole"


def test_outside_a_message_nothing_is_marked() -> None:
    assert marked(REFERENCE) is None
