"""A tester, as a young adult, entered a link code that had just added a case to their
account, a second time: "This link code has already been used. Ask the SEN team for a
new one", as if something were wrong. The case is theirs already, and the page says so."""

from __future__ import annotations

import pytest

from devtools.reference_case_system import demo
from tests.support.links import BORN, code_for
from tests.support.tabs import check_accessible, fill_page, linked_in_browser, new_tab, send

pytestmark = pytest.mark.browser


def test_a_code_entered_again_by_whom_it_linked_says_the_case_is_theirs(
    browser, own_portal
) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    code = code_for(app, demo.CHILD_DRAFT, "Ella Morris", "parent_carer")
    tab = new_tab(browser, base_url)
    try:
        linked_in_browser(tab, code, BORN[demo.CHILD_DRAFT], "young.adult@example.org")
        assert tab.url.endswith(f"/account/cases/{demo.CHILD_DRAFT}")
        tab.goto("/account/link?lang=bg")
        tab.locator("#code").fill(code)
        year, month, day = BORN[demo.CHILD_DRAFT].split("-")
        fill_page(tab, {"date_of_birth": [day.lstrip("0"), month.lstrip("0"), year]})
        send(tab)
        assert tab.url.endswith(f"/account/cases/{demo.CHILD_DRAFT}"), tab.locator(
            "main"
        ).inner_text()
        banner = tab.locator(".govuk-notification-banner--success").inner_text()
        assert f"Случай {demo.CHILD_DRAFT} вече е във Вашия профил" in banner, banner
        check_accessible(tab, "a case already linked, its code entered again", "bg")
    finally:
        tab.context.close()
