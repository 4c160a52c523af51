"""A young person started a request for themselves twice on the same day: the account home
showed two links, both "Continue the request for Layla Hassan, started on 5 December
2026", each to a different request, and nothing told them apart. Two requests for the same
person started on the same day are told apart by the time each was started."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from portal.models import RequestDraft
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import named, start


def _links(client: FlaskClient) -> list[str]:
    shown = page(client.get("/account/"))
    return [
        " ".join(a.get_text(" ", strip=True).split())
        for a in shown.select("main a[href^='/account/request/']")
        if a.get_text(strip=True).startswith("Continue")
    ]


def test_two_requests_for_the_same_child_on_the_same_day_are_told_apart(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    first = named(client, start(client))
    second = named(client, start(client))
    with app.app_context():  # begun an hour apart, the same day
        found = db.session().get(RequestDraft, first)
        assert found is not None
        found.created_at = found.created_at.replace(hour=9)
        db.session().get(RequestDraft, second).created_at = found.created_at.replace(hour=10)  # type: ignore[union-attr]
        db.session().commit()
    links = _links(client)
    assert len(links) == 2 and len(set(links)) == 2, links
    assert all(" at " in link for link in links), links


def test_one_request_for_a_child_is_named_by_the_day_alone(client: FlaskClient) -> None:
    sign_in(client)
    named(client, start(client))
    [link] = _links(client)
    assert link.startswith("Continue the request for Layla Hassan, started on ")
    assert " at " not in link
