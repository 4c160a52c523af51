"""A tester, as Leo's parent, commented on section F of his draft plan, then asked under
"Your data" for that comment to be corrected. The caseworker's page of the request said
only "Information: Comments on this section" and listed both of the family's cases:
nothing said it was Leo's draft plan, section F, nor what the comment says now. The page
now shows each record of that account's holding it: the case and child, the record, and
what it says now, as the family wrote it (here in Persian, in its own direction)."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.data_rights import sent
from tests.support.draft_plans import send_response
from tests.support.tabs import check_accessible, new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "second.parent@example.org"  # Leo's, linked to his case in the demonstration
COMMENT = "لطفاً یک دوره تایپ لمسی اضافه کنید. لئو در وقت ناهار هم به کمک نیاز دارد."
ASKED = {
    "right": "rectification",
    "details": "I wrote lunchtime but meant break time.",
    "correction": "Leo needs help at break time too.",
}


def test_a_caseworker_sees_which_record_holds_it_and_what_it_says_now(  # type: ignore[no-untyped-def]
    browser, own_portal: tuple[Flask, str]
) -> None:
    app, base_url = own_portal  # the demonstration parent's response is sent
    family = app.test_client()
    sign_in(family, person=PARENT)
    family.get("/account/?lang=fa")
    send_response(family, COMMENT)
    request_id = sent(family, "/account/your-data/rights/draft_plan.comment", ASKED)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/caseworker/", "caseworker@council.example")
        tab.goto(f"/caseworker/data-rights/{request_id}")
        held = tab.locator("#held-now")
        shown = held.inner_text()
        assert demo.CHILD_DRAFT in shown and "Leo Brennan" in shown, shown
        assert "Amara Okafor" not in shown, "only the record that holds it"
        assert "Response to the draft EHC plan of" in shown and "section F" in shown, shown
        note = held.locator(".portal-note", has_text="دوره تایپ لمسی")
        assert note.get_attribute("dir") == "auto" and note.get_attribute("lang") == "fa"
        assert "Written in Persian" in shown, shown
        check_accessible(tab, "a request about information, with what is held", "en")

        tab.goto(f"/caseworker/data-rights/{request_id}?lang=fa")
        assert "section F" not in tab.locator("#held-now").inner_text()
        check_accessible(tab, "a request about information, with what is held", "fa")
        tab.set_viewport_size({"width": 320, "height": 800})
        tab.reload()
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320
        check_accessible(tab, "a request about information, at 320 px", "fa")
    finally:
        tab.context.close()
