"""A search that finds nothing in the tray it is made in, but finds requests in others: a
tester looked up a decided request's reference, as a family read it out on the phone,
in "All open", and read "0 of 7" and "No requests match", with nothing to say it was under
"Decided". And each tray offers to filter by the statuses it can hold: "All open" offered
"Withdrawn" and the decided statuses, which always left it empty."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from portal.platform import deadlines
from tests.conftest import relative, sign_in
from tests.support.pages import page
from tests.support.queue import add_request, rows

DONE = "BNT-2026-986619"


def _staff(app: Flask) -> FlaskClient:
    client = app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    return client


def _shown(client: FlaskClient, path: str):  # type: ignore[no-untyped-def]
    response = client.get(path)
    assert response.status_code == 200, path
    return page(response)


def test_a_reference_decided_is_found_from_the_open_tray(db_app: Flask) -> None:
    today = deadlines.council_today()
    add_request(db_app, DONE, "Eve Example", -3, status="decided_assess", decided_on=today)
    add_request(db_app, "BNT-2026-986620", "Eva Open", 10)
    staff = _staff(db_app)

    searched = _shown(staff, f"/caseworker/queue?q={DONE}")
    assert rows(searched) == []
    elsewhere = searched.select_one("#queue-elsewhere")
    assert elsewhere is not None, "nothing says the reference is in another tray"
    said = " ".join(elsewhere.get_text(" ").split())
    assert "Other trays have requests that match your search" in said, said
    links = {link.get_text(strip=True): link["href"] for link in elsewhere.select("a")}
    assert set(links) == {"Decided (1)", "All requests (1)"}, links
    assert rows(_shown(staff, relative(links["Decided (1)"]))) == [DONE]
    assert rows(_shown(staff, relative(links["All requests (1)"]))) == [DONE]

    found_here = _shown(staff, "/caseworker/queue?q=Eva")
    assert rows(found_here) == ["BNT-2026-986620"]
    assert found_here.select_one("#queue-elsewhere") is None
    nowhere = _shown(staff, "/caseworker/queue?q=BNT-2026-000000")
    assert nowhere.select_one("#queue-elsewhere") is None
    assert "No requests match." in nowhere.get_text()


def _offered(client: FlaskClient, path: str) -> list[str]:
    return [
        box["value"] for box in _shown(client, path).select("input[name=status][type=checkbox]")
    ]


def test_each_tray_offers_only_the_statuses_it_can_hold(db_app: Flask) -> None:
    staff = _staff(db_app)
    open_statuses = ["received", "replied", "more_information", "accepted"]
    for tray in ("open", "mine", "unassigned", "week", "overdue"):
        assert _offered(staff, f"/caseworker/queue?tray={tray}") == open_statuses, tray
    assert _offered(staff, "/caseworker/queue?tray=decided") == [
        "decided_assess",
        "decided_not_assess",
    ]
    for tray in ("waiting", "replied"):
        assert _offered(staff, f"/caseworker/queue?tray={tray}") == [], tray
    assert len(_offered(staff, "/caseworker/queue?tray=all")) == 8
    closed = _shown(staff, "/caseworker/queue?status=withdrawn")
    assert closed.select("a.moj-filter__tag") == [], "a status the tray cannot hold is left out"
