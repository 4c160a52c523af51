"""The start page offers only what the person looking at it can use: a signed-in family is
not sent to staff pages, nor staff to the family's request."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.pages import page


@pytest.mark.parametrize(
    ("kind", "person"),
    [("nobody", ""), ("family", "parent@example.org"), ("staff", "caseworker@council.example")],
)
def test_every_link_on_the_start_page_leads_somewhere_for_whoever_is_signed_in(
    app: Flask, kind: str, person: str
) -> None:
    client = app.test_client()
    if kind == "family":
        sign_in(client, person=person)
    elif kind == "staff":
        sign_in(client, "staff", person)
    links = {
        str(link["href"])
        for link in page(client.get("/")).select("main a[href^='/']")
        if not str(link["href"]).startswith("/dev/")
    }
    assert links, "the start page links somewhere"
    refused = {href: client.get(href).status_code for href in links}
    assert {href: code for href, code in refused.items() if code in (403, 404)} == {}
