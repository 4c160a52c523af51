"""A young person walking "Your data" in Romanian found the file they had sent listed
with no way to open it: it is a link now, and opening it downloads their file."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.files import PDF
from tests.support.requests import fill, start, upload
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "young.student@example.org"


def test_a_file_on_your_data_opens(browser, base_url: str, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    family = live_app.test_client()
    sign_in(family, person=PERSON)
    draft = start(family)
    fill(family, draft)
    assert upload(family, draft, PDF, "college-report.pdf", "College report").status_code == 302
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/your-data?lang=ro", PERSON)
        link = tab.get_by_role("link", name="college-report.pdf")
        with tab.expect_download() as opened:
            link.click()
        assert opened.value.suggested_filename == "college-report.pdf"
        assert Path(opened.value.path()).read_bytes() == PDF
        check_accessible(tab, "your data with a file to open", "ro")
    finally:
        tab.context.close()
