"""A caseworker found a young person's request typing "احمدی" with the Persian ی, but not
"احمدي" with the Arabic ي (as Windows' Arabic keyboard and many phones type it), nor ك
for ک. The queue's search finds a name however its letters were typed, by the family or
by the caseworker, and requests stored before are found the same way once migrated."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from tests.conftest import build_app, downgrade, make_settings, migrate, sign_in
from tests.support.pages import page
from tests.support.queue import add_request, rows

AHMADI, KARIMI, NIKNAM = "BNT-2026-736101", "BNT-2026-736102", "BNT-2026-736103"
ARABIC_KEYBOARD = "\u0643\u064a\u0627\u0646 \u0643\u0631\u064a\u0645\u064a"  # كيان كريمي


def _found(app: Flask, term: str) -> list[str]:
    staff: FlaskClient = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    query = {"tray": "all", "q": term, "lang": "fa"}
    response = staff.get("/caseworker/queue", query_string=query)
    assert response.status_code == 200
    return rows(page(response))


@pytest.mark.parametrize(
    ("term", "found"),
    [
        ("احمدي", [AHMADI]),
        ("احمدی", [AHMADI]),
        ("اَحمَدی", [AHMADI]),
        ("احمـــدي", [AHMADI]),
        ("\u200fاحمدي\u200f", [AHMADI]),
        ("احمدي، سارا", [AHMADI]),  # family name first, with the Arabic comma
        ("سارا؛ احمدی", [AHMADI]),
        ("کیان کریمی", [KARIMI]),
        ("كريمي", [KARIMI]),
        ("فاطمة نيكنام", [NIKNAM]),
        ("نیک\u200cنام", [NIKNAM]),
        ("نیک نام", [NIKNAM]),
        ("محمدی", []),
        ("Sara Ahmadi", []),
    ],
)
def test_a_name_is_found_typed_with_arabic_or_persian_letters(
    db_app: Flask, term: str, found: list[str]
) -> None:
    add_request(db_app, AHMADI, "سارا احمدی", requester_role="young_person")
    add_request(db_app, KARIMI, ARABIC_KEYBOARD)
    add_request(db_app, NIKNAM, "فاطمه نیک\u200cنام")
    add_request(db_app, "BNT-2026-736104", "Hélène Dubois")
    assert _found(db_app, term) == found, ascii(term)


def test_latin_names_are_still_found_without_case_or_accents(db_app: Flask) -> None:
    add_request(db_app, "BNT-2026-736104", "Hélène Dubois")
    for term in ("helene", "HÉLÈNE dubois", "Dubois, Helene"):
        assert _found(db_app, term) == ["BNT-2026-736104"], term


def test_names_stored_before_are_found_once_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The migration makes every request's search name again (a name kept as the search
    before it compared names is not found by a search that folds its letters); undone, it
    makes them as the search before compared them."""
    # Migration 0037 reads the answers with the data keys the environment gives.
    monkeypatch.setenv("PORTAL_INSTANCE_PATH", str(tmp_path))
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    migrate(url)
    app = build_app(make_settings(tmp_path, url))
    add_request(app, AHMADI, "سارا احمدی")
    add_request(app, "BNT-2026-736104", "Hélène Dubois")
    downgrade(url, "0035")
    engine = create_engine(url)
    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT child_name_search FROM assessment_requests ORDER BY reference")
        ).scalars()
        assert list(stored) == ["سارا احمدی", "helene dubois"], "as the search before"
    engine.dispose()

    migrate(url)
    assert _found(app, "احمدی") == [AHMADI]
    assert _found(app, "احمدي") == [AHMADI]
    assert _found(app, "helene") == ["BNT-2026-736104"]
    app.extensions["db_engine"].dispose()
