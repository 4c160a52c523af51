"""What a tester met in Chromium as a young adult on their own account: starting views
from the account offered "I am a parent or carer giving views about my child", and
linking a case asked for "the child's or young person's date of birth"."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.fixture(params=["young.adult@example.org", "young.person@example.org"])
def young_adult(browser, base_url: str, request):  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    sign_in_in_browser(tab, "/account/?lang=en", request.param)
    yield tab
    tab.context.close()


def test_a_young_adult_starting_views_from_their_account_gives_their_own(young_adult) -> None:  # type: ignore[no-untyped-def]
    young_adult.goto("/account/contributions/new")
    main = young_adult.locator("main").inner_text()
    assert "I am a parent or carer giving views about my child" not in main, main
    assert "Who is giving their views?" not in main, main


def test_a_young_adult_linking_a_case_is_asked_their_own_date_of_birth(young_adult) -> None:  # type: ignore[no-untyped-def]
    young_adult.goto("/account/link")
    main = young_adult.locator("main").inner_text()
    assert "child or young person" not in main, main
    assert "your date of birth" in main.lower(), main
