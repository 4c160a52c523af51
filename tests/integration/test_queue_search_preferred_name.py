"""The queue finds a request by the name the child goes by (a parent rang about "Sunny",
the preferred name of Sunil), and requests stored before are found so once migrated."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from portal.platform.settings import PROJECT_ROOT
from tests.conftest import build_app, make_settings, migrate, sign_in
from tests.support.pages import page
from tests.support.queue import rows
from tests.support.requests import ANSWERS, submitted


def _found(app: Flask, term: str) -> list[str]:
    staff: FlaskClient = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    response = staff.get("/caseworker/queue", query_string={"tray": "all", "q": term})
    assert response.status_code == 200
    return rows(page(response))


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
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0036")
    with engine.connect() as connection:
        searched = connection.execute(
            text("SELECT child_name_search FROM assessment_requests ORDER BY child_name")
        ).scalars()
        assert list(searched) == ["ada okafor", "sunil okafor"], "as the search before"
    engine.dispose()

    migrate(url)
    engine = create_engine(url)
    with engine.connect() as connection:
        kept = connection.execute(
            text("SELECT child_preferred_name FROM assessment_requests ORDER BY child_name")
        ).scalars()
        assert list(kept) == [None, "Sunny"], "Ada has none; Sunil goes by Sunny"
    engine.dispose()
    assert _found(app, "Sunny") == [sunny]
    assert _found(app, "Sunil Okafor") == [sunny]
    assert _found(app, "Ada Okafor") == [plain]
    app.extensions["db_engine"].dispose()
