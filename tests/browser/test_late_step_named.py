"""A tester reading Amara's case as her parent met "We are late with a step after the
annual review." on the account home and "The council is late with a step marked
overdue." on the annual review page: neither said which step, nor when it was due. The
late step was the amended plan, due on 24 September 2026 (8 weeks from the proposed
changes of 30 July). Both pages now say so, in the same words."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

LATE = "The amended plan was due on 24 September 2026 and is late."


def _main(tab) -> str:  # type: ignore[no-untyped-def]
    return " ".join(tab.locator("main").inner_text().split())


def test_the_late_step_and_its_date_are_named_where_a_parent_reads_of_it(
    browser, base_url: str
) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "parent@example.org")
        amara = tab.locator("main li", has=tab.locator(f"a[href$='/account/cases/{demo.FINAL}']"))
        line = " ".join(amara.first.inner_text().split())
        assert LATE in line, line
        assert "late with a step" not in line, line
        for path in (f"/account/cases/{demo.FINAL}", f"/account/cases/{demo.FINAL}/annual-review"):
            tab.goto(path)
            main = _main(tab)
            assert LATE in main, (path, main)
            assert "late with a step" not in main, (path, main)
    finally:
        tab.context.close()
