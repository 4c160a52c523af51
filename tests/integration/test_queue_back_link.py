""" "Back to the queue" on a request's pages returns to the queue as the caseworker last saw
it, down to the page of it they were on; only the queue's own choices are kept, so a
hand-made queue address cannot make the link lead anywhere but the queue."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from bs4 import Tag
from flask import Flask
from flask.testing import FlaskClient

from portal.triage.queue import PAGE_SIZE
from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.queue import add_request

CASEWORKER = "caseworker@council.example"


def _staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", CASEWORKER)
    return client


def _href(link: Tag | None) -> str:
    assert link is not None
    return str(link["href"])


def _back(client: FlaskClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return _href(page(response).select_one("a.govuk-back-link"))


def test_the_page_of_the_queue_is_kept(db_app: Flask) -> None:
    for number in range(PAGE_SIZE + 2):
        add_request(db_app, f"BNT-2026-74{number:04d}", f"Pat Paged {number:02d}")
    staff = _staff(db_app)
    first = page(staff.get("/caseworker/queue?tray=all&sort=name&q=Paged"))
    second = _href(first.select_one("a[rel=next]"))
    shown = page(staff.get(second))
    opened = _href(shown.select_one("tbody td:nth-of-type(2) a"))

    back = _back(staff, opened)
    assert parse_qs(urlsplit(back).query) == parse_qs(urlsplit(second).query)
    assert parse_qs(urlsplit(back).query)["start"] == [str(PAGE_SIZE + 1)]
    assert _back(staff, f"{opened}/actions/assign") == back
    assert _back(staff, f"{opened}/history") == back


def test_a_hand_made_queue_address_leads_back_only_to_the_queue(db_app: Flask) -> None:
    add_request(db_app, "BNT-2026-750001", "Rae Odd")
    staff = _staff(db_app)
    staff.get(
        "/caseworker/queue?tray=//evil.example&next=https://evil.example&sort=https:"
        "&order=desc&after=../../x&start=9&q=https://evil.example/"
    )
    back = urlsplit(_back(staff, "/caseworker/requests/BNT-2026-750001"))
    assert (back.scheme, back.netloc, back.path) == ("", "", "/caseworker/queue")
    assert parse_qs(back.query) == {"order": ["desc"], "q": ["https://evil.example/"]}


def test_the_plain_queue_is_remembered_as_plain(db_app: Flask) -> None:
    add_request(db_app, "BNT-2026-750002", "Sol Plain")
    staff = _staff(db_app)
    assert _back(staff, "/caseworker/requests/BNT-2026-750002") == "/caseworker/queue"
    staff.get("/caseworker/queue?tray=all&q=Sol")
    assert (
        _back(staff, "/caseworker/requests/BNT-2026-750002") == "/caseworker/queue?tray=all&q=Sol"
    )
    staff.get("/caseworker/queue")
    assert _back(staff, "/caseworker/requests/BNT-2026-750002") == "/caseworker/queue"
