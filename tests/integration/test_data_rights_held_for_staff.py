"""A caseworker answering a request about one item sees what this service holds of it now
for the account that asked, record by record, with the case each is for: special
category data, so its showing is audited against the request (and the family told in
"Your data"); and nothing of another account's, though it holds the same item."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import AuditEvent
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.answers import TEN_YEARS_AGO
from tests.support.data_rights import QUEUE, RIGHTS, sent
from tests.support.draft_plans import linked_parent, send_response
from tests.support.pages import page
from tests.support.requests import ANSWERS, submitted

OTHER_COMMENT = "Another family's comment: speech therapy must be weekly."


def held_now(staff: FlaskClient, request_id: str) -> str:
    section = page(staff.get(f"{QUEUE}/{request_id}")).select_one("#held-now")
    assert section is not None, "the page says what is held now"
    return " ".join(section.get_text(" ", strip=True).split())


def test_staff_see_each_record_holding_it_and_the_reading_is_audited(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient, sent_on: object
) -> None:
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    theirs = {section: dict(pages) for section, pages in ANSWERS.items()}
    theirs["child"] = dict(theirs["child"])
    theirs["child"]["name"] = {"first_name": "Leo", "last_name": "Brennan", "preferred_name": ""}
    theirs["child"]["date-of-birth"] = {"date_of_birth": ["5", "11", str(TEN_YEARS_AGO - 2)]}
    other_reference = submitted(other, answers=theirs)
    sent_on(deadlines.council_today() - dt.timedelta(days=3))  # type: ignore[operator]
    send_response(linked_parent(app, other), OTHER_COMMENT)

    request_id = sent(client)  # the child's date of birth, by parent@example.org
    shown = held_now(staff, request_id)
    assert f"27 March {TEN_YEARS_AGO}" in shown, shown
    assert reference in shown and "Zoë O'Neill-Kowalska" in shown, shown
    assert "Request for an EHC needs assessment, sent on" in shown, shown
    assert other_reference not in shown and "Leo Brennan" not in shown, "only theirs"
    assert str(TEN_YEARS_AGO - 2) not in shown, "not another family's answer"
    with app.app_context():
        seen = db.session().execute(
            select(AuditEvent.actor_kind, AuditEvent.object_kind, AuditEvent.object_id).where(
                AuditEvent.action == "viewed_data_rights_held"
            )
        )
        assert list(seen) == [("staff", "data_rights_request", request_id)]
    assert "Looked at what we hold of the information a request is about" in page(
        client.get("/account/your-data")
    ).get_text(" ", strip=True), "the family is told staff looked"

    # The same item, held for another account only: nothing of theirs shows.
    about_comments = sent(
        client, f"{RIGHTS}/draft_plan.comment", {"right": "restriction", "details": "Stop"}
    )
    shown = held_now(staff, about_comments)
    assert "Nothing held now" in shown, shown
    assert OTHER_COMMENT not in shown

    refused = app.test_client()
    sign_in(refused, person="second.parent@example.org")
    response = refused.get(f"{QUEUE}/{request_id}")
    assert response.status_code in (302, 403, 404) and "Zoë" not in response.get_data(as_text=True)
