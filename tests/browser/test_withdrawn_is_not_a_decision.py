"""A tester, as a caseworker, withdrew a request received 49 days before at the family's
request. Its summary then said "Decided on" today, the queue "Decided 7 days late", and
the manager's dashboard counted it among the decisions made, late, pulling down the
share decided within 6 weeks. A withdrawal ends a request without a decision: it is
said as "Withdrawn on", and the decision figures leave it out."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask
from sqlalchemy import select

from portal.models import AssessmentRequest
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.staff import act
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser


def _received_days_ago(app: Flask, reference: str, days: int) -> None:
    with app.app_context():
        found = (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )
        found.submitted_at -= dt.timedelta(days=days)
        found.decision_due = deadlines.decision_due(deadlines.council_day(found.submitted_at))
        db.session().commit()


def _decisions_made(tab) -> str:  # type: ignore[no-untyped-def]
    tab.goto("/caseworker/dashboard")
    row = tab.locator(".govuk-summary-list__row", has_text="Decisions made")
    return row.locator(".govuk-summary-list__value").inner_text()


def test_a_withdrawn_request_is_not_counted_as_decided(browser, own_portal) -> None:  # type: ignore[no-untyped-def]
    app, base_url = own_portal
    family = app.test_client()
    sign_in(family, person="withdrawing@example.org")
    reference = submitted(family)
    _received_days_ago(app, reference, 49)

    manager = new_tab(browser, base_url)
    try:
        sign_in_in_browser(manager, "/caseworker/", "manager@council.example")
        before = _decisions_made(manager)

        staff = app.test_client()
        sign_in(staff, "staff", "caseworker@council.example")
        assert act(staff, reference, "withdraw").status_code == 302

        assert _decisions_made(manager) == before
        manager.goto(f"/caseworker/requests/{reference}")
        summary = manager.locator("main .govuk-summary-list").first.inner_text()
        today = deadlines.council_today()
        assert re.search(rf"Withdrawn on\s+{today.day} {today:%B %Y}", summary), summary
        assert "Decided on" not in summary and "late" not in summary, summary

        manager.goto(f"/caseworker/queue?tray=all&q={reference}")
        row = manager.locator("tbody tr", has_text=reference)
        assert "Withdrawn" in row.inner_text()
        assert "late" not in row.inner_text(), row.inner_text()
    finally:
        manager.context.close()
