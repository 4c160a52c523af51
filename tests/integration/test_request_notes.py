"""Caseworkers' internal notes on a request, and the request's sections as a caseworker
and as anyone else meets them: a note is stored encrypted, audited, delivered to the case
system and never shown to the family."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text

from portal.case_api import outbox
from portal.models import AuditEvent, OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import hidden, page, post

NOTE = "Rang the school: the SENCo will send the latest plan by Friday."
SECTIONS = ("", "/answers", "/consent", "/views", "/documents", "/messages", "/history")


def add_note(staff: FlaskClient, reference: str, note: str):  # type: ignore[no-untyped-def]
    fields = hidden(staff.get(f"/caseworker/requests/{reference}"))
    return staff.post(
        f"/caseworker/requests/{reference}/notes",
        data={"csrf_token": fields["csrf_token"], "text": note},
    )


def test_every_section_has_the_identity_bar_and_marks_itself_in_the_navigation(
    staff: FlaskClient, reference: str
) -> None:
    names = ["Summary", "Answers", "Consent", "Views", "Documents", "Messages", "History"]
    for section, name in zip(SECTIONS, names, strict=True):
        shown = page(staff.get(f"/caseworker/requests/{reference}{section}"))
        bar = shown.select(".moj-identity-bar")[0].get_text(" ")
        assert "Zoë O'Neill-Kowalska" in bar and reference in bar, section
        assert "New" in shown.select(".moj-identity-bar .moj-badge")[0].get_text(), section
        assert "42 days left" in " ".join(bar.split()), section
        current = shown.select(".moj-sub-navigation a[aria-current=page]")
        assert [a.get_text() for a in current] == [name]
        assert current[0]["href"] == f"/caseworker/requests/{reference}{section}"
        assert shown.select("h1")[0].get_text(strip=True) == name


def test_a_note_is_kept_encrypted_audited_and_sent_to_the_case_system(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    assert add_note(staff, reference, NOTE).status_code == 302
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    assert NOTE in summary.select("main")[0].get_text(" ")
    with app.app_context():
        raw = db.session().execute(text("SELECT body FROM case_notes")).scalars().all()
        assert len(raw) == 1 and "SENCo" not in raw[0], "the note is encrypted at rest"
        audited = db.session().scalars(
            select(AuditEvent.action).where(AuditEvent.object_id == reference)
        )
        assert "triage_note" in list(audited)
        queued = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "case_note.create")
        )
        assert [m.payload["note"]["text"] for m in queued] == [NOTE]
    outbox.run_once(app)
    reference_app = app.extensions["case_system"]
    from devtools.reference_case_system.models import Entry

    with reference_app.extensions["case_system"]["sessions"]() as session:
        kept = session.scalars(
            select(Entry.body).where(Entry.case_reference == reference, Entry.kind == "case_note")
        ).all()
    assert [body["text"] for body in kept] == [NOTE]
    history = page(staff.get(f"/caseworker/requests/{reference}/history")).get_text(" ")
    assert "Internal note added" in history and "Delivered to the case system" in history


def test_an_empty_note_is_refused_on_the_summary(staff: FlaskClient, reference: str) -> None:
    refused = add_note(staff, reference, "  ")
    assert refused.status_code == 200
    shown = page(refused)
    assert shown.select("title")[0].get_text(strip=True).startswith("Error: Summary")
    assert shown.select(".govuk-error-summary a")[0]["href"] == "#text"


def test_the_family_never_sees_a_note(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    assert add_note(staff, reference, NOTE).status_code == 302
    paths = ["/account/", f"/account/requests/{reference}/messages", "/account/your-data"]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "SENCo" not in response.get_data(as_text=True), path
    assert "SENCo" not in client.get("/account/your-data.html").get_data(as_text=True)
    for section in SECTIONS:
        assert client.get(f"/caseworker/requests/{reference}{section}").status_code == 404
    assert post(client, f"/caseworker/requests/{reference}/notes", {"text": "x"}).status_code in (
        400,
        404,
    )


def test_staff_without_the_caseworker_role_cannot_open_a_request(
    app: Flask, reference: str
) -> None:
    """Sign-in refuses a member of staff with no role, so they are sent to sign in."""
    visitor = app.test_client()
    sign_in(visitor, "staff", "no.role@council.example")
    request = f"/caseworker/requests/{reference}"
    for path in (*(request + s for s in SECTIONS), f"{request}/actions/assign"):
        response = visitor.get(path)
        assert response.status_code in (302, 403, 404), path
        assert "Zoë" not in response.get_data(as_text=True), path
        if response.status_code == 302:
            assert not response.headers["Location"].startswith(request), path


def test_a_notes_author_and_time_stay_apart_in_a_right_to_left_page(
    staff: FlaskClient, reference: str
) -> None:
    """In Arabic, a caseworker's Latin name and the note's time are each isolated, so the
    bidirectional algorithm does not run them together ("Sam Caseworker, 02 2026/12/…")."""
    add_note(staff, reference, "تحدثت مع المدرسة")
    shown = page(staff.get(f"/caseworker/requests/{reference}?lang=ar"))
    bylines = shown.select("main p.govuk-body-s")
    assert bylines, "the note has a byline"
    for byline in bylines:
        assert [part.name for part in byline.find_all(True)] == ["bdi", "bdi"], byline


def test_a_notes_author_and_time_are_joined_with_the_arabic_comma(
    staff: FlaskClient, reference: str
) -> None:
    add_note(staff, reference, "تحدثت مع المدرسة")
    shown = page(staff.get(f"/caseworker/requests/{reference}?lang=ar"))
    byline = shown.select("main p.govuk-body-s")[0].get_text()
    assert "Sam Caseworker،" in byline and ", " not in byline, byline


@pytest.mark.parametrize("language", ["en", "ar"])
def test_times_on_the_summary_are_shown_to_the_minute(
    staff: FlaskClient, reference: str, language: str
) -> None:
    add_note(staff, reference, "Rang the school")
    shown = page(staff.get(f"/caseworker/requests/{reference}?lang={language}"))
    received = shown.select(".govuk-summary-list__value")[0].get_text(strip=True)
    note_time = shown.select("main p.govuk-body-s bdi")[1].get_text(strip=True)
    for written in (received, note_time):
        assert re.search(r"\d:\d\d", written), written
        assert not re.search(r"\d:\d\d:\d\d", written), f"no seconds: {written}"
    if language == "en":  # the day in full, as the decision's date beside it
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d", received), received


def test_a_note_refused_for_its_token_leads_back_to_the_request(
    staff: FlaskClient, reference: str
) -> None:
    """A caseworker signed out in another tab, then pressed "Add the note": the way back
    led to the address the form posts to, which has no page."""
    address = f"/caseworker/requests/{reference}"
    refused = staff.post(
        f"{address}/notes",
        data={"csrf_token": "stale", "text": NOTE},
        headers={"Referer": f"http://localhost{address}"},
    )
    assert refused.status_code == 400
    back = page(refused).find("a", string="Go back to the page you were on and try again")
    assert back is not None and back["href"] == address
    assert staff.get(back["href"]).status_code == 200
