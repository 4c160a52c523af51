"""A tester read "You can save your answers and come back later" and "Each page is saved
when you continue, so you can stop and come back", and only in the privacy notice that
a request left unsent is deleted after 28 days. The start pages say so."""

from __future__ import annotations

import pytest

SAID = "We delete a request that is not sent 28 days after you last change it."


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/account/request/who"])
def test_the_start_says_an_unsent_request_is_deleted(people, path: str) -> None:  # type: ignore[no-untyped-def]
    tab = people["family"]
    tab.goto(f"{path}?lang=en")
    assert SAID in tab.locator("main").inner_text()
