"""A flashed message's references are kept whole, and the rest of it stays text."""

from __future__ import annotations

from portal.platform.i18n import whole_references


def test_each_reference_is_kept_whole_and_the_rest_is_escaped() -> None:
    shown = whole_references("BNT-2026-720101 and <b>BNT-2026-720102</b> were already yours")
    assert shown == (
        '<bdi dir="ltr" class="portal-reference">BNT-2026-720101</bdi> and '
        '&lt;b&gt;<bdi dir="ltr" class="portal-reference">BNT-2026-720102</bdi>&lt;/b&gt; '
        "were already yours"
    )


def test_words_with_hyphens_but_no_digits_are_left_as_they_are() -> None:
    assert whole_references("A-LEVEL results, SEND-K") == "A-LEVEL results, SEND-K"
