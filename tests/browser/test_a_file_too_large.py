"""A file larger than a page takes (app.yaml's limit and a megabyte more) cannot be read at
all, so the server answers "What you sent is too large" before it sees the form: a parent
who had described the file in Persian found no way back and lost the description."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_description_of_a_file_too_large_comes_back(browser, base_url: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/request/who", "parent@example.org")
        tab.locator("input[value=parent_carer]").check()
        with tab.expect_navigation():
            tab.locator("main form button[type=submit]").click()
        documents = tab.url.split("?")[0] + "documents"
        tab.goto(documents)
        described = "His last report from the speech and language therapist"
        tab.locator("main textarea, main input[type=text]").first.fill(described)
        huge = b"%PDF-1.4\n" + b"0" * (12 * 1024 * 1024)
        tab.locator("input[type=file]").set_input_files(
            {"name": "report.pdf", "mimeType": "application/pdf", "buffer": huge}
        )
        with tab.expect_navigation():
            tab.get_by_role("button", name="Upload file").click()
        assert tab.locator("h1").inner_text() == "What you sent is too large"

        tab.get_by_role("link", name="Go back to the page you were on and try again").click()
        tab.wait_for_url(f"{documents}*")
        assert tab.locator("main textarea, main input[type=text]").first.input_value() == described
        assert tab.locator("[data-draft-restored=not-sent]").is_visible(), "the parent is told"
    finally:
        tab.context.close()
