"""A tester on "Check your answers" pressed "Change" beside the child's preferred name,
which is asked on one page with the first and last names. The name page opened at its
top, and "Save and continue" took them back to the first-name row, not to the row they
had changed. The change link now opens the page at the preferred name's box, and saving
(or going back) returns to the preferred-name row, for a parent and for a young person
asking for themselves."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import ANSWERS, fill, start, young_person_answers
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("role", ["parent_carer", "young_person"])
def test_a_change_to_the_preferred_name_returns_to_its_row(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, role: str
) -> None:
    person = f"preferred.name.{role}@example.org"
    family = live_app.test_client()
    sign_in(family, person=person)
    draft = start(family, role)
    fill(family, draft, young_person_answers() if role == "young_person" else ANSWERS)
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 640})
        sign_in_in_browser(tab, f"/account/request/{draft}/check", person)
        row = tab.locator(".govuk-summary-list__row", has=tab.locator("#child-preferred_name"))
        change = row.get_by_role("link")
        row_text = change.inner_text()
        change.click()
        tab.wait_for_load_state()

        assert tab.url.split("#")[-1] == "preferred_name", f"the link names its box: {tab.url}"
        assert tab.evaluate("document.activeElement.id") == "preferred_name"
        back = tab.locator(".govuk-back-link").get_attribute("href")
        assert back.endswith("/check#child-preferred_name"), back

        tab.keyboard.type("Lulu")
        send(tab)
        assert tab.url.endswith("/check#child-preferred_name"), tab.url
        assert tab.locator("#child-preferred_name").inner_text() == "Lulu"
        assert tab.locator("#child-preferred_name").is_visible()
        first = tab.locator("#child-first_name").bounding_box()
        assert first["y"] + first["height"] < 0, "opened at the row changed, not at the first name"
        tab.keyboard.press("Tab")
        focused = tab.evaluate("document.activeElement.textContent")
        assert row_text.startswith("Add"), "not answered: 'Add', not 'Change'"
        answered = row_text.replace("Add", "Change", 1)
        assert " ".join(focused.split()) == " ".join(answered.split()), focused
    finally:
        tab.context.close()
