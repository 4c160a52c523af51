"""A flashed message's references and a hint's example phone numbers are kept whole, and
the rest of the line stays text."""

from __future__ import annotations

from markupsafe import Markup

from portal.platform.kept_whole import whole_numbers, whole_references


def test_each_reference_is_kept_whole_and_the_rest_is_escaped() -> None:
    shown = whole_references("BNT-2026-720101 and <b>BNT-2026-720102</b> were already yours")
    assert shown == (
        '<bdi dir="ltr" class="portal-reference">BNT-2026-720101</bdi> and '
        '&lt;b&gt;<bdi dir="ltr" class="portal-reference">BNT-2026-720102</bdi>&lt;/b&gt; '
        "were already yours"
    )


def test_words_with_hyphens_but_no_digits_are_left_as_they_are() -> None:
    assert whole_references("A-LEVEL results, SEND-K") == "A-LEVEL results, SEND-K"


def test_each_example_phone_number_is_kept_whole_in_any_digits() -> None:
    kept = '<bdi dir="ltr" class="portal-reference">%s</bdi>'
    shown = whole_numbers("Like 07700 900 982 or +44 7700 900 982 & more")
    assert shown == f"Like {kept % '07700 900 982'} or {kept % '+44 7700 900 982'} &amp; more"
    persian = whole_numbers("مانند ۰۷۷۰۰ ۹۰۰ ۹۸۲")
    assert persian == f"مانند {kept % '۰۷۷۰۰ ۹۰۰ ۹۸۲'}"


def test_html_given_stays_html_around_a_number() -> None:
    given = Markup('Ring <bdi lang="en">the team</bdi> on 020 8359 2000')
    assert whole_numbers(given) == (
        'Ring <bdi lang="en">the team</bdi> on '
        '<bdi dir="ltr" class="portal-reference">020 8359 2000</bdi>'
    )


def test_a_dates_example_and_plain_counts_are_not_phone_numbers() -> None:
    for line in ("For example, 27 3 2007", "Up to 10 files, 20 MB each", "Year 9 2026"):
        assert whole_numbers(line) == line
