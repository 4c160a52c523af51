"""A tester read Amara's annual review page as her parent, in December 2026: the heading
was "Annual review" with no child's name (a parent may have three children); "You have
until 13 August 2026 to comment" still said so months after; "You can contact the SEN
team" gave no way to; and the done decision read "Decision due by | Done on 30 July
2026". The page now names the child, says the time to comment ended, gives the SEN
team's email and telephone, and says when the decision was made."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from portal.platform import extensions
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_annual_review_page_names_the_child_and_reads_in_its_time(
    browser, base_url: str, live_app: Flask
) -> None:  # type: ignore[no-untyped-def]
    with live_app.app_context():
        contact = extensions.settings().config.council.contact
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/cases/{demo.FINAL}/annual-review", "parent@example.org")
        heading = tab.locator("main h1").inner_text()
        assert "Amara" in heading and demo.FINAL in heading, heading
        main = " ".join(tab.locator("main").inner_text().split())
        assert "You have until 13 August 2026 to comment" not in main, main
        assert "ended on 13 August 2026" in main, main
        assert contact.email in main and contact.phone in main, main
        steps = tab.locator(".portal-review-steps")
        keys = steps.locator(".govuk-summary-list__key").all_inner_texts()
        values = steps.locator(".govuk-summary-list__value").all_inner_texts()
        assert "Decision due by" not in keys, keys
        assert "Decision made on" in keys, keys
        assert "30 July 2026" in values[keys.index("Decision made on")], values
        assert not any(value.startswith("Done on") for value in values), values
    finally:
        tab.context.close()
