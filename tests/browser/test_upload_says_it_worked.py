"""A tester, as a parent using the keyboard alone, uploaded the school report on their
request's documents page: the page came back with the file listed lower down, and their
focus at the top of the page, with nothing said. A screen reader user had to search the
page to learn whether it had worked. A success banner names the file, and takes the
focus."""

from __future__ import annotations

import pytest

from tests.support.files import PDF
from tests.support.tabs import check_accessible, request_started, send

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["en", "ro"])
def test_an_upload_says_it_worked(people, lang: str) -> None:  # type: ignore[no-untyped-def]
    family = people["family"]
    family.goto(f"/account/?lang={lang}")
    task_list = request_started(family)
    family.goto(f"{task_list}documents")
    family.locator("input[type=file]").set_input_files(
        {"name": "school-report.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    send(family, family.locator("main form button[type=submit]"))
    banner = family.locator(".govuk-notification-banner--success")
    assert "school-report.pdf" in banner.inner_text(), family.locator("main").inner_text()
    family.wait_for_function("document.activeElement.closest('.govuk-notification-banner')")
    check_accessible(family, "the documents page after an upload", lang)
