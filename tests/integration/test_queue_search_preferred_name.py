"""The queue finds a request by the name the child goes by (a parent rang about "Sunny",
the preferred name of Sunil), and requests stored before are found so once migrated."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from tests.conftest import build_app, downgrade, make_settings, migrate, sign_in
from tests.support.pages import page
from tests.support.queue import rows
from tests.support.requests import ANSWERS, submitted


def _found(app: Flask, term: str) -> list[str]:
    staff: FlaskClient = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    response = staff.get("/caseworker/queue", query_string={"tray": "all", "q": term})
    assert response.status_code == 200
    return rows(page(response))


def _column(url: str, column: str) -> list[str | None]:
    """A column of every request, stored as it is, by the child's name."""
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(
            text(f"SELECT {column} FROM assessment_requests ORDER BY child_name")  # noqa: S608
        )
        kept = list(found.scalars())
    engine.dispose()
    return kept


def _known_as(app: Flask, first: str, preferred: str) -> str:
    family = app.test_client()
    sign_in(family)
    answers = copy.deepcopy(ANSWERS)
    answers["child"]["name"] = {
        "first_name": first,
        "last_name": "Okafor",
        "preferred_name": preferred,
    }
    return submitted(family, answers=answers)


def test_requests_stored_before_are_found_by_the_preferred_name_once_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The migration reads the answers with the portal's data keys, as the operator's
    # environment gives them: here, the development key in the test's instance folder.
    monkeypatch.setenv("PORTAL_INSTANCE_PATH", str(tmp_path))
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    migrate(url)
    app = build_app(make_settings(tmp_path, url))
    sunny = _known_as(app, "Sunil", "Sunny")
    plain = _known_as(app, "Ada", "")
    assert _found(app, "sunny okafor") == [sunny]
    downgrade(url, "0036")
    assert _column(url, "child_name_search") == ["ada okafor", "sunil okafor"], "as before"

    migrate(url)
    assert _column(url, "child_preferred_name") == [None, "Sunny"], "Ada goes by no other"
    assert _found(app, "Sunny") == [sunny]
    assert _found(app, "Sunil Okafor") == [sunny]
    assert _found(app, "Ada Okafor") == [plain]
    app.extensions["db_engine"].dispose()
