"""A family asked for more information replies with documents: the reply and its files
reach the case system through the outbox, and a file that fails the checks sends nothing."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system.models import StoredDocument
from portal.case_api import outbox
from portal.models import Document, FamilyMessage, OutboxMessage
from portal.platform import db
from tests.support.files import build_pdf
from tests.support.pages import page
from tests.support.requests import reply
from tests.support.staff import act

PDF = build_pdf()


def test_the_reply_and_its_files_reach_the_case_system(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    refused = reply(client, reference, "Here they are.", [(PDF, "a.pdf"), (b"MZ\x90", "b.exe")])
    assert refused.status_code == 200
    shown = page(refused)
    assert "b.exe" in shown.select_one(".govuk-error-summary").get_text()
    assert shown.select_one("textarea").get_text().strip() == "Here they are."
    with app.app_context():
        assert db.session().scalars(select(Document)).all() == [], "nothing half-sent is kept"
        assert (
            db.session()
            .scalars(select(FamilyMessage).where(FamilyMessage.sender == "family"))
            .all()
            == []
        )

    sent = reply(client, reference, "Here they are.", [(PDF, "a.pdf"), (PDF + b"2", "b.pdf")])
    assert sent.status_code == 302
    confirmation = page(client.get(sent.headers["Location"])).get_text(" ")
    assert "Reply sent" in confirmation and "a.pdf" in confirmation and "b.pdf" in confirmation

    outbox.run_once(app)
    outbox.run_once(app)
    with app.app_context():
        problems = [m.last_error for m in db.session().scalars(select(OutboxMessage))]
        kept = {d.id: d.filename for d in db.session().scalars(select(Document))}
    assert set(kept.values()) == {"a.pdf", "b.pdf"}
    case_system = app.extensions["case_system"]
    with case_system.extensions["case_system"]["sessions"]() as session:
        received = session.scalars(
            select(StoredDocument.document_id).where(StoredDocument.case_reference == reference)
        ).all()
    assert set(received) == set(kept), problems
