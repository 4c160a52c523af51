"""A tester, as a parent who had begun giving views and left them unsent, read on "Your
rights over your information" a heading for each set of views ("not sent yet") over a
table of column headings and no rows. Views holding nothing to ask about are not
listed."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.requests import start
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "rights.empty.views@example.org"


def test_views_with_nothing_in_them_have_no_empty_table(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    family = live_app.test_client()
    sign_in(family, person=PARENT)
    begin(family, "parent_carer", f"draft:{start(family)}")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/your-data/rights?lang=en", PARENT)
        tab.goto("/account/your-data/rights?lang=en")
        empty = [
            table
            for table in tab.locator("main table").all()
            if table.locator("tbody tr").count() == 0
        ]
        assert empty == [], [table.inner_text() for table in empty]
    finally:
        tab.context.close()
