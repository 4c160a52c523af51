"""A caseworker adding a note by keyboard: the page came back at #notes with the focus
on the body, and a screen reader said nothing of "Note added". The focus is on the
success message (the GOV.UK banner focuses itself; going to #notes took the focus off it)."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import tab_to

pytestmark = pytest.mark.browser


def test_after_adding_a_note_the_focus_is_on_note_added(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    family = live_app.test_client()
    sign_in(family, person="note.family@example.org")
    reference = submitted(family)
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}")
    staff.get_by_label("Add a note").focus()
    staff.keyboard.type("Rang the school: the plan is on its way.")
    tab_to(staff, "main form button:has-text('Add the note')")
    with staff.expect_navigation():
        staff.keyboard.press("Enter")
    staff.wait_for_load_state("load")
    staff.wait_for_timeout(300)  # the page's scripts have run
    focused = staff.evaluate(
        "(() => { const el = document.activeElement;"
        " const banner = el && el.closest('.govuk-notification-banner');"
        " return banner ? banner.innerText : el.outerHTML.slice(0, 120) })()"
    )
    assert "Note added" in focused, focused
    assert "Rang the school" in staff.locator("#notes ~ .govuk-inset-text").first.inner_text()
