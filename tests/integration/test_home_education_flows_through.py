"""A request for a child educated at home (elective home education) reads back by its
label to the family and the caseworker, asks no setting name, and reaches the case
system: never a raw code or a failure on the way."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.requests import ANSWERS, fill, start, young_person_answers

HOME = "Educated at home by their parents (elective home education)"


def _at_home(answers: dict) -> dict:  # type: ignore[type-arg]
    changed = {section: dict(pages) for section, pages in answers.items()}
    changed["education"] = {
        **changed["education"],
        "setting": {"setting_type": "home", "setting_name": "Oak Primary", "year_group": ""},
    }
    return changed


def test_home_education_reaches_the_caseworker_and_the_case_system(db_app: Flask) -> None:
    client = db_app.test_client()
    sign_in(client)
    draft = start(client)
    fill(client, draft, _at_home(ANSWERS))
    check = page(client.get(f"/account/request/{draft}/check")).get_text(" ", strip=True)
    assert HOME in check and "Oak Primary" not in check
    response = post(client, f"/account/request/{draft}/check", {})
    assert response.headers["Location"].endswith("/submitted")
    shown = client.get(response.headers["Location"]).get_data(as_text=True)
    reference = re.search(r"BNT-[0-9A-Z-]+", shown).group(0)  # type: ignore[union-attr]

    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    html = staff.get(f"/caseworker/requests/{reference}/answers").get_data(as_text=True)
    answers = [
        dd.get_text(" ", strip=True) for dd in BeautifulSoup(html, "html.parser").select("dd")
    ]
    assert HOME in answers and "home" not in answers, answers

    outbox.run_once(db_app)
    with db_app.app_context():
        sent = db.session().scalars(select(OutboxMessage)).all()
        request = next(m for m in sent if m.payload.get("reference") == reference)
        assert request.status == "delivered"
        assert request.payload["answers"]["education.setting_type"] == "home"
        assert request.payload["answers"]["education.setting_name"] is None


def test_a_young_person_educated_at_home_reads_it_in_their_own_words(
    db_app: Flask, client: FlaskClient
) -> None:
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    setting = page(client.get(f"/account/request/{draft}/education/setting")).get_text(" ")
    assert "Educated at home (elective home education)" in setting
    fill(client, draft, _at_home(young_person_answers()))
    check = page(client.get(f"/account/request/{draft}/check")).get_text(" ", strip=True)
    assert "Educated at home (elective home education)" in check
