"""A caseworker wrote their answer to a family's request about their information under
"Mark as done", then pressed "Extend by two months" by mistake, with no reason for it: the
page came back with the extension's error, and their answer gone. Each box keeps what was
typed in it, whichever button was pressed."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.data_rights import sent
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("typed_in", "pressed", "left_empty"),
    [
        ("close-reason", "Extend by two months", "extend-reason"),
        ("extend-reason", "Mark as done", "close-reason"),
    ],
)
def test_what_was_typed_in_one_box_stays_when_the_other_button_is_pressed(  # type: ignore[no-untyped-def]
    people, live_app: Flask, typed_in: str, pressed: str, left_empty: str
) -> None:
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    request_id = sent(family)
    staff = people["staff"]
    staff.goto(f"/caseworker/data-rights/{request_id}")
    written = "We corrected the year of birth.\nWe told the school."
    staff.locator(f"#{typed_in}").fill(written)
    send(staff, staff.get_by_role("button", name=pressed))
    summary = staff.locator(".govuk-error-summary")
    assert summary.is_visible(), "the empty box's error"
    summary.locator("a").first.click()
    assert staff.evaluate("document.activeElement.id") == left_empty
    assert staff.locator(f"#{typed_in}").input_value() == written
    assert "Received" in staff.locator("main").inner_text(), "nothing sent"
    check_accessible(staff, f"a request's page after {pressed} with its box empty", "en")


def test_extending_and_answering_each_say_they_were_done(  # type: ignore[no-untyped-def]
    people, live_app: Flask
) -> None:
    """A tester, as a caseworker, extended a family's request and then marked it done: each
    time the page came back as it was but for its status, with nothing to say it had
    worked, unlike every other action of theirs."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    request_id = sent(family)
    staff = people["staff"]
    staff.goto(f"/caseworker/data-rights/{request_id}?lang=en")
    staff.locator("#extend-reason").fill("We must ask two schools.")
    send(staff, staff.get_by_role("button", name="Extend by two months"))
    banner = staff.locator(".govuk-notification-banner--success")
    assert "Extended by two months. The family is told the new date:" in banner.inner_text()
    staff.locator("#close-reason").fill("We corrected it.")
    send(staff, staff.get_by_role("button", name="Mark as done"))
    assert "Marked as done. The family can read your answer." in banner.inner_text()
    check_accessible(staff, "a request's page marked as done", "en")
