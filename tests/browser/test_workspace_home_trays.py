"""What a tester met on the caseworker's home page: its work trays were listed "Overdue",
then "Due this week", where the queue's tabs say "Due this week", then "Overdue". The home
page lists the trays in the queue's order."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def names(links) -> list[str]:  # type: ignore[no-untyped-def]
    """Each tray's name, without its count."""
    return [re.sub(r"\s*\(?[\d,]+\)?\s*$", "", text).strip() for text in links.all_inner_texts()]


def test_the_home_page_lists_the_trays_in_the_queues_order(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto("/caseworker/?lang=en")
    home = names(staff.locator("main ul.govuk-list a[href*='/caseworker/queue?tray=']"))
    staff.goto("/caseworker/queue?lang=en")
    tabs = names(staff.locator("main nav.moj-sub-navigation a"))
    assert home, "the home page lists trays"
    assert home == [tray for tray in tabs if tray in home], (home, tabs)
