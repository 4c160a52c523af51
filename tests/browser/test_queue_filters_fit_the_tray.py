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
