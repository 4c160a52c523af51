"""A tester, as a young person of 16 to 25 with their own account (in Polish, and in
English), read on their account home "Give your views, or help a child or young person
give theirs": the page it leads to asks nothing of the kind, as a young person gives
their own views there. Their home says "Give your views"; a parent's keeps both."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("person", "said"),
    [
        ("young.adult@example.org", "Give your views"),
        ("parent@example.org", "Give your views, or help a child or young person give theirs"),
    ],
)
def test_the_account_home_offers_views_as_the_reader_gives_them(  # type: ignore[no-untyped-def]
    browser, base_url: str, person: str, said: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/?lang=en", person)
        link = tab.locator("main a[href$='/account/contributions/new']")
        assert link.inner_text().strip() == said
    finally:
        tab.context.close()
