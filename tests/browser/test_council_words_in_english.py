"""A family reading the council's messages in Turkish, as met in Chromium: the
caseworker's English words, with nothing to say they may be in English or how to ask for
a translation or an interpreter. The same for the caseworker's own words on a decision,
on the case page."""

from __future__ import annotations

import pytest
from flask import Flask

from portal.case_api import outbox
from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.staff import decide_not_to_assess
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


def test_a_decisions_english_note_in_turkish_says_how_to_ask_for_it_translated(  # type: ignore[no-untyped-def]
    live_app: Flask, people
) -> None:
    family = live_app.test_client()
    sign_in(family, person="parent@example.org")
    reference = submitted(family)
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    staff.get("/caseworker/?lang=en")
    decide_not_to_assess(staff, reference, ["needs_met_by_setting"], "Reading group works well.")
    outbox.run_once(live_app)

    tab = people["family"]
    tab.goto(f"/account/cases/{reference}?lang=tr")
    main = tab.locator("main").inner_text()
    assert "Reading group works well." in main, main
    assert tab.locator("main .portal-staff-language").count() == 1, main
    tab.goto(f"/account/cases/{reference}?lang=en")
    assert tab.locator("main .portal-staff-language").count() == 0, "in English, nothing"
