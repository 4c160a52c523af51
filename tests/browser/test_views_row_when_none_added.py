"""On "Check your answers" of a request, the Views row with no views added: in Turkish it
read "Görüşler: Belge eklenmedi" ("Views: no document added"), and in Arabic "لم تتم
إضافة أي مستند", while the English reads "None added". The documents' "None added" was
used for views too; views have their own message."""

from __future__ import annotations

import pytest

from tests.support.requests import ANSWERS, CONSENT
from tests.support.tabs import fill_page, new_tab, press, sign_in_in_browser

pytestmark = pytest.mark.browser

NO_DOCUMENT = {"tr": "Belge", "ar": "مستند"}


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_no_views_added_is_not_no_document_added(browser, base_url: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", "parent@example.org")
        tab.goto("/account/request/who")
        tab.locator("input[name=role][value=parent_carer]").check()
        press(tab, "Continue")
        task_list = tab.url
        for section, pages in ANSWERS.items():
            for slug, data in pages.items():
                tab.goto(f"{task_list}{section}/{slug}")
                fill_page(tab, data)
                tab.locator("main form button[type=submit]").first.click()
                tab.wait_for_load_state()
        tab.goto(f"{task_list}consent")
        tab.locator("input[name=assessment][value=yes]").check()
        for partner in CONSENT["sharing"]:
            tab.locator(f"input[name=sharing][value={partner}]").check()
        tab.locator("input[name=declaration]").check()
        tab.locator("main form button[type=submit]").first.click()
        tab.wait_for_load_state()

        tab.goto(f"{task_list}check?lang={language}")
        assert tab.locator("html").get_attribute("lang") == language
        views_row = tab.locator(
            ".govuk-summary-list__row", has=tab.locator("a[href*='contributions/new']")
        )
        assert views_row.count() == 1, "the Views row, with its link to add views"
        said = views_row.locator(".govuk-summary-list__value").inner_text()
        assert NO_DOCUMENT[language] not in said, said
    finally:
        tab.context.close()
