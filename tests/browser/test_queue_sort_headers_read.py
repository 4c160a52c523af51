"""The queue's sortable column headers as a screen reader reads them: a tester heard
"Child or young person , sort ascending", a space before the comma between the heading's
words and the visually hidden words that say what the link does."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_each_sort_link_is_named_without_a_space_before_its_comma(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto("/caseworker/queue?lang=en")
    header = staff.locator("main thead")
    for name in ("Child or young person", "Received"):
        link = header.get_by_role("link", name=re.compile(rf"^{name}"))
        assert link.count() == 1, name
        snapshot = link.aria_snapshot()
        assert f"{name}, sort ascending" in snapshot, snapshot
    link = header.get_by_role("link", name=re.compile("^Decision due"))
    assert "Decision due, sort descending" in link.aria_snapshot()
