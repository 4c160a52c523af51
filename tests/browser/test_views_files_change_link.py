"""The views' "check your answers" page, as met in Chromium: every row had a Change link
but "Files", so a person who wanted to add a drawing or a photo could not go back to it."""

from __future__ import annotations

import pytest

from tests.support.files import image
from tests.support.tabs import new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

CASE = "BNT-2026-208451"


def test_files_can_be_changed_from_the_check_page_and_lead_back_to_it(  # type: ignore[no-untyped-def]
    browser, base_url: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "young.person@example.org")
        tab.goto("/account/contributions/new")
        tab.locator(f"input[name=destination][value='case:{CASE}']").check()
        press(tab, "Start")
        check = tab.url.split("/about/")[0] + "/check"
        tab.goto(check)

        files_row = tab.locator(".govuk-summary-list__row", has_text="Files")
        files_row.get_by_role("link", name="Add").click()  # no file yet: "Add"
        tab.wait_for_load_state()
        assert "/files" in tab.url, tab.url
        assert tab.locator(".govuk-back-link").get_attribute("href").endswith("/check#views-files")

        tab.locator("input[type=file]").set_input_files(
            {"name": "drawing.png", "mimeType": "image/png", "buffer": image("PNG")}
        )
        press(tab, "Upload file")
        assert "drawing.png" in tab.locator("main").inner_text()
        assert tab.locator(".govuk-back-link").get_attribute("href").endswith("/check#views-files")
        tab.locator("main a.govuk-button", has_text="Continue").click()
        tab.wait_for_load_state()
        assert tab.url.endswith("/check#views-files"), "back at the files row"
        assert "drawing.png" in tab.locator("main").inner_text()
        files_row = tab.locator(".govuk-summary-list__row", has_text="Files")
        assert files_row.get_by_role("link", name="Change").count() == 1, "a file: 'Change'"
    finally:
        tab.context.close()
