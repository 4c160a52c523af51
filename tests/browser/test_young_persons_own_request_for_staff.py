"""A caseworker on a request a young person made for themselves: a tester, as a
caseworker in Persian and in English, read "Waiting for the family", "Ask the family for
information", "Send to the family" and "From the family" of a young adult's own request,
with no family in it. Each page of such a request names the young person; a parent's
request still names the family."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.files import image
from tests.support.requests import reply, submitted, young_person_answers
from tests.support.staff import act
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

ASKED = "Please send us your college's latest report."


@pytest.fixture(scope="module")
def requests(live_app: Flask) -> dict[str, str]:
    """A young person's own request and a parent's (set up without a browser); the young
    person has replied to the council with a file, the parent not yet."""
    young = live_app.test_client()
    sign_in(young, person="own.request.staff@example.org")
    own = submitted(young, "young_person", young_person_answers())
    parent = live_app.test_client()
    sign_in(parent, person="parent.request.staff@example.org")
    parents = submitted(parent)
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = act(staff, own, "more_information", {"message": ASKED, "written_in": "en"})
    assert asked.status_code == 302
    answered = reply(young, own, "Here it is.", [(image("PNG"), "report.png")])
    assert answered.status_code == 302
    return {"own": own, "parents": parents}


def _main(tab) -> str:  # type: ignore[no-untyped-def]
    return tab.locator("main").inner_text()


def test_a_young_persons_own_request_names_the_young_person(  # type: ignore[no-untyped-def]
    browser, base_url: str, requests: dict[str, str]
) -> None:
    tab = new_tab(browser, base_url)
    own = f"/caseworker/requests/{requests['own']}"
    try:
        sign_in_in_browser(tab, f"{own}/messages?lang=en", "caseworker@council.example")
        said = _main(tab)
        assert "From the young person" in said and "From the family" not in said, said
        assert "young person replied" in said.lower(), "the status in the identity bar"

        tab.goto(f"{own}/documents?lang=en")
        said = _main(tab)
        assert "Sent with the young person's replies" in said, said
        assert "The young person did not add any documents to their request." in said, said
        assert "family" not in said, said

        menu = " | ".join(tab.locator(".moj-button-menu__item").all_text_contents())
        assert "Ask the young person for information" in menu, menu
        assert "family" not in menu, menu

        tab.goto(f"{own}/actions/more_information?lang=en")
        assert "Ask the young person for information" in tab.locator("h1").inner_text()
        assert tab.locator("main button[type=submit]").inner_text() == "Send to the young person"
        assert "What do you need from the young person?" in _main(tab)
        send(tab)
        assert (
            "Enter what you need from the young person"
            in tab.locator(".govuk-error-summary").inner_text()
        )
        tab.locator("main textarea").fill("And your timetable, please.")
        send(tab)
        said = _main(tab)
        assert "Message sent to the young person" in tab.locator("body").inner_text()
        assert "waiting for the young person" in said.lower(), said

        tab.goto(f"{own}/actions/withdraw?lang=en")
        said = _main(tab)
        assert "because the young person asked to" in said and "family" not in said, said
    finally:
        tab.context.close()


def test_a_parents_request_still_names_the_family(  # type: ignore[no-untyped-def]
    browser, base_url: str, requests: dict[str, str]
) -> None:
    tab = new_tab(browser, base_url)
    parents = f"/caseworker/requests/{requests['parents']}"
    try:
        sign_in_in_browser(tab, f"{parents}/messages?lang=en", "caseworker@council.example")
        assert "No messages with the family yet." in _main(tab)
        tab.goto(f"{parents}/actions/more_information?lang=en")
        assert "Ask the family for information" in tab.locator("h1").inner_text()
        assert tab.locator("main button[type=submit]").inner_text() == "Send to the family"
    finally:
        tab.context.close()
