"""Pages and assets cross the network gzipped when the browser accepts it."""

from __future__ import annotations

import gzip
import re

from flask.testing import FlaskClient


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


def test_family_files_and_small_answers_are_left_alone(client: FlaskClient) -> None:
    health = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in health.headers
