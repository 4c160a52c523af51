"""A tester, as a parent reading Persian on a phone (320 px), checked their answers: each
"Change" link sat at the far left of its row, away from its question and answer at the
right. On a phone GOV.UK puts a row's actions under its answer, at the start of the line:
the left in English, so the right in Persian and Arabic. From a tablet's width they sit at
the row's end, the left in Persian."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, request_started, sign_in_in_browser

pytestmark = pytest.mark.browser

# Each row's first action link: how far it is from the row's right and left edges.
ACTIONS = """() => [...document.querySelectorAll('main .govuk-summary-list__actions a')]
  .map(a => {
    const row = a.closest('.govuk-summary-list__row').getBoundingClientRect();
    const link = a.getBoundingClientRect();
    return {right: Math.round(row.right - link.right), left: Math.round(link.left - row.left)};
  })"""


@pytest.mark.parametrize(("width", "side"), [(320, "right"), (1024, "left")])
def test_change_links_start_where_the_persian_line_starts(
    browser, base_url: str, width: int, side: str
) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": width, "height": 900})
        sign_in_in_browser(tab, "/account/?lang=fa", "parent@example.org")
        task_list = request_started(tab)
        tab.goto(task_list.rstrip("/") + "/check")
        found = tab.evaluate(ACTIONS)
        assert found, "the check page has its links"
        assert all(edge[side] <= 1 for edge in found), found
    finally:
        tab.context.close()
