"""A tester searched the queue for a 500-character run with no spaces: its "Selected
filters" tag did not wrap and ran out of the filter panel across the results."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_a_long_search_term_wraps_inside_the_filter(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto("/caseworker/queue?tray=all&lang=en&q=" + "x" * 500)
    tag = staff.locator(".moj-filter__tag").first
    panel = staff.locator(".moj-filter").first
    tag_box, panel_box = tag.bounding_box(), panel.bounding_box()
    assert tag_box and panel_box
    assert tag_box["x"] + tag_box["width"] <= panel_box["x"] + panel_box["width"] + 1
