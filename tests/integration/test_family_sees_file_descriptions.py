"""A family sees, beside each file they sent with their response to a draft plan, what
they said the file is: on "Check your response" and on the page of what they sent."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from bs4 import Tag
from flask import Flask
from flask.testing import FlaskClient

from portal.platform import deadlines
from tests.support.draft_plans import CHECK, HUB, linked_parent, send_response
from tests.support.files import PDF
from tests.support.pages import hidden, page

DESCRIBED = "تقرير المعالج الوظيفي <b>2026</b>"


def _file_item(shown: Any, name: str) -> Tag:
    named = shown.find("bdi", string=name)
    assert named is not None, f"{name} is listed"
    item = named.find_parent("li")
    assert item is not None, "each file is an item of its own"
    return item


def _described_beside(item: Tag) -> None:
    beside = item.find(string=lambda s: s is not None and "تقرير المعالج الوظيفي" in s)
    assert beside is not None and beside.parent is not None, item.get_text(" ", strip=True)
    assert beside.parent.get("dir") == "auto"
    assert " ".join(beside.parent.get_text().split()) == DESCRIBED, "as written, not markup"
    assert item.find("b") is None


def test_the_family_sees_each_files_description_before_and_after_sending(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    family = linked_parent(app, client)
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    link = page(family.get(HUB)).select_one("main a[href*='/evidence']")
    assert link is not None
    evidence = str(link["href"])
    chosen = {"file": (io.BytesIO(PDF), "ot.pdf"), "description": DESCRIBED}
    added = family.post(
        evidence,
        data={**hidden(family.get(evidence)), **chosen},
        content_type="multipart/form-data",
    )
    assert added.status_code == 302

    _described_beside(_file_item(page(family.get(CHECK)), "ot.pdf"))
    send_response(family, "Speech therapy must be weekly.")
    _described_beside(_file_item(page(family.get(f"{HUB}/sent")), "ot.pdf"))
