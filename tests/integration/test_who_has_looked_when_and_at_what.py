"""A family reads, in "who has looked at your information", when on the day each thing
was done and which request or case it was done to: five looks at a case on one day were
five identical rows of a date."""

from __future__ import annotations

import datetime as dt

from bs4 import BeautifulSoup, Tag
from flask import Flask
from flask.testing import FlaskClient

from portal.models import AuditEvent
from portal.platform import db
from tests.conftest import sign_in
from tests.support.requests import submitted

# 09:05 to 13:05 UTC on a summer day: 10:05 to 14:05 in UK time.
LOOKS = [dt.datetime(2026, 7, 1, 9 + n, 5, tzinfo=dt.UTC) for n in range(5)]
PATH = "/account/your-data/who-has-looked"


def _looked_at(app: Flask, reference: str) -> None:
    with app.app_context():
        session = db.session()
        for when in LOOKS:
            session.add(
                AuditEvent(
                    occurred_at=when,
                    actor_kind="staff",
                    actor_id="staff-account-id",
                    action="viewed_request",
                    object_kind="request",
                    object_id=reference,
                )
            )
        session.commit()


def _rows(client: FlaskClient, lang: str) -> list[Tag]:
    html = BeautifulSoup(client.get(f"{PATH}?lang={lang}").get_data(as_text=True), "html.parser")
    return list(html.select("tbody tr"))


def test_each_look_says_its_time_in_uk_time_and_the_request_it_was_at(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    _looked_at(app, reference)
    looks = [r for r in _rows(client, "en") if "Looked at a request" in r.get_text(" ", strip=True)]
    assert len(looks) == len(LOOKS), [r.get_text(" ", strip=True) for r in looks]
    said = [" ".join(r.get_text(" ", strip=True).split()) for r in looks]
    for n, row in enumerate(reversed(said)):
        assert f"1 July 2026, {10 + n}:05" in row, row
        assert "A member of council staff" in row and "staff-account-id" not in row, row
    for look in looks:
        shown = look.select_one("bdi.portal-reference")
        assert shown is not None and shown.get_text() == reference, look
    started = next(
        r.get_text(" ", strip=True)
        for r in _rows(client, "en")
        if "Started a request" in r.get_text(" ", strip=True)
    )
    assert reference in started, "a draft's event names the request it was sent as"
    arabic = [r.get_text(" ", strip=True) for r in _rows(client, "ar")]
    looks_in_arabic = [r for r in arabic if reference in r and "1 يوليو 2026، 10:05\u00a0ص" in r]
    assert len(looks_in_arabic) == 1, arabic
