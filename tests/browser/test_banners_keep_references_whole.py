"""A caseworker reading Persian on a phone saw a request's reference broken at its hyphen
in the banner that said which requests were already theirs ("BNT-2026-" at the end of
one line, "720101" at the start of the next): a reference in a banner is kept whole, as
it is in a heading."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import delete, select

from portal.models import AssessmentRequest, RequestDraft
from portal.platform import db
from tests.support.queue import account, add_request
from tests.support.tabs import check_accessible, reference_lines

pytestmark = pytest.mark.browser

REFERENCES = ["BNT-2026-720101", "BNT-2026-720102", "BNT-2026-720103", "BNT-2026-720104"]


@pytest.fixture(scope="module")
def mine(live_app: Flask) -> Iterator[str]:
    """The caseworker's account id, with the requests already assigned to them; taken
    away again afterwards, as other tests measure the queue they share."""
    caseworker = account(live_app, "staff", "caseworker@council.example")
    made = [
        add_request(live_app, reference, f"Shirin Bannerline {number}", assigned_to=caseworker)
        for number, reference in enumerate(REFERENCES)
    ]
    yield caseworker
    with live_app.app_context():
        session = db.session()
        owned = select(AssessmentRequest.draft_id).where(AssessmentRequest.id.in_(made))
        drafts = list(session.scalars(owned))
        session.execute(delete(AssessmentRequest).where(AssessmentRequest.id.in_(made)))
        session.execute(delete(RequestDraft).where(RequestDraft.id.in_(drafts)))
        session.commit()


@pytest.mark.parametrize("language", ["fa", "en"])
def test_references_in_a_banner_are_never_broken_across_lines(  # type: ignore[no-untyped-def]
    people, mine: str, language: str
) -> None:
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 800})
    try:
        staff.goto(f"/caseworker/queue?lang={language}&q=Bannerline")
        assert staff.locator("tbody input[name=selected]").count() == len(REFERENCES)
        staff.locator("#queue-checkboxes-all").click(force=True)
        staff.locator("#assignee").select_option(mine)
        staff.locator(".moj-action-bar button[type=submit]").click()
        staff.wait_for_load_state()
        banner = staff.locator(".govuk-notification-banner")
        assert banner.count() == 1
        lines = reference_lines(banner)
        assert len(lines) == len(REFERENCES), banner.inner_text()
        assert set(lines) == {1}, f"references drawn on {lines} lines at 320 px in {language}"
        check_accessible(staff, "the queue saying what was already assigned", language)
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/queue?lang=en")
