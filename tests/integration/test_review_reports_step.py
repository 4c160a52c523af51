"""The annual review's reports are a step of giving views, as the review page promises
("You can also add reports"): after the questions, before the review page that sends
them. A tester found "Save and continue" went straight past them."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import ReviewViews
from portal.platform import db
from tests.support.own_pages import linked_to_case
from tests.support.pages import one, page, post

HUB = f"/account/cases/{demo.REVIEW}/annual-review"
VIEWS = f"{HUB}/views"


def _reports(app: Flask) -> str:
    with app.app_context():
        [views] = db.session().scalars(select(ReviewViews)).all()
        return f"/account/review-views/{views.id}/reports"


def test_save_and_continue_goes_on_to_the_reports_then_to_the_review(
    app: Flask, client: FlaskClient
) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    hub = page(family.get(HUB)).get_text(" ")
    assert "You can also add reports." in hub

    saved = post(family, VIEWS, {"working": "Reading every evening."})

    reports = _reports(app)
    assert saved.headers["Location"] == reports
    shown = page(family.get(reports))
    assert one(shown, "h1").get_text(strip=True) == "Reports for the annual review"
    assert one(shown, ".govuk-back-link")["href"] == VIEWS, "back to the questions"
    assert one(shown, "a.govuk-button")["href"] == f"{HUB}#your-views", "on to the review"


def test_changing_from_the_review_page_comes_back_to_it(app: Flask, client: FlaskClient) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    post(family, VIEWS, {"working": "Reading every evening."})
    hub = page(family.get(HUB))
    changes = [
        str(a["href"]) for a in hub.select(".portal-review-views .govuk-summary-list__actions a")
    ]
    reports = _reports(app)
    assert changes[-1] == f"{reports}?return_to=check"
    assert all(href.startswith(f"{VIEWS}?return_to=check&row=") for href in changes[:-1]), changes

    changed = post(family, f"{VIEWS}?return_to=check", {"working": "Reading most evenings."})
    assert changed.headers["Location"] == f"{HUB}#views-working", "straight back to the review"
    from_review = page(family.get(f"{reports}?return_to=check"))
    assert one(from_review, ".govuk-back-link")["href"] == f"{HUB}#views-reports"
