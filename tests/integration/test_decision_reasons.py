"""A decision not to assess reaches the family in their language: the standard reasons
translated, the caseworker's own words under a line naming the language they wrote in;
the audit list names who acted in words, not codes."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db
from tests.conftest import sign_in
from tests.support.pages import page
from tests.support.requests import submitted
from tests.support.staff import act

MET_BY_SETTING = (
    "The information we have shows that their needs can be met from the support their "
    "school or college normally provides."
)


def test_standard_reasons_are_translated_and_free_text_is_labelled(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    client.get("/account/?lang=ar")
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    staff.get("/caseworker/?lang=en")
    assert act(staff, reference, "accept").status_code == 302
    today = dt.date.today()
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
            "standard_reasons": ["needs_met_by_setting"],
            "reason": "Oak Primary's reading group is working well.",
        },
    )
    assert decided.status_code == 302, page(decided).get_text(" ")
    outbox.run_once(app)
    with app.app_context():
        sent = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.to == "anna@example.org"))
            .all()
        )
        with app.test_request_context(), force_locale("ar"):
            subject = gettext("Our decision about your request %(reference)s", reference="\0")
            email = next(
                m for m in sent if all(p.strip() in m.subject for p in subject.split("\0"))
            )
            reason_in_arabic = gettext(MET_BY_SETTING)
            wrote_in = gettext("The caseworker also wrote, in %(language)s:", language="الإنجليزية")
    assert reason_in_arabic != MET_BY_SETTING, "the standard reason has an Arabic translation"
    assert reason_in_arabic in email.body
    assert MET_BY_SETTING not in email.body
    assert wrote_in in email.body
    after = email.body.split(wrote_in, 1)[1]
    assert after.lstrip().startswith("Oak Primary's reading group is working well.")


def test_not_assessing_needs_a_reason_of_either_kind(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    act(staff, reference, "accept")
    today = dt.date.today()
    refused = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
        },
    )
    assert refused.status_code == 200
    assert "Enter the reasons for deciding not to assess" in page(refused).get_text(" ")


def test_the_audit_list_names_who_acted_in_words(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    act(staff, reference, "accept")
    shown = page(staff.get(f"/caseworker/requests/{reference}?lang=en")).get_text(" ")
    assert "(Council staff)" in shown or "(Family)" in shown
    for code in ("(family)", "(staff)", "(system)"):
        assert code not in shown
