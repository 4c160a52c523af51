"""A tester compared the cookies page with what their browser held: the page listed
"session" and "locale", but a signed-in browser held "__Host-session", and every visitor
not signed in one more, "__Host-visit", listed nowhere. The page names each cookie the
service sets, as it is named in the browser."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_every_cookie_the_browser_holds_is_on_the_cookies_page(people) -> None:  # type: ignore[no-untyped-def]
    public, family = people["public"], people["family"]
    public.goto("/feedback/?lang=ro")  # a form before signing in, and a language chosen
    family.goto("/account/?lang=en")
    held = {c["name"] for tab in (public, family) for c in tab.context.cookies()}
    assert {"__Host-session", "__Host-visit"} <= held, held
    public.goto("/cookies?lang=en")
    listed = set(public.locator("main tbody tr td:first-child [dir=ltr]").all_inner_texts())
    assert held <= listed, (held - listed, listed)
