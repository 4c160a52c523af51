"""Emails and text messages are plain text: in Arabic and Persian a reference or a phone
number in them must show left to right inside the right-to-left line, and a reference
copied out of the message must be exactly the reference. Invisible isolates (U+2068,
U+2069) did the first but showed as boxes in some mail clients and came along when a
reference was copied into a search box."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.direction import (
    RIGHT_TO_LEFT,
    copied_whole,
    shown_as_if_isolated,
    shown_left_to_right,
)
from tests.support.pages import post
from tests.support.requests import submitted
from tests.support.staff import act

ISOLATES = "\u2066\u2067\u2068\u2069"


def test_the_check_sees_a_bare_phone_number_reversed_and_a_reference_in_order() -> None:
    assert not shown_left_to_right("اتصلوا بنا: 020 8359 3000.", "020 8359 3000")
    assert shown_left_to_right("اتصلوا بنا: \u2068020 8359 3000\u2069.", "020 8359 3000")
    assert shown_left_to_right("مرجعكم هو BNT-2026-641403.", "BNT-2026-641403")
    assert not copied_whole("مرجعكم هو \u2068BNT-2026-641403\u2069.", "BNT-2026-641403")
    assert copied_whole("مرجعكم هو BNT-2026-641403.", "BNT-2026-641403")
    bracketed = "طلبكم لتقييم الاحتياجات EHC (BNT-2026-641403)."
    assert shown_left_to_right(bracketed, "BNT-2026-641403")
    assert not shown_as_if_isolated(bracketed, ["BNT-2026-641403"]), "its brackets turned"


def received(app: Flask) -> list[MailboxMessage]:
    """What the family has received, as the development mailbox keeps it once the outbox
    worker has sent everything."""
    outbox.run_once(app)
    with app.app_context():
        return list(db.session().scalars(select(MailboxMessage).order_by(MailboxMessage.id)))


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_a_reference_in_a_right_to_left_email_reads_in_order_and_copies_exactly(
    app: Flask, client: FlaskClient, staff: FlaskClient, language: str
) -> None:
    sign_in(client)
    chosen = {"channels": ["email", "sms"], "mobile": "+44 7700 900 123", "language": language}
    assert post(client, "/account/contact-preferences", chosen).status_code == 302
    reference = submitted(client)
    asked = {"message": "Please send the school report.", "written_in": "en"}
    assert act(staff, reference, "more_information", asked).status_code == 302
    phone = app.extensions["portal_settings"].config.council.contact.phone
    sent = received(app)
    assert sorted(m.channel for m in sent) == ["email", "email", "sms", "sms"]
    for message in sent:
        text = f"{message.subject}\n{message.body}"
        assert not set(ISOLATES) & set(text), f"no isolates to show as boxes: {text!r}"
        if message.channel == "sms":
            continue
        assert copied_whole(text, reference), f"the reference copies exactly: {text!r}"
        lines = [line for line in text.splitlines() if reference in line]
        assert lines, "the email names the request by its reference"
        for line in lines:
            assert shown_left_to_right(line, reference), f"reversed: {line!r}"
        for line in (line for line in text.splitlines() if phone in line):
            assert shown_left_to_right(line, phone), f"its groups out of order: {line!r}"
        for line in (line for line in text.splitlines() if "://" not in line):
            assert shown_as_if_isolated(line, [reference, phone]), f"shown wrong: {line!r}"
