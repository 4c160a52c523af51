"""The caseworker's request pages: the family's documents, each action's page and its
errors, and valid HTML on every staff page (checked by the Nu HTML Checker)."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import Account, AuditEvent, Document
from portal.platform import audit, db
from tests.conftest import sign_in
from tests.support.files import PDF, PNG
from tests.support.nu_html import nu_html_errors
from tests.support.pages import hidden, page, post
from tests.support.requests import fill, start, upload
from tests.support.staff import decide_not_to_assess


@pytest.fixture
def reference(client: FlaskClient) -> str:
    """A request sent with two supporting documents."""
    sign_in(client)
    draft = start(client)
    assert (
        upload(client, draft, PDF, "school-report.pdf", "Latest school report").status_code == 302
    )
    assert upload(client, draft, PNG, "drawing.png").status_code == 302
    fill(client, draft)
    response = post(client, f"/account/request/{draft}/check", {})
    assert response.headers["Location"].endswith("/submitted")
    return (
        page(client.get(response.headers["Location"]))
        .select_one(".govuk-panel strong")
        .get_text(strip=True)
    )


def test_the_request_page_lists_every_document_with_its_checks_and_opens_it(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    shown = page(staff.get(f"/caseworker/requests/{reference}/documents"))
    section = shown.select_one("#documents")
    assert section is not None, "the request page has no documents section"
    text = section.get_text(" ")
    assert "school-report.pdf" in text and "Latest school report" in text
    assert "drawing.png" in text
    assert "PDF" in text and "Image" in text, "the type found by checking the file's content"
    assert "Not scanned" in text, "the virus scan's result"
    links = {a.get_text(strip=True): a["href"] for a in section.select("a")}
    opened = staff.get(links["school-report.pdf"])
    assert opened.status_code == 200 and opened.data == PDF
    with app.app_context():
        document_id = (
            db.session()
            .scalars(select(Document.id).where(Document.filename == "school-report.pdf"))
            .one()
        )
        seen = (
            db.session()
            .scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "viewed_document", AuditEvent.object_id == document_id
                )
            )
            .one()
        )
        assert seen.actor_kind == "staff"
    trail = page(staff.get(f"/caseworker/requests/{reference}/history")).select_one("details")
    assert "Opened a document (Sam Caseworker)" in trail.get_text(), "who saw it, by name"


def test_the_assign_list_starts_with_select_a_person_and_needs_a_choice(
    staff: FlaskClient, reference: str
) -> None:
    address = f"/caseworker/requests/{reference}/actions/assign"
    shown = page(staff.get(address))
    first = shown.select_one("select[name=assign-assignee] option")
    assert first.get_text(strip=True) == "Select a person" and first["value"] == ""
    assert first.has_attr("selected")
    form = shown.select_one("select[name=assign-assignee]").find_parent("form")
    fields = hidden(staff.get(address))
    refused = staff.post(
        form["action"],
        data={
            "assign-csrf_token": fields["assign-csrf_token"],
            "assign-version": fields["assign-version"],
            "assign-assignee": "",
        },
    )
    assert refused.status_code == 200
    shown = page(refused)
    assert shown.title.get_text(strip=True).startswith(f"Error: Assign – Request {reference}")
    summary = shown.select_one(".govuk-error-summary a")
    assert summary.get_text(strip=True) == "Select who to assign the request to"
    assert summary["href"] == "#assign-assignee"
    assert shown.select_one("#assign-assignee-error") is not None


def test_each_action_is_in_the_menu_and_its_errors_stay_on_its_own_page(
    staff: FlaskClient, reference: str
) -> None:
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    menu = summary.select(".moj-identity-bar .moj-button-menu")[0]
    assert menu["data-button-text"] == "Actions"
    links = {a.get_text(strip=True): a["href"] for a in menu.select("a")}
    base = f"/caseworker/requests/{reference}/actions/"
    assert links == {
        "Assign": base + "assign",
        "Accept for a decision": base + "accept",
        "Ask the family for information": base + "more_information",
        "Mark as a duplicate": base + "duplicate",
        "Record a time limit exception": base + "exception",
        "Withdraw": base + "withdraw",
    }, "a new request cannot be decided before it is accepted"
    address = links["Ask the family for information"]
    shown = page(staff.get(address))
    assert {form["action"] for form in shown.select("main form[method=post]")} == {address}
    fields = hidden(staff.get(address))
    refused = staff.post(
        address,
        data={
            "info-csrf_token": fields["info-csrf_token"],
            "info-version": fields["info-version"],
            "info-message": "",
        },
    )
    assert refused.status_code == 200
    shown = page(refused)
    assert shown.title.get_text(strip=True).startswith("Error: ")
    assert "Enter what you need from the family" in shown.select_one(
        ".govuk-error-summary"
    ).get_text(" ")
    assert shown.select("input[name=info-version]")[0]["value"] == fields["info-version"]
    assert staff.get(base + "no_such_action").status_code == 404


def test_staff_pages_are_valid_html(
    app: Flask, staff: FlaskClient, reference: str, tmp_path: Path
) -> None:
    address = f"/caseworker/requests/{reference}"
    sections = ("", "/answers", "/consent", "/views", "/documents", "/messages", "/history")
    actions = ("assign", "accept", "more_information", "duplicate", "exception", "withdraw")
    pages = {
        path: staff.get(path).get_data(as_text=True)
        for path in (
            "/caseworker/",
            "/caseworker/queue",
            *(address + section for section in sections),
            *(f"{address}/actions/{action}" for action in actions),
            "/caseworker/requests",
            f"/caseworker/cases/{reference}/consent",
            "/caseworker/link-codes/new",
        )
    }
    fields = hidden(staff.get(f"{address}/actions/assign"))
    pages["the assign page with an error"] = staff.post(
        f"{address}/actions/assign",
        data={
            "assign-csrf_token": fields["assign-csrf_token"],
            "assign-version": fields["assign-version"],
        },
    ).get_data(as_text=True)
    pages["the summary with a note's error"] = staff.post(
        f"{address}/notes", data={"csrf_token": fields["assign-csrf_token"], "text": ""}
    ).get_data(as_text=True)
    asked = staff.post(
        "/caseworker/link-codes/new",
        data={
            "csrf_token": fields["assign-csrf_token"],
            "case_reference": demo.FINAL,
            "person_name": "Jo Parent",
            "relationship": "parent_carer",
        },
    )
    assert asked.status_code == 302
    pages["/caseworker/link-codes/confirm"] = staff.get(asked.headers["Location"]).get_data(
        as_text=True
    )
    assert nu_html_errors(pages, tmp_path) == []


def test_the_history_says_how_often_the_request_was_looked_at_and_lists_the_rest(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    address = f"/caseworker/requests/{reference}"
    for section in ("", "/answers", "/consent", "/answers", "/documents"):
        assert staff.get(address + section).status_code == 200
    shown = page(staff.get(f"{address}/history"))
    trail = shown.select("details#trail")[0].get_text(" ")
    assert "Looked at this request 6 times, most recently by Sam Caseworker" in trail
    listed = [item.get_text(" ") for item in shown.select("details#trail li")]
    assert not [item for item in listed if "Looked at a request" in item], "one line, not six"
    assert any("Sent a request (Family)" in item for item in listed)
    with app.app_context():
        looks = db.session().scalars(
            select(AuditEvent).where(
                AuditEvent.object_id == reference, AuditEvent.action == "viewed_request"
            )
        )
        assert len(looks.all()) == 6, "every look is still audited"


def test_a_long_history_comes_a_page_at_a_time(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    with app.app_context():
        for _ in range(60):
            audit.record("triage_note", "request", reference, actor_kind="staff")
    address = f"/caseworker/requests/{reference}/history"
    first = page(staff.get(address))
    assert len(first.select("details#trail li")) == 50
    assert not first.select("details#trail")[0].has_attr("open")
    following = first.select("details#trail a[rel=next]")[0]
    assert following.get_text(strip=True) == "Next page"
    second = page(staff.get(str(following["href"])))
    assert second.select("details#trail")[0].has_attr("open"), "opened where the link leads"
    rest = [item.get_text(" ") for item in second.select("details#trail li")]
    family = ["Sent a request", "Made consent choices in a request", "Added a document"]
    assert [item.split(": ", 1)[1] for item in rest[-5:-1]] == [
        *(f"{action} (Family)" for action in family),
        "Added a document (Family)",
    ], "the family's events, older than the notes, on the last page"
    assert len(rest) == 60 + 5 - 50 and "Started a request (Family)" in rest[-1]
    assert second.select_one("details#trail a[rel=next]") is None
    for odd in ("x", "0", "-1", "99999999999999999999", "²", "9" * 5000):
        shown = page(staff.get(f"{address}?trail={odd}"))
        assert len(shown.select("details#trail li")) == 50, f"?trail={odd} is the first page"


def looks_by(app: Flask, reference: str, email: str) -> int:
    """How often the caseworker with `email` is recorded looking at the request."""
    with app.app_context():
        return len(
            db.session()
            .scalars(
                select(AuditEvent)
                .join(Account, Account.id == AuditEvent.actor_id)
                .where(
                    Account.email == email,
                    AuditEvent.object_id == reference,
                    AuditEvent.action == "viewed_request",
                )
            )
            .all()
        )


def test_a_form_shown_again_with_its_errors_records_the_look_at_the_request(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    address = f"/caseworker/requests/{reference}"
    fields = hidden(staff.get(address))
    before = looks_by(app, reference, "caseworker@council.example")
    refused = staff.post(f"{address}/notes", data={"csrf_token": fields["csrf_token"], "text": ""})
    assert refused.status_code == 200 and "Zoë" in refused.get_data(as_text=True)
    assert looks_by(app, reference, "caseworker@council.example") == before + 1

    action = f"{address}/actions/more_information"
    fields = hidden(staff.get(action))
    before = looks_by(app, reference, "caseworker@council.example")
    refused = staff.post(
        action,
        data={
            "info-csrf_token": fields["info-csrf_token"],
            "info-version": fields["info-version"],
            "info-message": "",
        },
    )
    assert refused.status_code == 200 and "Zoë" in refused.get_data(as_text=True)
    assert looks_by(app, reference, "caseworker@council.example") == before + 1


def test_requests_sent_open_the_request_and_keep_the_due_date_beside_the_decision(
    staff: FlaskClient, reference: str
) -> None:
    """A tester on "Requests sent to the case system" followed a reference to the case's
    consent page, not the request; and a decided request read "Decided: assess" where its
    decision was due. Each reference opens the request, the "Decision due" column is a
    date, and the decision is in a column of its own."""

    def row() -> dict[str, str]:
        shown = page(staff.get("/caseworker/requests"))
        for label in shown.select(".portal-stack-label"):  # each cell's name on a phone
            label.decompose()
        headers = [
            th.get_text(" ", strip=True) for th in shown.select("#recent-caption ~ thead th")
        ]
        for found in shown.select("#recent-caption ~ tbody tr"):
            cells = found.select("td")
            if cells and cells[0].get_text(strip=True).startswith(reference):
                link = cells[0].select_one("a")
                assert link is not None and link["href"] == f"/caseworker/requests/{reference}"
                return dict(zip(headers, [c.get_text(" ", strip=True) for c in cells], strict=True))
        raise AssertionError(f"{reference} is not listed")

    due = row()["Decision due"]
    assert due[0].isdigit() and row()["Decision"] == ""
    decide_not_to_assess(staff, reference, ["needs_met_by_setting"])
    assert row()["Decision due"] == due
    assert row()["Decision"] == "Decided: not to assess"
