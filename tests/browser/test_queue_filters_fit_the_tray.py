"""A tester in the "Not assigned" tray could tick "Assigned to: Sam Caseworker (you)",
which could only ever empty it; the status filter already left out such choices. Neither
"Not assigned" nor "Mine" offers whom requests are assigned to."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("tray", "offered"), [("unassigned", False), ("mine", False), ("open", True)]
)
def test_the_assigned_to_filter_only_where_it_can_narrow(people, tray: str, offered: bool) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/queue?tray={tray}&lang=en")
    legends = staff.locator(".moj-filter legend").all_inner_texts()
    assert ("Assigned to" in [legend.strip() for legend in legends]) is offered, legends


def test_an_assigned_to_filter_chosen_elsewhere_does_not_empty_mine(people) -> None:  # type: ignore[no-untyped-def]
    """A review found the filter still applied when a tray link carried it into "Mine",
    whose box to untick it was gone: the tray of their own requests came up empty."""
    staff = people["staff"]
    staff.goto("/caseworker/queue?tray=mine&lang=en")
    mine = staff.locator("main tbody tr").count()
    assert mine > 0
    staff.goto("/caseworker/queue?tray=mine&assigned=none&lang=en")
    assert staff.locator("main tbody tr").count() == mine
