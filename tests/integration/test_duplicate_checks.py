"""Marking a request as a duplicate: the reference is read as the queue's search reads it,
and a request for another child is linked only once the caseworker has seen both
children and confirmed."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import AssessmentRequest
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import hidden, one, page
from tests.support.queue import add_request
from tests.support.staff import act

CASEWORKER = "caseworker@council.example"
BEN = "BNT-2026-455612"
CLEO = "BNT-2026-455613"
BEN_AGAIN = "BNT-2026-455614"


@pytest.fixture
def staff(db_app: Flask) -> FlaskClient:
    client = db_app.test_client()
    sign_in(client, "staff", CASEWORKER)
    add_request(db_app, BEN, "Ben Example", child_date_of_birth=dt.date(2017, 11, 26))
    add_request(db_app, CLEO, "Cleo Example", child_date_of_birth=dt.date(2016, 10, 17))
    add_request(db_app, BEN_AGAIN, "Ben Example", child_date_of_birth=dt.date(2017, 11, 26))
    return client


def _status(app: Flask, reference: str) -> tuple[str, str | None]:
    with app.app_context():
        found = db.session().scalar(
            select(AssessmentRequest).where(AssessmentRequest.reference == reference)
        )
        assert found is not None
        return found.status, found.duplicate_of


def _error(response) -> str:  # type: ignore[no-untyped-def]
    return one(page(response), ".govuk-error-summary a").get_text(" ", strip=True)


def test_a_reference_typed_as_the_queue_search_takes_it(db_app: Flask, staff: FlaskClient) -> None:
    done = act(staff, BEN, "duplicate", {"of_reference": "bnt 2026 455614"})
    assert done.status_code == 302, page(done).get_text(" ")
    assert _status(db_app, BEN) == ("duplicate", BEN_AGAIN)


def test_nonsense_is_told_the_shape_of_a_reference(staff: FlaskClient) -> None:
    refused = act(staff, BEN, "duplicate", {"of_reference": "nonsense"})
    assert refused.status_code == 200
    assert _error(refused) == "Enter a reference like BNT-2026-000123"


def test_another_childs_request_needs_confirming(db_app: Flask, staff: FlaskClient) -> None:
    address = f"/caseworker/requests/{BEN}/actions/duplicate"
    first = act(staff, BEN, "duplicate", {"of_reference": CLEO})
    assert first.status_code == 200
    shown = page(first)
    warning = one(shown, ".govuk-warning-text").get_text(" ", strip=True)
    for words in ("Ben Example", "26 November 2017", "Cleo Example", "17 October 2016"):
        assert words in warning, warning
    assert _status(db_app, BEN) == ("received", None)
    fields = hidden(first)
    kept = str(one(shown, "input[name=duplicate-of_reference]")["value"])
    assert kept == CLEO
    unconfirmed = staff.post(address, data={**fields, "duplicate-of_reference": kept})
    assert unconfirmed.status_code == 200
    assert _error(unconfirmed) == (
        "Confirm it is a duplicate although the child's details are different"
    )
    assert _status(db_app, BEN) == ("received", None)
    box = one(shown, "input[name=duplicate-different_child]")
    confirmed = staff.post(
        address,
        data={**fields, "duplicate-of_reference": kept, "duplicate-different_child": box["value"]},
    )
    assert confirmed.status_code == 302
    assert _status(db_app, BEN) == ("duplicate", CLEO)


def test_the_same_child_goes_straight_through(db_app: Flask, staff: FlaskClient) -> None:
    assert act(staff, BEN, "duplicate", {"of_reference": BEN_AGAIN}).status_code == 302
    assert _status(db_app, BEN) == ("duplicate", BEN_AGAIN)
