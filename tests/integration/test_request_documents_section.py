"""The caseworker's Documents section of a request: what it says when the family sent
no documents with the request but did with a reply, and file sizes in the reader's digits."""

from __future__ import annotations

import re

from flask.testing import FlaskClient

from tests.support.files import PDF, PNG
from tests.support.pages import page
from tests.support.requests import reply
from tests.support.staff import act


def _documents(staff: FlaskClient, reference: str, language: str = "en") -> str:
    shown = page(staff.get(f"/caseworker/requests/{reference}/documents?lang={language}"))
    section = shown.select_one("#documents")
    assert section is not None
    return " ".join(section.get_text(" ").split())


def test_nothing_added_is_said_only_when_there_is_nothing_at_all(
    client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    assert "The family did not add any documents." in _documents(staff, reference)

    act(staff, reference, "more_information", {"message": "Please send the school report."})
    sent = reply(client, reference, "Here it is.", [(PDF, "school-report.pdf")])
    assert sent.status_code == 302
    text = _documents(staff, reference)
    assert "school-report.pdf" in text and "Sent with the family's replies" in text
    assert "The family did not add any documents." not in text, text
    assert "The family did not add any documents to their request." in text


def test_file_sizes_are_written_in_the_readers_digits(
    client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    act(staff, reference, "more_information", {"message": "Please send a drawing."})
    assert reply(client, reference, "Here it is.", [(PNG, "drawing.png")]).status_code == 302
    text = _documents(staff, reference, "fa")
    assert "کیلوبایت" in text, text
    size = re.search(r"(\S+) کیلوبایت", text)
    assert size is not None and re.search(r"[0-9]", size.group(1)) is None, text
    assert re.search(r"[۰-۹]", size.group(1)), text
