"""What a tester asked in the caseworker's queue: a parent rang about "Sunny", the name
the child goes by and the family gave as the preferred name, and the search found
nothing, as it looked only at the legal name, and no page named the child so. The queue
finds a request by the child's preferred name too, alone or with the family name, and
shows it under the name, as the request's identity bar does."""

from __future__ import annotations

import copy

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import ANSWERS, submitted
from tests.support.tabs import check_accessible, queue_searched

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def known_as_sunny(live_app: Flask) -> str:
    """A parent's request for Sunil, known as Sunny (sent without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="preferred.name@example.org")
    answers = copy.deepcopy(ANSWERS)
    answers["child"]["name"] = {
        "first_name": "Sunil",
        "last_name": "Varghese-Okafor",
        "preferred_name": "Sunny",
    }
    return submitted(family, answers=answers)


def test_a_request_is_found_by_the_childs_preferred_name(people, known_as_sunny) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    try:
        for term in ("Sunny", "sunny varghese-okafor", "Sunil Varghese"):
            assert queue_searched(staff, term) == [known_as_sunny], term
        assert queue_searched(staff, "Sunny Smith") == [], "every word typed must match"
        queue_searched(staff, "Sunny")
        row = staff.locator("main tbody tr", has_text=known_as_sunny)
        assert "Preferred name: Sunny" in row.inner_text()
        check_accessible(staff, "the queue searched by a preferred name", "en")
        staff.goto(f"/caseworker/requests/{known_as_sunny}?lang=fa")
        bar = staff.locator(".moj-identity-bar").inner_text()
        assert "Sunil Varghese-Okafor" in bar and "Sunny" in bar and "نام ترجیحی" in bar, bar
        check_accessible(staff, "the identity bar with a preferred name", "fa")
    finally:
        staff.goto("/caseworker/queue?lang=en")
