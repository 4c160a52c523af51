"""Pages and assets cross the network gzipped when the browser accepts it; families'
files and small answers go as they are."""

from __future__ import annotations

import gzip
import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import Document
from portal.platform import db
from tests.conftest import sign_in
from tests.support.files import build_pdf, image
from tests.support.requests import start, upload


def without_nonces(html: bytes) -> bytes:
    return re.sub(rb'nonce="[^"]*"', b"", html)


def test_pages_and_assets_are_gzipped_for_browsers_that_accept_it(client: FlaskClient) -> None:
    plain = client.get("/privacy")
    squeezed = client.get("/privacy", headers={"Accept-Encoding": "gzip, br"})
    assert squeezed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in squeezed.headers["Vary"]
    assert without_nonces(gzip.decompress(squeezed.data)) == without_nonces(plain.data)
    assert len(squeezed.data) < len(plain.data) / 3

    css = client.get("/assets/application.css", headers={"Accept-Encoding": "gzip"})
    raw = client.get("/assets/application.css")
    assert css.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(css.data) == raw.data


def test_a_family_s_file_is_downloaded_as_it_was_uploaded_never_gzipped(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    draft = start(client)
    report = build_pdf(objects=[b"(" + b"A very compressible letter. " * 200 + b")"])
    assert upload(client, draft, report, "report.pdf").status_code == 302
    with app.app_context():
        document = db.session().scalars(select(Document)).one()
    path = f"/account/request/{draft}/documents/{document.id}"
    download = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert download.status_code == 200
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert "Content-Encoding" not in download.headers
    assert download.data == report
    photo = upload(client, draft, image("PNG", size=(400, 300)), "photo.png")
    assert photo.status_code == 302
    with app.app_context():
        picture = db.session().scalars(select(Document).where(Document.id != document.id)).one()
    preview_path = f"/account/request/{draft}/documents/{picture.id}/preview"
    preview = client.get(preview_path, headers={"Accept-Encoding": "gzip"})
    assert preview.status_code == 200 and "Content-Encoding" not in preview.headers
    assert preview.data == client.get(preview_path).data


def test_small_answers_are_left_alone(client: FlaskClient) -> None:
    health = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert health.status_code == 200 and len(health.data) < 512
    assert "Content-Encoding" not in health.headers
