"""Two staff can share a name: wherever staff are listed to choose from or named on the
queue (the assign lists, the "Assigned to" filter, the table, the banner), each is told
apart by their email address, and the caseworker's own entry says it is theirs. And
`make run`'s example caseworker is the account signing in as them finds, even when the
database was seeded while the staff sign-in was on another port."""

from __future__ import annotations

import uuid

from flask import Flask
from sqlalchemy import select, update

from devtools import demo_requests
from portal.models import Account, AssessmentRequest
from portal.platform import db
from tests.conftest import relative, sign_in
from tests.support.pages import one, page
from tests.support.queue import account, add_request
from tests.support.requests import submitted
from tests.support.staff import act

CASEWORKER = "caseworker@council.example"
NAMESAKE = "sam.caseworker@council.example"


def _namesake(app: Flask) -> str:
    with app.app_context():
        made = Account(kind="staff", issuer="https://tests.example", subject=uuid.uuid4().hex)
        made.email, made.display_name = NAMESAKE, "Sam Caseworker"
        db.session().add(made)
        db.session().commit()
        return made.id


def _texts(elements) -> list[str]:  # type: ignore[no-untyped-def]
    return [element.get_text(" ", strip=True) for element in elements]


def test_two_staff_with_one_name_are_told_apart_by_their_email(db_app: Flask) -> None:
    family = db_app.test_client()
    sign_in(family)
    reference = submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    namesake = _namesake(db_app)
    me = account(db_app, "staff", CASEWORKER)
    mine = f"Sam Caseworker ({CASEWORKER}) (you)"
    theirs = f"Sam Caseworker ({NAMESAKE})"

    assign_page = page(staff.get(f"/caseworker/requests/{reference}/actions/assign"))
    assert {mine, theirs} <= set(_texts(assign_page.select("select option"))), assign_page
    assert act(staff, reference, "assign", {"assignee": namesake}).status_code == 302

    queue = page(staff.get("/caseworker/queue?tray=all"))
    assert {mine, theirs} <= set(_texts(queue.select("select[name=assignee] option")))
    filters = _texts(queue.select("input[name=assigned] + label"))
    assert {mine, theirs} <= set(filters), filters
    row = next(r for r in queue.select("tbody tr") if reference in r.get_text())
    assert theirs in row.get_text(" ", strip=True)

    box = next(
        str(b["value"]) for b in queue.select("input[name=selected]") if reference in b["value"]
    )
    token = one(queue, "main form[method=post] input[name=csrf_token]")["value"]
    response = staff.post(
        "/caseworker/queue", data={"csrf_token": token, "selected": [box], "assignee": me}
    )
    after = page(staff.get(relative(response.headers["Location"])))
    banners = _texts(after.select(".govuk-notification-banner"))
    assert any(f"1 request assigned to Sam Caseworker ({CASEWORKER})" in b for b in banners)


def test_one_named_caseworker_is_shown_by_name_alone(db_app: Flask) -> None:
    staff = db_app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    account(db_app, "staff", "colleague@council.example")
    add_request(db_app, "BNT-2026-740001", "To Assign")  # the list is shown with a request
    queue = page(staff.get("/caseworker/queue"))
    options = _texts(queue.select("select[name=assignee] option"))
    assert "Sam Caseworker (you)" in options and "colleague@council.example" in options


def test_the_example_caseworker_is_the_one_who_signs_in_after_a_port_change(
    db_app: Flask,
) -> None:
    """A database seeded by `make run` on one port, then served on another: the staff
    sign-in's issuer (its address) has changed, and sign-in finds accounts by issuer."""
    demo_requests.seed(db_app)
    with db_app.app_context():
        db.session().execute(
            update(Account)
            .where(Account.subject == CASEWORKER)
            .values(issuer="http://127.0.0.1:5002")
        )
        db.session().commit()
    demo_requests.seed(db_app)
    staff = db_app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    queue = page(staff.get("/caseworker/queue"))
    assert _texts(queue.select("select[name=assignee] option")).count("Sam Caseworker (you)") == 1
    with db_app.app_context():
        ben = db.session().scalar(
            select(AssessmentRequest.assigned_to).where(
                AssessmentRequest.child_name == "Ben Example"
            )
        )
        assert ben == db.session().scalar(
            select(Account.id).where(Account.subject == CASEWORKER, Account.kind == "staff")
        )


def test_the_summary_and_history_name_which_of_two_namesakes_has_the_request(db_app: Flask) -> None:
    family = db_app.test_client()
    sign_in(family)
    reference = submitted(family)
    staff = db_app.test_client()
    sign_in(staff, "staff", CASEWORKER)
    namesake = _namesake(db_app)
    assert act(staff, reference, "assign", {"assignee": namesake}).status_code == 302
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    assigned = next(
        row.select_one("dd")
        for row in summary.select(".govuk-summary-list__row")
        if one(row, "dt").get_text(strip=True) == "Assigned to"
    )
    assert assigned is not None
    assert assigned.get_text(" ", strip=True) == f"Sam Caseworker ({NAMESAKE})"
    history = page(staff.get(f"/caseworker/requests/{reference}/history"))
    trail = [" ".join(li.get_text().split()) for li in history.select("#trail li")]
    assert any(
        f"Gave the request to Sam Caseworker ({NAMESAKE}) (Sam Caseworker ({CASEWORKER}))" in line
        for line in trail
    ), trail
