"""Every set of views an account sent is listed on "Correct, restrict or erase your
information" under its own heading, each question as its author was asked it, and a
request made from one names that set of views to the family, the caseworker and the
case system (a tester found the parent's own views missing and the child's answers
under the parent's questions)."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import DataRightsRequest, OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.contributions import PROMPTS, answer_all, begin
from tests.support.pages import one, page, post
from tests.support.requests import submitted

RIGHTS = "/account/your-data/rights"


def views_sent(client: FlaskClient, author: str, reference: str, prefix: str) -> str:
    contribution = begin(client, author, f"case:{reference}")
    if author == "child":
        post(client, f"/account/contributions/{contribution}/helped-by", {"helped_by": "Me"})
    answers = {slug: f"{prefix} view {n}" for n, slug in enumerate(PROMPTS)}
    answer_all(client, contribution, answers)
    assert post(client, f"/account/contributions/{contribution}/check", {}).status_code == 302
    return contribution


def rows(client: FlaskClient) -> dict[str, tuple[str, str, str]]:
    """Each given answer on the rights page: (table caption, question, link to ask)."""
    found = {}
    for table in page(client.get(RIGHTS)).select("table"):
        if table.find_parent("details") is not None:
            continue
        caption = one(table, "caption").get_text(" ", strip=True)
        for row in table.select("tbody tr"):
            for label in row.select(".portal-stack-label"):
                label.decompose()
            answer = row.select("td")[0].get_text(" ", strip=True)
            found[answer] = (
                caption,
                one(row, "th").get_text(" ", strip=True),
                str(one(row, "a")["href"]),
            )
    return found


def test_each_set_of_views_is_listed_under_its_own_heading_as_asked(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    parents = views_sent(client, "parent_carer", reference, "Parent")
    childs = views_sent(client, "child", reference, "Tobi")
    shown = rows(client)
    for n in range(5):
        assert f"Parent view {n}" in shown, "the parent's own views are listed"
        assert f"Tobi view {n}" in shown, "the child's views are listed"
    parent_caption, parent_question, parent_link = shown["Parent view 0"]
    child_caption, child_question, child_link = shown["Tobi view 0"]
    assert parent_caption != child_caption, "each set under its own heading"
    assert reference in parent_caption and reference in child_caption
    assert parent_question == "What do people like and admire about them?"
    assert child_question == "What do people like about me?"
    assert parents in parent_link and childs in child_link
    assert client.get(parent_link).status_code == 200
    assert "Parent view 0" in page(client.get(parent_link)).get_text(" ")
    assert "Tobi view 0" not in page(client.get(parent_link)).get_text(" ")


def test_a_request_about_the_parents_own_views_says_which_views_to_everyone(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    parents = views_sent(client, "parent_carer", reference, "Parent")
    views_sent(client, "child", reference, "Tobi")
    link = rows(client)["Parent view 1"][2]
    sent = post(client, link, {"right": "restriction", "details": "I wrote this in haste"})
    assert sent.status_code == 302, page(sent).select_one(".govuk-error-summary")
    with app.app_context():
        row = db.session().scalars(select(DataRightsRequest)).one()
        assert row.content["views"] == parents
        message = (
            db.session()
            .scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "data_rights_request.create")
            )
            .one()
        )
    about = message.payload["request"]["about"]
    assert about["views"] == parents and about["case_reference"] == reference
    assert about["written_as"] == "parent_carer"
    outbox.run_once(app)
    with app.app_context():
        delivered = db.session().get(OutboxMessage, message.id)
        assert delivered is not None and delivered.status == "delivered", "the case system took it"
    family_page = page(client.get(sent.headers["Location"])).get_text(" ", strip=True)
    assert reference in family_page and "parent or carer" in family_page
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    staff_page = page(staff.get(f"/caseworker/data-rights/{row.id}")).get_text(" ", strip=True)
    assert "Views sent by a parent or carer" in staff_page and reference in staff_page
    assert "Parent view 1" in staff_page, "the answer the request is about"


def test_old_links_still_work_and_other_views_are_not_found(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    views_sent(client, "parent_carer", reference, "Parent")
    assert client.get(f"{RIGHTS}/views.likes").status_code == 200
    assert client.get(f"{RIGHTS}/views.likes?views=nonsense").status_code == 404
    other = app.test_client()
    sign_in(other, person="other.parent@example.org")
    theirs = views_sent(other, "parent_carer", submitted(other), "Theirs")
    assert client.get(f"{RIGHTS}/views.likes?views={theirs}").status_code == 404
    assert client.get(f"{RIGHTS}/child.date_of_birth?views={theirs}").status_code == 404


def test_your_data_names_a_request_about_a_childs_views_as_the_child_was_asked(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    views_sent(client, "child", reference, "Tobi")
    link = rows(client)["Tobi view 1"][2]
    sent = post(client, link, {"right": "restriction", "details": "Not for now"})
    assert sent.status_code == 302
    listed = one(page(client.get("/account/your-data")), "#data-rights ~ table")
    assert "What matters to me?" in listed.get_text(" ", strip=True)


def test_two_sets_of_views_sent_the_same_day_have_different_headings(
    app: Flask, client: FlaskClient
) -> None:
    """Two sets of a parent's own views for one case, sent the same day, were two tables
    with the same name (axe: landmark-unique): each now says when it was sent."""
    sign_in(client)
    reference = submitted(client)
    views_sent(client, "parent_carer", reference, "First")
    views_sent(client, "parent_carer", reference, "Second")
    shown = rows(client)
    first, second = shown["First view 0"][0], shown["Second view 0"][0]
    assert first != second, first
    assert first.startswith("Your views as a parent or carer"), first
    assert re.search(r"sent on \d+ \w+ \d{4}, \d\d:\d\d", first), "with the time"
