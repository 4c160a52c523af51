"""A report chosen on the annual review's reports page left open in another tab, after the
views were sent from elsewhere: named, with what was written about it and how to get it
to the council, not dropped without a word."""

from __future__ import annotations

import io

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import Document, ReviewViews
from portal.platform import db
from tests.support.files import PDF
from tests.support.own_pages import linked_to_case
from tests.support.pages import hidden, one, page, post

HUB = f"/account/cases/{demo.REVIEW}/annual-review"


def test_a_report_added_in_a_tab_left_open_after_sending_is_named_not_dropped(
    app: Flask, client: FlaskClient
) -> None:
    """Tab A has the reports page open; tab B sends the views with one report; tab A then
    uploads another. It cannot join what was sent: the page names the file, shows what was
    written about it and says how to get it to the council; what was sent keeps its file."""
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    post(family, f"{HUB}/views", {"hopes": "To travel to school on his own."})
    with app.app_context():
        views_id = db.session().scalars(select(ReviewViews.id)).one()
    reports = f"/account/review-views/{views_id}/reports"
    kept = {"file": (io.BytesIO(PDF), "school.pdf"), "description": "School report"}
    assert (
        family.post(
            reports,
            data={**hidden(family.get(reports)), **kept},
            content_type="multipart/form-data",
        )
        .headers["Location"]
        .endswith(reports)
    )
    tab_a = hidden(family.get(reports))
    assert post(family, HUB, {}).headers["Location"].endswith(f"{HUB}#your-views")

    late = {"file": (io.BytesIO(PDF), "speech-therapy.pdf"), "description": "Speech report"}
    added = family.post(reports, data={**tab_a, **late}, content_type="multipart/form-data")

    assert added.status_code == 200, added.headers.get("Location")
    shown = page(added)
    said = one(shown, "main").get_text(" ", strip=True)
    assert "Your file was not added" in said
    assert "Your views were already sent, so this file was not added to them." in said
    rows = [r.get_text(" ", strip=True) for r in shown.select(".portal-not-sent dd")]
    assert rows == ["speech-therapy.pdf", "Speech report"]
    assert "send it to the SEN team or your caseworker another way" in said
    assert not shown.select("main form"), "nothing to upload now"
    assert shown.select_one(f"a.govuk-back-link[href$='{HUB}#your-views']") is not None
    hub = page(family.get(HUB)).get_text(" ", strip=True)
    assert "school.pdf" in hub and "speech-therapy.pdf" not in hub
    with app.app_context():
        names = db.session().scalars(select(Document.filename)).all()
    assert names == ["school.pdf"]
