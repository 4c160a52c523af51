"""The caseworker's request summary wrote its two dates two ways, one under the other:
"Received 17 Oct 2026, 13:00" and "Decision due 28 November 2026" (in Polish "17 paź
2026" over "28 listopada 2026"). A summary list has room for the whole month: both are
written in full, as every other summary writes a day."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale

from portal.models import AssessmentRequest, DataRightsRequest
from portal.platform import db
from portal.platform.written_dates import format_date, format_time
from tests.conftest import sign_in
from tests.support.data_rights import QUEUE, sent
from tests.support.pages import page
from tests.support.requests import submitted


def _row(shown, key: str) -> str:  # type: ignore[no-untyped-def]
    for row in shown.select("main .govuk-summary-list__row"):
        if row.dt.get_text(strip=True) == key:
            return " ".join(row.dd.get_text(" ", strip=True).split())
    raise AssertionError(key)


@pytest.mark.parametrize(
    ("language", "received", "due"),
    [("en", "Received", "Decision due"), ("pl", "Data wpływu", "Termin decyzji")],
)
def test_the_summary_writes_both_days_in_full(
    app: Flask, client: FlaskClient, language: str, received: str, due: str
) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get(f"/caseworker/requests/{reference}?lang={language}"))
    with app.app_context():
        found = db.session().query(AssessmentRequest).filter_by(reference=reference).one()
    with app.test_request_context(), force_locale(language):
        day, time = format_date(found.submitted_at), format_time(found.submitted_at)
        due_on = format_date(found.decision_due)
    assert _row(shown, due) == due_on
    written = _row(shown, received)
    assert written.startswith(day) and written.endswith(time), (written, day, time)


@pytest.mark.parametrize(
    ("language", "received", "due"), [("en", "Received", "Due"), ("pl", "Data wpływu", "Termin")]
)
def test_a_data_rights_requests_summary_writes_both_days_in_full(
    app: Flask,
    reference: str,
    client: FlaskClient,
    staff: FlaskClient,
    language: str,
    received: str,
    due: str,
) -> None:
    """A tester met the same on a family's request about their information: "Received 7 Dec
    2026, 14:54" over "Due 7 January 2027"."""
    request_id = sent(client)
    shown = page(staff.get(f"{QUEUE}/{request_id}?lang={language}"))
    with app.app_context():
        asked = db.session().get(DataRightsRequest, request_id)
    assert asked is not None
    with app.test_request_context(), force_locale(language):
        day, due_on = format_date(asked.received_at), format_date(asked.due_on)
    written = _row(shown, received)
    assert written.startswith(day), (written, day)
    assert _row(shown, due) == due_on
