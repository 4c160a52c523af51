"""A tester reading the portal in Romanian as a parent met three small slips:

- on the case page, under "Ce ați trimis", the link "Cererea ta pentru o evaluare a
  nevoilor EHC", the informal "ta" written for a young person asking for themselves,
  where every other word on the page is the polite "dumneavoastră";
- on the page that starts their views, "Responsabilul de caz va citi…", where the other
  pages call the caseworker "responsabil de dosare";
- the hint for the child's unique pupil number, two sentences with no full stop after
  the second ("Școala copilului vi-l poate spune"), as the English had none.

A young person asking for themselves still reads the informal "Cererea ta"."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import request_started, sign_in_in_browser

pytestmark = pytest.mark.browser

PARENT = "romanian.parent.words@example.org"
YOUNG_PERSON = "romanian.young.words@example.org"


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    family = live_app.test_client()
    sign_in(family, person=PARENT)
    family.get("/account/?lang=ro")
    return submitted(family)


def test_a_romanian_parent_is_spoken_to_politely_and_reads_one_word_for_the_caseworker(  # type: ignore[no-untyped-def]
    browser, page, reference: str
) -> None:
    sign_in_in_browser(page, "/account/?lang=ro", PARENT)
    page.goto(f"/account/cases/{reference}?lang=ro")
    sent = page.locator("main h2", has_text="Ce ați trimis").locator(
        "xpath=following-sibling::ul[1]"
    )
    links = [" ".join(text.split()) for text in sent.locator("a").all_inner_texts()]
    assert "Cererea dumneavoastră pentru o evaluare a nevoilor EHC" in links, links

    page.goto("/account/contributions/new?lang=ro")
    said = " ".join(page.locator("main").inner_text().split())
    assert "responsabilul de dosare" in said.lower(), said
    assert "de caz" not in said, said

    request_started(page)
    page.goto(page.url.split("?")[0] + "child/upn?lang=ro")
    hint = page.locator("main .govuk-hint").first.inner_text().strip()
    assert hint.endswith("."), hint


def test_a_young_person_still_reads_their_own_request_informally(  # type: ignore[no-untyped-def]
    browser, page, live_app: Flask
) -> None:
    sign_in(live_app.test_client(), person=YOUNG_PERSON)  # known to the provider's page
    sign_in_in_browser(page, "/account/?lang=ro", YOUNG_PERSON)
    request_started(page, role="young_person")
    page.goto(page.url.split("?")[0] + "?lang=ro")
    assert page.locator("h1").inner_text().strip() == (
        "Cererea ta pentru o evaluare a nevoilor EHC"
    )
