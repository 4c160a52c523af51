"""Check your answers: "Change" beside the supporting documents comes back to Check your
answers, as every other Change link does: after continuing and after uploading a file.
A parent met it going to the documents page and then, on "Continue", the task list."""

from __future__ import annotations

import io

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.conftest import sign_in
from tests.support.files import PDF
from tests.support.pages import one, page, token
from tests.support.requests import fill, start


def _change_documents(family: FlaskClient, draft: str) -> str:
    check = page(family.get(f"/account/request/{draft}/check"))
    heading = check.find("h2", string="Supporting documents")
    assert heading is not None
    link = heading.find_next("a")
    assert link is not None and link.get_text(" ", strip=True).startswith("Change")
    return str(link["href"])


def _upload_report(family: FlaskClient, change: str) -> TestResponse:
    return family.post(
        change,
        data={
            "csrf_token": token(family, change),
            "file": (io.BytesIO(PDF), "school-report.pdf"),
            "description": "",
        },
        content_type="multipart/form-data",
    )


def test_change_documents_then_continue_comes_back_to_check_your_answers(
    client: FlaskClient,
) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    change = _change_documents(client, draft)
    shown = page(client.get(change))
    check = f"/account/request/{draft}/check#supporting-documents"
    assert one(shown, "a.govuk-button").get("href") == check, "Continue: to the row"
    assert one(shown, "a.govuk-back-link").get("href") == check, "Back"


def test_change_documents_then_upload_then_continue_comes_back(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    change = _change_documents(client, draft)
    uploaded = _upload_report(client, change)
    assert uploaded.status_code == 302
    shown = page(client.get(uploaded.headers["Location"]))
    assert "school-report.pdf" in shown.get_text(" ")
    check = f"/account/request/{draft}/check#supporting-documents"
    assert one(shown, "a.govuk-button").get("href") == check


def test_no_other_address_can_be_given_to_come_back_to(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    for elsewhere in ("https://evil.example/", "//evil.example", "/account/"):
        shown = page(client.get(f"/account/request/{draft}/documents?return_to={elsewhere}"))
        assert one(shown, "a.govuk-button").get("href") == f"/account/request/{draft}/"


def test_change_documents_then_remove_one_then_continue_comes_back(client: FlaskClient) -> None:
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    change = _change_documents(client, draft)
    _upload_report(client, change)
    listed = page(client.get(change))
    link = listed.find("a", href=lambda h: h is not None and "/remove" in h)
    assert link is not None
    remove = str(link["href"])
    removed = client.post(remove, data={"csrf_token": token(client, remove)})
    assert removed.status_code == 302
    shown = page(client.get(removed.headers["Location"]))
    assert "school-report.pdf" not in shown.get_text(" ")
    check = f"/account/request/{draft}/check#supporting-documents"
    assert one(shown, "a.govuk-button").get("href") == check
