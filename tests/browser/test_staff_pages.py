"""The caseworker's pages as a caseworker meets them in a browser: the family's documents
open from the request page, action errors stay on the request's page, and the queue and
the request page reflow at 320 px."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.files import PDF
from tests.support.pages import page, post
from tests.support.requests import fill, start, upload
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request a family sent with a supporting document (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    draft = start(family)
    assert (
        upload(family, draft, PDF, "school-report.pdf", "Latest school report").status_code == 302
    )
    fill(family, draft)
    response = post(family, f"/account/request/{draft}/check", {})
    assert response.headers["Location"].endswith("/submitted")
    return (
        page(family.get(response.headers["Location"]))
        .select_one(".govuk-panel strong")
        .get_text(strip=True)
    )


def test_a_caseworker_opens_a_document_the_family_sent(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}")
    link = staff.get_by_role("link", name="school-report.pdf")
    with staff.expect_download() as opened:
        link.click()
    download = opened.value
    assert download.suggested_filename == "school-report.pdf"
    with open(download.path(), "rb") as file:
        assert file.read() == PDF


def test_an_action_with_an_error_stays_on_the_request_page(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    address = f"{staff.context_base_url}/caseworker/requests/{reference}"
    staff.goto(address)
    assert staff.locator("#assign-assignee option:checked").inner_text() == "Select a person"
    staff.get_by_role("button", name="Assign", exact=True).click()
    staff.wait_for_load_state()
    assert staff.url == address
    assert staff.title().startswith("Error: Request ")
    staff.locator(".govuk-error-summary a").first.click()
    assert staff.evaluate("document.activeElement.id") == "assign-assignee"
    check_accessible(staff, "the request page with an error", "en")


@pytest.mark.parametrize(
    "path", ["/caseworker/", "/caseworker/queue", "/caseworker/requests/{reference}"]
)
def test_staff_pages_reflow_on_a_small_screen(people, reference: str, path: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 640})
    try:
        staff.goto(path.format(reference=reference))
        width = staff.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at a 320 px viewport"
        for region in staff.locator(".portal-table-region").all():
            assert region.get_attribute("tabindex") == "0", "a scrolling table can be focused"
            assert region.get_attribute("role") == "region"
            labelled = region.get_attribute("aria-labelledby")
            assert labelled and staff.locator(f"#{labelled}").inner_text().strip()
        check_accessible(staff, f"{path} at 320 px", "en")
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
