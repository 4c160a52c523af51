"""A tester, as a family asked for a school report, wrote a reply too long and attached
the report: the page said only "Your reply must be 3,000 characters or fewer", and came
back with the file gone and nothing to say so. They shortened the reply and sent it, and
the report never went: the request no longer waited for a reply. The page names the
files chosen and asks for them again, next to the box and in the summary."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.files import PDF
from tests.support.requests import submitted
from tests.support.staff import act
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

FAMILY = "reply.too.long@example.org"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_files_chosen_with_a_reply_too_long_are_asked_for_again(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, lang: str
) -> None:
    family = live_app.test_client()
    sign_in(family, person=f"{lang}.{FAMILY}")
    reference = submitted(family)
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = {"message": "Please send the latest school report.", "written_in": "en"}
    assert act(staff, reference, "more_information", asked).status_code == 302
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, f"/account/?lang={lang}", f"{lang}.{FAMILY}")
        tab.goto(f"/account/requests/{reference}/messages")
        tab.locator("textarea").fill("x" * 3500)
        tab.locator("input[type=file]").set_input_files(
            [{"name": "school-report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
        )
        send(tab, tab.locator("main form button[type=submit]"))
        summary = tab.locator(".govuk-error-summary").inner_text()
        assert "school-report.pdf" in summary, summary
        error = tab.locator("[id$=files-error]").inner_text()
        assert "school-report.pdf" in error, error
        assert len(tab.locator("textarea").input_value()) == 3500, "what they wrote is kept"
        check_accessible(tab, "a reply too long, with a file chosen", lang)
    finally:
        tab.context.close()
