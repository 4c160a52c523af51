"""Supporting documents: checked by content, kept outside the web root, scanned, private."""

from __future__ import annotations

import io
import socket
import threading
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.documents import uploads
from portal.models import AuditEvent, Document, OutboxMessage
from portal.platform import db, files
from tests.conftest import sign_in
from tests.support.files import PDF, PNG, build_pdf, image
from tests.support.pages import error, post, token
from tests.support.requests import fill, start, upload


def docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.fixture
def draft(client: FlaskClient) -> str:
    sign_in(client)
    return start(client)


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (PNG, "drawing.png", "image/png"),
        (PDF, "report.pdf", "application/pdf"),
        (
            docx(),
            "letter.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
)
def test_allowed_files_are_kept_outside_the_web_root(
    app: Flask, client: FlaskClient, draft: str, data: bytes, name: str, kind: str
) -> None:
    response = upload(client, draft, data, name, "Speech therapy report")
    assert response.status_code == 302
    with app.app_context():
        document = db.session().scalars(select(Document)).one()
        assert document.content_type == kind
        assert document.filename == name
        assert document.scan == "not_scanned"
        stored = (
            Path(app.instance_path) / "uploads" / document.storage_key[:2] / document.storage_key
        )
        assert data[:16] not in stored.read_bytes(), "files are encrypted at rest"
        assert files.read(document.storage_key) == data
        assert name not in str(stored)
        assert not str(stored).startswith(str(Path(app.static_folder or "")))
    download = client.get(f"/account/request/{draft}/documents/{document.id}")
    assert download.data == data
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["Content-Type"].startswith(kind)


def test_a_persian_file_name_keeps_its_zero_width_non_joiner_and_loses_an_override(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    reports = "\u06af\u0632\u0627\u0631\u0634\u200c\u0647\u0627.pdf"  # with U+200C
    assert upload(client, draft, PDF, f"\u202e{reports}").status_code == 302
    with app.app_context():
        assert db.session().scalars(select(Document.filename)).one() == reports


def test_the_type_comes_from_the_content_not_the_name(client: FlaskClient, draft: str) -> None:
    response = upload(client, draft, b"MZ\x90\x00 not really a pdf", "report.pdf")
    assert response.status_code == 200
    assert error(response) == "The selected file must be a PDF, Word document, image or audio file"
    renamed = upload(client, draft, PDF, "../../etc/passwd.exe")
    assert renamed.status_code == 302
    page = client.get(f"/account/request/{draft}/documents").get_data(as_text=True)
    assert "passwd.pdf" in page and ".exe" not in page


def test_size_and_count_limits(app: Flask, client: FlaskClient, draft: str) -> None:
    too_big = PDF + b"x" * (10 * 1024 * 1024)
    assert error(upload(client, draft, too_big, "big.pdf")) == (
        "The selected file must be smaller than 10MB"
    )
    assert error(upload(client, draft, b"", "empty.pdf")) in (
        "The selected file is empty",
        "Select a file to upload",
    )
    for number in range(5):
        assert upload(client, draft, PDF, f"r{number}.pdf").status_code == 302
    assert error(upload(client, draft, PDF, "sixth.pdf")) == "You can add up to 5 documents"


def test_images_get_a_preview_and_other_files_do_not(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    upload(client, draft, PNG, "drawing.png")
    upload(client, draft, PDF, "report.pdf")
    html = BeautifulSoup(
        client.get(f"/account/request/{draft}/documents").get_data(as_text=True), "html.parser"
    )
    previews = html.select("img.portal-preview")
    assert len(previews) == 1 and previews[0]["alt"] == "Preview of drawing.png"
    assert client.get(previews[0]["src"]).headers["Content-Disposition"] == "inline"
    with app.app_context():
        pdf = db.session().scalars(select(Document).where(Document.filename == "report.pdf")).one()
    assert client.get(f"/account/request/{draft}/documents/{pdf.id}/preview").status_code == 404


def test_another_family_cannot_reach_a_document(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    upload(client, draft, PDF, "report.pdf")
    with app.app_context():
        document = db.session().scalars(select(Document)).one()
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    assert other.get(f"/account/request/{draft}/documents/{document.id}").status_code == 404
    removal = other.post(
        f"/account/request/{draft}/documents/{document.id}/remove",
        data={"csrf_token": token(other, "/account/link")},
    )
    assert removal.status_code == 404
    assert client.get(f"/account/request/{draft}/documents/{document.id}").status_code == 200


def test_removing_a_document_deletes_the_file(app: Flask, client: FlaskClient, draft: str) -> None:
    upload(client, draft, PDF, "report.pdf")
    with app.app_context():
        document = db.session().scalars(select(Document)).one()
        stored = files.path_of(document.storage_key)
    assert stored.exists()
    post(client, f"/account/request/{draft}/documents/{document.id}/remove", {})
    assert not stored.exists()
    with app.app_context():
        assert db.session().scalars(select(Document)).all() == []


def test_submitted_requests_carry_their_documents(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    upload(client, draft, PDF, "report.pdf", "Paediatrician letter")
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    with app.app_context():
        message = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "assessment_request.create"))
            .one()
        )
        assert [d["filename"] for d in message.payload["documents"]] == ["report.pdf"]
        assert message.payload["documents"][0]["description"] == "Paediatrician letter"
        reference = message.payload["reference"]
        document_id = message.payload["documents"][0]["id"]

    from devtools.reference_case_system.models import StoredDocument
    from portal.case_api import outbox

    outbox.run_once(app)
    case_system = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with case_system() as session:
        stored = session.get(StoredDocument, (reference, document_id))
        assert stored is not None and stored.data == PDF, "the file itself reaches the case system"
    with app.app_context():
        statuses = set(db.session().scalars(select(OutboxMessage.status)))
    assert statuses == {"delivered"}


def test_the_case_system_refuses_a_file_that_does_not_match_its_reference(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    upload(client, draft, PDF, "report.pdf")
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    from portal.case_api import outbox
    from portal.case_api.client import CaseApiError

    outbox.run_once(app)
    with app.app_context():
        message = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "assessment_request.create"))
            .one()
        )
        reference, document_id = message.payload["reference"], message.payload["documents"][0]["id"]
    api = app.extensions["case_api"]
    with pytest.raises(CaseApiError) as refused:
        api.put_document(reference, document_id, PDF + b"tampered", "tamper-test-0001")
    assert refused.value.status == 422
    with pytest.raises(CaseApiError) as unknown:
        api.put_document(reference, "not-referred-to", PDF, "tamper-test-0002")
    assert unknown.value.status == 404


class FakeClamd:
    """Speaks clamd's INSTREAM protocol on a local port; a stand-in because ClamAV and its
    virus database cannot be installed here. Replies as clamd would, or drops the line."""

    def __init__(self, reply: bytes | None) -> None:
        self.reply = reply
        self.server = socket.create_server(("127.0.0.1", 0))
        self.address = f"127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        while True:
            connection, _ = self.server.accept()
            with connection:
                received = b""
                while not received.endswith(b"\0\0\0\0"):
                    part = connection.recv(65536)
                    if not part:
                        break
                    received += part
                if self.reply is not None:
                    connection.sendall(self.reply)


@pytest.mark.parametrize(
    ("reply", "outcome"),
    [
        (b"stream: OK\0", uploads.Scan.CLEAN),
        (b"stream: Eicar-Signature FOUND\0", uploads.Scan.INFECTED),
        (None, uploads.Scan.HELD),
    ],
)
def test_scanning_releases_only_clean_files(reply: bytes | None, outcome: uploads.Scan) -> None:
    assert uploads.scan(PDF, FakeClamd(reply).address) is outcome
    assert uploads.scan(PDF, "127.0.0.1:9") is uploads.Scan.HELD, "no scanner: held, not released"


@pytest.mark.parametrize(
    ("reply", "status", "downloadable"),
    [
        (b"stream: OK\0", 302, True),
        (b"stream: Win.Test.EICAR_HDB-1 FOUND\0", 200, False),
        (None, 302, False),
    ],
)
def test_uploads_are_scanned_when_a_scanner_is_configured(
    tmp_path: Path, reply: bytes | None, status: int, downloadable: bool
) -> None:
    from tests.conftest import build_app, make_settings, migrate

    url = f"sqlite:///{tmp_path / 'scan.db'}"
    migrate(url)
    app = build_app(make_settings(tmp_path, url, CLAMD_ADDRESS=FakeClamd(reply).address))
    client = app.test_client()
    sign_in(client)
    draft = start(client)
    response = upload(client, draft, PDF, "report.pdf")
    assert response.status_code == status
    if status == 200:
        assert error(response) == "The selected file contains a virus"
    with app.app_context():
        stored = db.session().scalars(select(Document)).all()
    if stored:
        got = client.get(f"/account/request/{draft}/documents/{stored[0].id}")
        assert (got.status_code == 200) is downloadable
    else:
        assert not downloadable


def field_error(response) -> str:  # type: ignore[no-untyped-def]
    html = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    return html.select_one(".govuk-form-group--error .govuk-error-message").get_text(
        " ", strip=True
    )


JS = b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"


@pytest.mark.parametrize(
    "pdf",
    [
        # A name may spell any character as #xx: /J#61vaScript is /JavaScript.
        build_pdf(b"/OpenAction 4 0 R", [b"<< /S /J#61vaScript /JS (app.alert\\(1\\)) >>"]),
        # Inside a Flate-compressed object stream the bytes /JavaScript never appear.
        build_pdf(b"/OpenAction 4 0 R", compressed=[JS]),
        build_pdf(b"/OpenAction 4 0 R", [b"<< /S /L#61unch /F (cmd.exe) >>"]),
        build_pdf(b"/Names << /JavaScript << /Names [(a) 4 0 R] >> >>", [JS]),
        build_pdf(b"/AA << /WC 4 0 R >>", compressed=[JS]),
        build_pdf(
            b"/Names << /EmbeddedFiles << /Names [(a.exe) 4 0 R] >> >>",
            [b"<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>", b"<< /Type /EmbeddedFile >>"],
        ),
        build_pdf(b"/AcroForm << /Fields [] /XFA 4 0 R >>", [b"<< >>"]),
        build_pdf(
            b"", compressed=[b"<< /Type /Annot /Subtype /RichMedia /RichMediaContent << >> >>"]
        ),
    ],
    ids=[
        "hex-escaped-javascript",
        "javascript-in-object-stream",
        "hex-escaped-launch",
        "document-javascript",
        "close-action-in-object-stream",
        "embedded-file",
        "xfa",
        "rich-media",
    ],
)
def test_a_pdf_is_parsed_and_refused_if_it_holds_active_content(
    app: Flask, client: FlaskClient, draft: str, pdf: bytes
) -> None:
    response = upload(client, draft, pdf, "report.pdf")
    assert response.status_code == 200
    expected = (
        "The selected file has hidden content we cannot accept. "
        "Save it again as a new file, then upload that"
    )
    assert error(response) == expected
    assert expected in field_error(response)
    with app.app_context():
        assert db.session().scalars(select(Document)).all() == []


def test_a_pdf_with_plain_compressed_objects_is_accepted(client: FlaskClient, draft: str) -> None:
    pdf = build_pdf(b"/Metadata 4 0 R", compressed=[b"<< /Title (School report) >>"])
    assert upload(client, draft, pdf, "report.pdf").status_code == 302


def test_a_pdf_that_cannot_be_parsed_is_refused(client: FlaskClient, draft: str) -> None:
    response = upload(client, draft, b"%PDF-1.7\n" + b"x" * 64, "report.pdf")
    assert error(response) == (
        "The selected file cannot be opened. Save it again as a new file, then upload that"
    )


def test_images_are_re_encoded_so_nothing_but_the_picture_is_kept(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    """Markup anywhere in an image (here far past the first 4 KB, in a text chunk and
    after the end) and the location a phone writes into a photo are not kept."""
    import hashlib

    from PIL import Image, PngImagePlugin

    from tests.support.files import jpeg_with_location

    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "x" * 6000 + "<script>alert(1)</script>")
    png = image("PNG", pnginfo=text) + b"<html><body><script>alert(2)</script></body></html>"
    gif = image("GIF", comment=b"y" * 6000 + b"<script>alert(3)</script>")
    photo = jpeg_with_location()
    assert Image.open(io.BytesIO(photo)).getexif().get_ifd(0x8825), "the photo has a location"
    for data, name in ((png, "a.png"), (gif, "b.gif"), (photo, "c.jpg")):
        assert upload(client, draft, data, name).status_code == 302
    with app.app_context():
        documents = db.session().scalars(select(Document).order_by(Document.filename)).all()
        kept = {d.filename: files.read(d.storage_key) for d in documents}
        originals = set(
            db.session().scalars(
                select(AuditEvent.object_id).where(AuditEvent.action == "document_reencoded_from")
            )
        )
    for data in kept.values():
        assert b"<script" not in data and b"<html" not in data
    assert Image.open(io.BytesIO(kept["a.png"])).size == (40, 30)
    assert Image.open(io.BytesIO(kept["b.gif"])).format == "GIF"
    stored_photo = Image.open(io.BytesIO(kept["c.jpg"]))
    assert stored_photo.format == "JPEG" and not stored_photo.getexif()
    assert b"PhoneMaker" not in kept["c.jpg"]
    assert originals == {hashlib.sha256(d).hexdigest() for d in (png, gif, photo)}


def test_a_docx_is_measured_by_inflating_it_not_by_what_it_declares(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    from tests.support.files import docx_declaring

    bomb = docx_declaring(1_000, 200 * 1024 * 1024)
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1_000
    response = upload(client, draft, bomb, "letter.docx")
    assert response.status_code == 200
    assert "hidden content" in field_error(response)
    with app.app_context():
        assert db.session().scalars(select(Document)).all() == []


def test_a_persian_size_error_writes_the_limit_as_its_hint_does(
    client: FlaskClient, draft: str
) -> None:
    client.get(f"/account/request/{draft}/documents?lang=fa")
    too_big = PDF + b"x" * (10 * 1024 * 1024)
    message = error(upload(client, draft, too_big, "big.pdf"))
    assert "۱۰ مگابایت" in message and "10" not in message, message


def test_an_upload_route_takes_one_file_plus_a_margin(client: FlaskClient, draft: str) -> None:
    just_over = PDF + b"x" * (10 * 1024 * 1024 + 100)
    assert error(upload(client, draft, just_over, "big.pdf")) == (
        "The selected file must be smaller than 10MB"
    )
    far_over = PDF + b"x" * (12 * 1024 * 1024)
    assert upload(client, draft, far_over, "huge.pdf").status_code == 413


def test_any_other_form_takes_a_few_hundred_kilobytes(client: FlaskClient, draft: str) -> None:
    response = client.post("/feedback/", data={"worked_well": "x" * (600 * 1024)})
    assert response.status_code == 413
    path = f"/account/request/{draft}/documents"
    big = {"csrf_token": token(client, path), "description": "x" * (600 * 1024)}
    assert client.post(f"/account/request/{draft}/child/name", data=big).status_code == 413


def test_a_sent_requests_documents_can_be_read_but_not_changed(
    app: Flask, client: FlaskClient, draft: str
) -> None:
    upload(client, draft, PDF, "report.pdf")
    fill(client, draft)
    post(client, f"/account/request/{draft}/check", {})
    with app.app_context():
        document = db.session().scalars(select(Document)).one()
    shown = client.get(f"/account/request/{draft}/documents")
    assert shown.headers["Location"].endswith(f"/account/request/{draft}/submitted")
    late = client.post(
        f"/account/request/{draft}/documents",
        data={"csrf_token": token(client, "/account/link"), "file": (io.BytesIO(PNG), "late.png")},
        content_type="multipart/form-data",
    )
    assert late.headers["Location"].endswith("/submitted")
    removal = f"/account/request/{draft}/documents/{document.id}/remove"
    assert client.get(removal).status_code == 404
    refused = client.post(removal, data={"csrf_token": token(client, "/account/link")})
    assert refused.status_code == 404
    assert client.get(f"/account/request/{draft}/documents/{document.id}").status_code == 200
    with app.app_context():
        assert [d.filename for d in db.session().scalars(select(Document))] == ["report.pdf"]
