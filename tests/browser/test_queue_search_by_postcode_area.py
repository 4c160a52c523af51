"""A caseworker searches the queue by the area a child lives in, the first part of the
postcode: a tester typed "EN5", "en5" and "N1" into the search box and found nothing,
only a full postcode found a request. The area finds its requests as typed, and no
other area's ("N1" is not "N19" or "EN1")."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS
from tests.support.queue import add_request
from tests.support.requests import submitted
from tests.support.tabs import queue_searched

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    family = live_app.test_client()
    sign_in(family, person="queue.area@example.org")
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    address = {**answers["child"]["address"], "address_postcode": "n1 9gu"}
    answers["child"] = {**answers["child"], "address": address}
    return submitted(family, answers=answers)


def test_the_first_part_of_a_postcode_finds_the_childs_request(  # type: ignore[no-untyped-def]
    live_app: Flask, people, reference: str
) -> None:
    add_request(live_app, "BNT-2026-719001", "Nia Nineteen", postcode="N19 5AB")
    add_request(live_app, "BNT-2026-719002", "Ellis Enfield", postcode="EN1 1AA")
    staff = people["staff"]
    for term in ("N1", "n1", " N1 ", "N1 9GU"):
        shown = queue_searched(staff, term)
        assert reference in shown, (term, shown)
        assert "BNT-2026-719001" not in shown and "BNT-2026-719002" not in shown, (term, shown)
    assert queue_searched(staff, "n19") == ["BNT-2026-719001"]
    shown = queue_searched(staff, "en1")
    assert "BNT-2026-719002" in shown and reference not in shown, shown
    assert "first part" in staff.locator("#q-hint").inner_text(), "the hint says so"
