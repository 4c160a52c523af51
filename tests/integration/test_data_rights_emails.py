"""The emails about a request to correct, restrict, object to or erase information say
what was asked in a sentence of its own: a tester, a young adult asking for herself in
Persian, read "Barnet Council has your request: Correct it." ("… رسید: اصلاح آن"), the
option's label pasted in, and the data protection officer "A family has asked: Correct
it." of her request."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale
from sqlalchemy import select

from portal.case_api.notify import render_email
from portal.data_rights.rights import ASKS, RIGHTS
from portal.models import OutboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.data_rights import QUEUE, answer, sent
from tests.support.requests import submitted, young_person_answers

# What each email said of a request to correct the child's (or the young person's own)
# date of birth: (received, extended, done), to a parent or carer, then to a young person.
SAID = {
    ("en", False): (
        "has your request to correct information we hold about you or your child.",
        "We need two more months to answer your request to correct information we hold "
        "about you or your child.",
        "We have answered your request to correct information we hold about you or your child.",
    ),
    ("en", True): (
        "has your request to correct information we hold about you.",
        "We need two more months to answer your request to correct information we hold about you.",
        "We have answered your request to correct information we hold about you.",
    ),
    ("fa", False): (
        "درخواست شما برای اصلاح اطلاعاتی که درباره شما یا فرزندتان داریم به",
        "برای پاسخ به درخواست شما برای اصلاح اطلاعاتی که درباره شما یا فرزندتان داریم، "
        "به دو ماه دیگر نیاز داریم.",
        "به درخواست شما برای اصلاح اطلاعاتی که درباره شما یا فرزندتان داریم پاسخ دادیم.",
    ),
    ("fa", True): (
        "درخواستت برای اصلاح اطلاعاتی که درباره‌ات داریم به",
        "برای پاسخ به درخواستت برای اصلاح اطلاعاتی که درباره‌ات داریم، به دو ماه دیگر نیاز داریم.",
        "به درخواستت برای اصلاح اطلاعاتی که درباره‌ات داریم پاسخ دادیم.",
    ),
}
TO_THE_OFFICER = {
    False: (
        "A request about a family's information: DR-",
        "A family has asked us to correct information we hold.",
    ),
    True: (
        "A request about a young person's information: DR-",
        "A young person has asked us to correct information we hold about them.",
    ),
}


def emails(app: Flask) -> dict[str, str]:
    """Each data-rights email queued, by its template: its subject, then its body."""
    with app.app_context():
        queued = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "email.send")
        )
        return {
            m.payload["template"]: f"{m.payload['subject']}\n{m.payload['body']}"
            for m in queued
            if m.payload["template"].startswith("data_rights")
        }


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("own", [False, True], ids=["parent", "young_person"])
def test_each_email_says_what_was_asked_in_a_sentence_of_its_own(
    app: Flask, client: FlaskClient, staff: FlaskClient, language: str, own: bool
) -> None:
    if own:
        sign_in(client, person="young.person@example.org")
        submitted(client, "young_person", young_person_answers())
    else:
        sign_in(client)
        submitted(client)
    client.get(f"/account/?lang={language}")
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    assert answer(staff, path, "extend", "We need the school's records").status_code == 302
    assert answer(staff, path, "done", "We corrected the date of birth").status_code == 302
    written = emails(app)
    with force_locale(language):
        label = str(ASKS["rectification"])
    for template, words in zip(
        ("data_rights_received", "data_rights_extended", "data_rights_done"),
        SAID[language, own],
        strict=True,
    ):
        assert words in written[template], written[template]
        assert label not in written[template], written[template]
    subject, asked = TO_THE_OFFICER[own]
    officer = written["data_rights_for_dpo"]
    assert officer.startswith(subject) and asked in officer, officer
    assert "Correct it" not in officer, officer


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("voice", [None, "young person"], ids=["parent", "young_person"])
@pytest.mark.parametrize(
    "template",
    ["data_rights_received", "data_rights_extended", "data_rights_done", "data_rights_for_dpo"],
)
def test_each_right_has_its_own_sentence_in_each_email(
    app: Flask, template: str, voice: str | None, language: str
) -> None:
    """Not the option's label ("Erase it") put into one sentence for all four."""
    said = set()
    for right in RIGHTS:
        with app.test_request_context():
            _subject, body = render_email(
                template,
                language,
                voice,
                reference="DR-1234ABCD",
                request_id="1234abcd",
                right=right,
                young_person=voice is not None,
                due=dt.date(2026, 10, 14),
                reason="Done",
                link="https://example.org",
            )
            with force_locale(language):
                label = str(ASKS[right])
        first = body.split("\n")[0]
        assert label not in first, first
        said.add(first)
    assert len(said) == len(RIGHTS), said
