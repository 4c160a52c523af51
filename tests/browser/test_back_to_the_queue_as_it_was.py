"""A tester, as a caseworker, opened a request from the queue with a tray, a search and an
order chosen (/caseworker/queue?tray=mine&q=Eli&sort=name). On the request's page and on
each action's page, "Back to the queue" went to the plain queue, all open requests by
decision date: they had to choose the tray, search and order again after every request."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask

from tests.support.queue import add_request
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

SEEN = "/caseworker/queue?tray=unassigned&role=young_person&q=Backlink&sort=name&order=desc"


def test_back_to_the_queue_keeps_the_tray_search_and_order(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    add_request(live_app, "BNT-2026-730401", "Eli Backlink", requester_role="young_person")
    add_request(live_app, "BNT-2026-730402", "Ada Backlink", requester_role="young_person")
    staff = people["staff"]
    staff.goto(SEEN)
    row = staff.locator("main tbody tr", has_text="Eli Backlink")
    with staff.expect_navigation():
        row.locator("a").first.click()

    with staff.expect_navigation():
        staff.locator(".moj-sub-navigation").get_by_role("link", name="Messages").click()
    staff.get_by_role("button", name="Actions").click()
    with staff.expect_navigation():
        staff.locator(".moj-button-menu").get_by_role("button", name="Assign").click()
    assert staff.locator("main h1").inner_text() == "Assign"
    back = staff.get_by_role("link", name="Back to the queue")
    assert as_seen(back.get_attribute("href")), back.get_attribute("href")
    staff.get_by_label("Assign to").select_option(index=1)
    send(staff)  # assigned: back on the request's summary
    assert "Assigned to" in staff.locator(".govuk-notification-banner").inner_text()

    with staff.expect_navigation():
        staff.get_by_role("link", name="Back to the queue").click()
    assert as_seen(staff.url), staff.url
    assert staff.locator("#q").input_value() == "Backlink"
    tray = staff.locator("main [aria-current='page']").first.inner_text()
    assert tray.startswith("Not assigned"), tray
    name = staff.locator("main thead th[aria-sort]", has_text="Child or young person")
    assert name.get_attribute("aria-sort") == "descending"
    assert "Young person" in staff.locator(".moj-filter__selected").inner_text()
    assert staff.locator("main tbody", has_text="Ada Backlink").count() == 1


def test_a_request_opened_from_a_link_goes_back_to_the_plain_queue(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    add_request(live_app, "BNT-2026-730403", "Cy Linked")
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(
            tab, "/caseworker/requests/BNT-2026-730403", "caseworker@council.example"
        )
        back = tab.get_by_role("link", name="Back to the queue")
        assert back.get_attribute("href") == "/caseworker/queue"
    finally:
        tab.context.close()


def as_seen(address: str | None) -> bool:
    """The queue, with the tray, filter, search and order the caseworker chose."""
    parts = urlsplit(address or "")
    return parts.path == "/caseworker/queue" and parse_qs(parts.query) == parse_qs(
        urlsplit(SEEN).query
    )
