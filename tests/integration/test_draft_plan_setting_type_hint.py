"""Responding to a draft plan, a tester typed only a setting's name: the page said its
kind was "(optional)", then refused the answer with "Select what kind of setting it is".
Both questions are the family's choice, but a name needs its kind: the kind's question
says so before it is asked for."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.support.draft_plans import HUB, linked_parent
from tests.support.pages import one, page, post


def test_the_kind_of_setting_says_when_it_is_needed(app: Flask, client: FlaskClient) -> None:
    family = linked_parent(app, client)
    shown = page(family.get(f"{HUB}/setting"))
    hint = one(shown, "#setting_type-hint").get_text(" ", strip=True)
    assert hint == "Needed if you give a setting's name", hint
    refused = post(family, f"{HUB}/setting", {"setting_name": "Barnet Hill Academy, Barnet"})
    assert refused.status_code == 200
    assert "Select what kind of setting it is" in page(refused).get_text(" ")
