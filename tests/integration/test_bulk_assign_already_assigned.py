"""Assigning several requests at once counts only the requests it changed: one already
assigned to that person is said as such, not counted, and left as it was."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from portal.models import AssessmentRequest
from portal.platform import db
from tests.conftest import relative, sign_in
from tests.support.pages import one, page
from tests.support.queue import account
from tests.support.requests import submitted
from tests.support.staff import act

CASEWORKER = "caseworker@council.example"
NAME = "Sam Caseworker"


def test_a_request_already_assigned_to_the_person_is_said_not_counted(db_app: Flask) -> None:
    family = db_app.test_client()
    sign_in(family)
    already, changed = submitted(family), submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    me = account(db_app, "staff", CASEWORKER)
    colleague = account(db_app, "staff", "colleague@council.example")
    assert act(staff, already, "assign", {"assignee": me}).status_code == 302
    queue = page(staff.get("/caseworker/queue"))
    assert act(staff, changed, "assign", {"assignee": colleague}).status_code == 302
    with db_app.app_context():
        version = db.session().scalar(
            select(AssessmentRequest.version).where(AssessmentRequest.reference == already)
        )
    values = [
        str(box["value"])
        for box in queue.select("input[name=selected]")
        if str(box["value"]).split(":")[0] in (already, changed)
    ]
    token = one(queue, "main form[method=post] input[name=csrf_token]")["value"]
    response = staff.post(
        "/caseworker/queue", data={"csrf_token": token, "selected": values, "assignee": me}
    )
    after = page(staff.get(relative(response.headers["Location"])))
    banners = [" ".join(b.get_text().split()) for b in after.select(".govuk-notification-banner")]
    assert not any(f"request assigned to {NAME}" in b for b in banners), banners
    assert any(f"{already} was already assigned to {NAME}" in b for b in banners), banners
    # One request is said in the singular, and the sentence ends (a tester read "them" for
    # one request, and no full stop).
    assert any(
        b.endswith(
            "Not assigned, because someone changed it after you opened this page: "
            f"{changed}. Check it, then try again."
        )
        for b in banners
    ), banners
    with db_app.app_context():
        assert version == db.session().scalar(
            select(AssessmentRequest.version).where(AssessmentRequest.reference == already)
        )


def test_the_count_of_requests_assigned_is_in_the_languages_digits(app: Flask) -> None:
    """A Persian caseworker read "1 درخواست" in Latin digits, beside trays counted in
    Persian digits on the same page."""
    family = app.test_client()
    sign_in(family)
    reference = submitted(family)
    staff = app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    me = account(app, "staff", CASEWORKER)
    queue = page(staff.get("/caseworker/queue?lang=fa"))
    values = [
        str(box["value"])
        for box in queue.select("input[name=selected]")
        if str(box["value"]).startswith(f"{reference}:")
    ]
    token = one(queue, "main form[method=post] input[name=csrf_token]")["value"]
    response = staff.post(
        "/caseworker/queue?lang=fa", data={"csrf_token": token, "selected": values, "assignee": me}
    )
    after = page(staff.get(relative(response.headers["Location"])))
    said = one(after, ".govuk-notification-banner--success").get_text(" ", strip=True)
    assert f"۱ درخواست به {NAME} واگذار شد" in said, said
