"""A tester, as a caseworker, read a request's consent history beside its answers: the
answers gave the parent's contact email, the history another address with nothing to
say it was the account they signed in with, and "Wording they read" said "Version
2026-11.1, en". The history now says whose account gave the consent, and the wording
read names its language in words."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted

pytestmark = pytest.mark.browser

FAMILY = "consent.history@example.org"  # the answers' contact email is anna@example.org


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    family = live_app.test_client()
    sign_in(family, person=FAMILY)
    return submitted(family)


def test_the_consent_history_says_who_signed_in_and_what_they_read(people, reference) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/cases/{reference}/consent")
    row = staff.locator("tbody tr").first
    who = row.locator("td").nth(1).inner_text()
    assert f"Signed in as {FAMILY}" in who, who
    wording = row.locator("td").nth(4).get_by_role("link")
    assert wording.inner_text() == "Read the wording, in English"
    assert "Version 2026-" in row.locator("td").nth(4).inner_text()
    assert ", en" not in row.locator("td").nth(4).inner_text()
