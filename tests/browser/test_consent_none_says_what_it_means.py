"""A parent ticked "No, do not share information with any of these" and sent the request
without a word on what it meant: nothing said the services would then not give advice or
help plan support. The choice now says so, read with it by a screen reader."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible, request_started

pytestmark = pytest.mark.browser

SAID = {
    "en": "These services will not be able to give advice or help plan support.",
    "ar": "لن تتمكن هذه الخدمات من تقديم المشورة أو المساعدة في التخطيط للدعم.",
}


@pytest.mark.parametrize("role", ["parent_carer", "young_person"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_sharing_with_none_says_what_it_means(people, role: str, language: str) -> None:  # type: ignore[no-untyped-def]
    tab = people["family"]
    tab.goto(f"{request_started(tab, role)}consent?lang={language}")
    none = tab.locator("input[name=sharing][value=none]")
    hint = tab.locator(f"#{none.get_attribute('aria-describedby')}")
    assert hint.inner_text().strip() == SAID[language]
    none.check()
    assert none.is_checked()
    check_accessible(tab, f"the consent choices, {role}", language)
