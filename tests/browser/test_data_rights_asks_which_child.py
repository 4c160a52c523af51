"""Two testers, each a parent of three children (Kemi, Tobi and Amara), asked to correct a
child's date of birth: nothing asked which child, so only the words they typed could say,
and the confirmation, their list of requests and the staff's page named none. Staff were
shown all three children's cases, each look recorded in the family's log."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.tabs import check_accessible, new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

BIRTH = "/account/your-data/rights/child.date_of_birth"


def test_a_parent_of_several_children_says_which_one(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    _app, base_url = own_portal
    family = new_tab(browser, base_url)
    staff = new_tab(browser, base_url)
    try:
        sign_in_in_browser(family, "/account/", "parent@example.org")
        family.goto(f"{BIRTH}?lang=en")
        which = family.get_by_role("group", name="Which child or young person is this about?")
        names = [label.strip() for label in which.locator("label").all_inner_texts()]
        assert {"Kemi Okafor", "Tobi Okafor", "Amara Okafor"} <= set(names), names

        family.get_by_label("Correct it").check()
        family.locator("#details").fill("The year of birth is wrong")
        send(family, family.get_by_role("button", name="Send request"))
        error = "Select which child or young person this is about"
        assert error in family.locator(".govuk-error-summary").inner_text()
        assert error in family.locator("#about-error").inner_text()
        assert family.locator("#details").input_value() == "The year of birth is wrong"
        check_accessible(family, "which child, not answered", "en")

        which.get_by_label("Tobi Okafor").check()
        send(family, family.get_by_role("button", name="Send request"))
        told = family.locator(".govuk-summary-list", has_text="Who it is about")
        assert "Tobi Okafor" in told.inner_text()
        request_path = family.url.removeprefix(base_url)
        request_id = request_path.rstrip("/").rsplit("/", 1)[-1]

        sign_in_in_browser(staff, "/caseworker/", "caseworker@council.example")
        staff.goto(f"/caseworker/data-rights/{request_id}?lang=en")
        about = staff.locator(".govuk-summary-list__row", has_text="Who it is about")
        assert "Tobi Okafor" in about.inner_text() and demo.REVIEW in about.inner_text()
        cases = staff.locator("#their-cases tbody tr")
        assert cases.count() == 1 and "Tobi Okafor" in cases.inner_text()
        check_accessible(staff, "a request about one of three children", "en")
    finally:
        family.context.close()
        staff.context.close()
