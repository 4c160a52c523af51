"""A tester started signing in, pressed Back on the sign-in page, and did so a few times:
from the fifth time on, nobody could sign in from that browser, "Try signing in again"
failing each time. Each unfinished sign-in had been kept in the visitor's cookie until
it was too large for the browser to keep the newest."""

from __future__ import annotations

import pytest

from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("start", "person"),
    [("/account/", "parent@example.org"), ("/caseworker/", "caseworker@council.example")],
)
def test_signing_in_works_after_many_unfinished_sign_ins(
    browser, base_url: str, start: str, person: str
) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        tab.goto("/?lang=tr")
        for _ in range(10):
            tab.goto(start)  # to the provider's page, left without choosing anyone
            assert not tab.url.startswith(base_url), tab.url
            tab.go_back()
        sign_in_in_browser(tab, start, person)
        assert tab.url.startswith(f"{base_url}{start}"), tab.locator("main").inner_text()
        visit = [c for c in tab.context.cookies() if c["name"] == "__Host-visit"]
        assert all(len(c["value"]) < 3000 for c in visit), "the visitor's cookie stays small"
    finally:
        tab.context.close()
