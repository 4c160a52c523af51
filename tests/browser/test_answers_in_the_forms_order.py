"""A caseworker's Answers tab, as a tester met it at 1280 px: headings in the privacy
notice's words ("About parents and carers: Identifiers, role and contact details", "…:
Safeguarding information" over the looked-after answer alone), in an order that jumped
between the child and the parent, consent second on a young person's own request, and
who asked in the family's own first person ("I'm a parent or carer…"). The answers
follow the request's own sections, under their plain names, with consent last."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted, young_person_answers
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

SECTIONS = [
    "About the child or young person",
    "Education setting and history",
    "Needs and difficulties",
    "Support already in place",
    "Consent",
]


@pytest.fixture(scope="module")
def requests(live_app: Flask) -> dict[str, str]:
    parent = live_app.test_client()
    sign_in(parent, person="answers.order.parent@example.org")
    young = live_app.test_client()
    sign_in(young, person="answers.order.young@example.org")
    return {
        "parent": submitted(parent),
        "young": submitted(young, "young_person", young_person_answers()),
    }


@pytest.mark.parametrize(
    ("who", "asker", "contact"),
    [
        (
            "parent",
            "Parent or carer with parental responsibility",
            "The parent or carer, and others with parental responsibility",
        ),
        (
            "young",
            "Young person aged 16 to 25, for themselves",
            "The young person's contact details",
        ),
    ],
)
def test_answers_follow_the_requests_sections(  # type: ignore[no-untyped-def]
    browser, base_url: str, requests: dict[str, str], who: str, asker: str, contact: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(
            tab,
            f"/caseworker/requests/{requests[who]}/answers?lang=en",
            "caseworker@council.example",
        )
        headings = tab.locator("main h2.govuk-heading-s").all_inner_texts()
        expected = [SECTIONS[0], contact, *SECTIONS[1:]]
        assert headings == expected, headings
        main = tab.locator("main").inner_text()
        for jargon in ("Identifiers", "Safeguarding information", "Personal identifiers"):
            assert jargon not in main, jargon
        asked_by = tab.locator(
            ".govuk-summary-list__row", has_text="Person asking for the assessment"
        )
        said = asked_by.locator("dd").inner_text()
        assert said == asker, said
    finally:
        tab.context.close()
