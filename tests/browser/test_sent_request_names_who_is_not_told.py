"""A tester agreed to share with two services and not the others, sent the request, and
read only "We will ask ... any professionals involved, what they know": nothing said the
services they had refused would not be asked, nor where to change their mind."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import ANSWERS, fill, start, young_person_answers
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser

REFUSED = {
    "parent_carer": "You chose not to share information with: North Central London Integrated "
    "Care Board, West London Alliance and Virtual Child Development Service. They will not be "
    "able to give advice or help plan support.",
    # The Virtual Child Development Service is for young children: not offered to them.
    "young_person": "You chose not to share your information with: North Central London "
    "Integrated Care Board and West London Alliance. They will not be able to give advice or "
    "help plan support.",
}


@pytest.mark.parametrize("role", ["parent_carer", "young_person"])
def test_the_sent_page_names_the_services_refused(people, live_app: Flask, role: str) -> None:  # type: ignore[no-untyped-def]
    family = live_app.test_client()
    sign_in(family, person="parent@example.org")
    draft = start(family, role)
    # Shares with Barnet Family Services and NHS trusts only.
    fill(family, draft, young_person_answers() if role == "young_person" else ANSWERS)
    tab = people["family"]
    tab.goto(f"/account/request/{draft}/check?lang=en")
    send(tab, tab.get_by_role("button", name="Accept and send"))
    assert tab.url.endswith("/submitted")
    sent_page = tab.url
    main = tab.locator("main").inner_text()
    assert REFUSED[role] in " ".join(main.split())
    check_accessible(tab, "the request sent, with services refused", "en")
    change = tab.get_by_role("link", name="Change who we share information with")
    with tab.expect_navigation():
        change.click()
    assert tab.locator("h1").inner_text().strip() == "Your consent"

    # Changed there, the sent page says how the consent stands now (a review found it
    # kept saying what was refused at first).
    tab.goto(tab.url.removesuffix("/consent") + "/consent/change")
    for box in tab.locator("input[name=sharing]:not([value=none])").all():
        box.check()
    tab.locator("input[name=declaration]").check()
    send(tab)
    send(tab, tab.get_by_role("button", name="Confirm the changes"))
    tab.goto(sent_page)
    assert "You chose not to share" not in tab.locator("main").inner_text()
