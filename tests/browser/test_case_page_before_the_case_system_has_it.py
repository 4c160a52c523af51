"""A tester, as a young person, sent their request and opened its page at once: it had no
"Progress" and said nothing, until a reload a few seconds later, once the request had
reached the case system. Until then the page says the request is received and that its
progress shows there once the SEN team's case system has it. (No outbox runs beside the
browser tests' portal: the request stays on its way.)"""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "progress.waiting@example.org"


def test_a_request_on_its_way_says_so(browser, live_app: Flask, base_url: str) -> None:  # type: ignore[no-untyped-def]
    family = live_app.test_client()
    sign_in(family, person=PERSON)
    reference = submitted(family)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/cases/{reference}?lang=en", PERSON)
        main = tab.locator("main").inner_text()
        assert "Progress" in main, main
        assert "We have received your request." in main, main
        assert "when it reaches the SEN team's case system" in main, main
        check_accessible(tab, "a request on its way to the case system", "en")
    finally:
        tab.context.close()
