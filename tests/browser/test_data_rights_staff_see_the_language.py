"""A tester asked about their information in Arabic; the caseworker's page showed the
family's words in Arabic but said nowhere that they read Arabic, and the answer went back
in English. The page names the language they asked in, beside the box the family reads."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.data_rights import sent
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


def test_staff_see_the_language_the_family_asked_in(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    family = live_app.test_client()
    sign_in(family, person="young.person@example.org")
    family.get("/?lang=ar")
    asked = {"right": "rectification", "details": "الرمز البريدي خاطئ", "correction": "EN5 4AC"}
    request_id = sent(family, "/account/your-data/rights/child.address_postcode", asked)
    staff = people["staff"]
    staff.goto(f"/caseworker/data-rights/{request_id}?lang=en")
    row = staff.locator(".govuk-summary-list__row", has_text="Language")
    assert "Arabic" in row.inner_text(), staff.locator("main dl").inner_text()
    hint = staff.locator("#close-reason-hint").inner_text()
    assert "They asked in Arabic" in hint, hint
    check_accessible(staff, "a request about information, asked in Arabic", "en")
