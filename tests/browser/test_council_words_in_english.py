"""A family reading the council's messages in Turkish, as met in Chromium: the
caseworker's English words, with nothing to say they may be in English or how to ask for
a translation or an interpreter."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import send

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def asked(live_app: Flask, people) -> str:  # type: ignore[no-untyped-def]
    """The parent's request, on which the caseworker asked for more information."""
    family = live_app.test_client()
    sign_in(family, person="parent@example.org")
    reference = submitted(family)
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/more_information")
    staff.locator("#info-message").fill("Please send the latest school report.")
    send(staff)
    return reference


def test_messages_in_turkish_say_the_councils_words_may_be_in_english(  # type: ignore[no-untyped-def]
    people, asked: str
) -> None:
    family = people["family"]
    family.goto(f"/account/requests/{asked}/messages?lang=tr")
    main = family.locator("main").inner_text()
    assert "Please send the latest school report." in main, main
    note = family.locator("main .portal-staff-language")
    assert note.count() == 1, main
    assert "@" in note.inner_text(), "how to ask for a translation: the SEN team's email"

    family.goto(f"/account/requests/{asked}/messages?lang=en")
    assert family.locator("main .portal-staff-language").count() == 0, "in English, nothing"
