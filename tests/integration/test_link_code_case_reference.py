"""A caseworker types a case reference for a link code the way queue search accepts it."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.links import ask_for_code
from tests.support.pages import one, page


@pytest.fixture
def caseworker(app: Flask) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    return staff


@pytest.mark.parametrize(
    "typed",
    [
        demo.DRAFT.replace("-", " "),
        demo.DRAFT.replace("-", " ").lower(),
        demo.DRAFT.replace("-", ""),
        demo.DRAFT.replace("-", "").lower(),
        f"  {demo.DRAFT.lower()} ",
    ],
)
def test_a_reference_typed_as_search_accepts_it_is_taken_as_the_case_systems(
    caseworker: FlaskClient, typed: str
) -> None:
    asked = ask_for_code(caseworker, typed, "Jo Parent", "parent_carer")
    assert asked.status_code == 302, page(asked).get_text(" ", strip=True)
    assert asked.headers["Location"] == "/caseworker/link-codes/confirm"
    back = page(caseworker.get("/caseworker/link-codes/new"))
    assert one(back, "input#case_reference")["value"] == demo.DRAFT


@pytest.mark.parametrize("typed", ["BNT 2026", "not a reference!", "BNT-2026-2084 51 x"])
def test_a_reference_that_is_not_one_is_still_refused(caseworker: FlaskClient, typed: str) -> None:
    refused = page(ask_for_code(caseworker, typed, "Jo Parent", "parent_carer"))
    assert one(refused, ".govuk-error-summary a[href='#case_reference']").get_text(strip=True) == (
        "Enter the case reference as it appears in the case system"
    )
