"""A tester, as a caseworker, read a request's Messages tab and found no way there to
write to the family: asking them for information was only under "Actions". The tab now
offers it, named as the Actions menu names it, whenever the request's status allows it,
and not when it does not."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("role", "title", "reference"),
    [
        ("parent_carer", "Ask the family for information", "BNT-2026-770001"),
        ("young_person", "Ask the young person for information", "BNT-2026-770002"),
    ],
)
def test_the_messages_tab_leads_to_writing_to_who_asked(  # type: ignore[no-untyped-def]
    live_app: Flask, people, role: str, title: str, reference: str
) -> None:
    add_request(live_app, reference, "Kit Messages", requester_role=role)
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/messages?lang=en")
    write = staff.locator("main .govuk-grid-column-two-thirds").get_by_role("button", name=title)
    assert write.count() == 1, staff.locator("main").inner_text()
    check_accessible(staff, "the Messages tab", "en")
    with staff.expect_navigation():
        write.click()
    assert staff.locator("main h1").inner_text() == title
    assert staff.locator("main form textarea").count() == 1


def test_no_way_to_write_where_the_status_does_not_allow_it(  # type: ignore[no-untyped-def]
    live_app: Flask, people
) -> None:
    reference = "BNT-2026-770003"
    add_request(live_app, reference, "Kit Decided", status="decided_not_assess")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/messages?lang=en")
    main = staff.locator("main").inner_text()
    assert "No messages with the family yet." in main, main
    assert "Ask the family for information" not in main, main
