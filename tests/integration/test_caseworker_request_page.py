"""The caseworker's request page: the family's documents, its action forms and their
errors, and valid HTML on every staff page (checked by the Nu HTML Checker)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import AuditEvent, Document
from portal.platform import db
from portal.platform.settings import PROJECT_ROOT
from tests.conftest import sign_in
from tests.support.files import PDF, PNG
from tests.support.pages import hidden, page, post
from tests.support.requests import fill, start, upload

VNU = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return client


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
    shown = page(staff.get(f"/caseworker/requests/{reference}"))
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
    trail = page(staff.get(f"/caseworker/requests/{reference}")).select_one("details")
    assert "Opened a document (Council staff)" in trail.get_text(" "), "who saw it, on the request"


def test_the_assign_list_starts_with_select_a_person_and_needs_a_choice(
    staff: FlaskClient, reference: str
) -> None:
    shown = page(staff.get(f"/caseworker/requests/{reference}"))
    first = shown.select_one("select[name=assign-assignee] option")
    assert first.get_text(strip=True) == "Select a person" and first["value"] == ""
    assert first.has_attr("selected")
    form = shown.select_one("select[name=assign-assignee]").find_parent("form")
    fields = hidden(staff.get(f"/caseworker/requests/{reference}"))
    refused = staff.post(
        form["action"],
        data={
            "csrf_token": fields["csrf_token"],
            "act": "assign",
            "assign-version": fields["assign-version"],
            "assign-assignee": "",
        },
    )
    assert refused.status_code == 200
    shown = page(refused)
    assert shown.title.get_text(strip=True).startswith("Error: Request ")
    summary = shown.select_one(".govuk-error-summary a")
    assert summary.get_text(strip=True) == "Select who to assign the request to"
    assert summary["href"] == "#assign-assignee"
    assert shown.select_one("#assign-assignee-error") is not None


def test_action_errors_are_shown_at_the_request_address_with_error_in_the_title(
    staff: FlaskClient, reference: str
) -> None:
    address = f"/caseworker/requests/{reference}"
    shown = page(staff.get(address))
    actions = {form["action"] for form in shown.select("main form[method=post]")}
    assert actions == {address}, "every action posts to the request's own address"
    fields = hidden(staff.get(address))
    refused = staff.post(
        address,
        data={
            "csrf_token": fields["csrf_token"],
            "act": "more_information",
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
    assign = shown.select_one("input[name=assign-version]")
    assert assign["value"] == fields["assign-version"], "the other forms keep the version"


def nu_html_check(pages: dict[str, str], folder: Path) -> list[str]:
    """Errors the Nu HTML Checker finds, one run for every page."""
    files = []
    for number, (name, html) in enumerate(pages.items()):
        path = folder / f"{number}.html"
        path.write_text(html, encoding="utf-8")
        files.append((path, name))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always"]
        + [str(path) for path, _name in files],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    names = {path.resolve().as_uri(): name for path, name in files}
    found = []
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        if message["type"] == "error":
            where = names.get(message.get("url", "").replace("file:/", "file:///", 1), "")
            where = where or message.get("url", "")
            found.append(f"{where}: line {message.get('lastLine')}: {message['message']}")
    return found


def test_staff_pages_are_valid_html(
    app: Flask, staff: FlaskClient, reference: str, tmp_path: Path
) -> None:
    if shutil.which("java") is None or not VNU.exists():
        pytest.skip("the Nu HTML Checker needs Java and the vnu-jar npm package")
    address = f"/caseworker/requests/{reference}"
    pages = {
        path: staff.get(path).get_data(as_text=True)
        for path in (
            "/caseworker/",
            "/caseworker/queue",
            address,
            "/caseworker/requests",
            f"/caseworker/cases/{reference}/consent",
            "/caseworker/link-codes/new",
        )
    }
    fields = hidden(staff.get(address))
    pages["the request page with an error"] = staff.post(
        address,
        data={
            "csrf_token": fields["csrf_token"],
            "act": "assign",
            "assign-version": fields["assign-version"],
        },
    ).get_data(as_text=True)
    asked = staff.post(
        "/caseworker/link-codes/new",
        data={
            "csrf_token": fields["csrf_token"],
            "case_reference": demo.FINAL,
            "person_name": "Jo Parent",
            "relationship": "parent_carer",
        },
    )
    assert asked.status_code == 302
    pages["/caseworker/link-codes/confirm"] = staff.get(asked.headers["Location"]).get_data(
        as_text=True
    )
    assert nu_html_check(pages, tmp_path) == []
