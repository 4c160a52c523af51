"""What a tester met in Turkish on "Your data": in the log of who has seen or changed their
information, every row named its case ("Vaka BNT-2026-901790") but the one for the views
they had sent with their request, which went to the same case; nor did the views
themselves, listed above it. Views sent name the case they went to."""

from __future__ import annotations

import pytest
from flask import Flask
from flask_babel import force_locale, gettext

from portal.platform.audit import describe
from tests.conftest import sign_in
from tests.support.contributions import begin
from tests.support.pages import post
from tests.support.requests import fill, start
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["tr", "en"])
def test_views_sent_with_a_request_name_its_case(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, language: str
) -> None:
    parent = f"views.sent.case.{language}@example.org"
    client = live_app.test_client()
    sign_in(client, person=parent)
    draft = start(client)
    fill(client, draft)
    views = begin(client, "parent_carer", f"draft:{draft}")
    post(client, f"/account/contributions/{views}/about/likes", {"answer": "Swimming."})
    post(client, f"/account/contributions/{views}/check", {})
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.headers["Location"].endswith("/submitted")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/request/{draft}/submitted", parent)
        reference = tab.locator(".govuk-panel strong").inner_text().strip()
        tab.goto(f"/account/your-data?lang={language}")
        with live_app.test_request_context(), force_locale(language):
            sent_views = str(describe("views_sent"))
            sent_on = max(gettext("Views sent on %(date)s").split("%(date)s"), key=len).strip()
        log = tab.locator("main table").last
        row = log.locator("tbody tr", has=tab.locator("td", has_text=sent_views))
        assert row.count() >= 1, log.inner_text()
        assert reference in row.first.locator("td").last.inner_text(), row.first.inner_text()
        heading = tab.locator("main h2", has_text=sent_on)
        assert reference in heading.locator("xpath=following-sibling::p[1]").inner_text()
        check_accessible(tab, "your data with views sent", language)
    finally:
        tab.context.close()
