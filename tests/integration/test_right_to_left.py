"""In Arabic and Persian, a left-to-right value (a phone number, an email address, a
reference, a link) inside right-to-left text is isolated, so it is not shown reversed
("448081570192+"): `<bdi>` or `dir` in pages; in plain text, shown as isolates would show
it, without them (portal/platform/plain_text.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from portal.case_api.notify import render_email
from tests.conftest import sign_in
from tests.support.direction import (
    LEFT_TO_RIGHT_RUN,
    RIGHT_TO_LEFT,
    shown_as_if_isolated,
    unisolated_in_page,
    unisolated_in_text,
)
from tests.support.links import issue_code, redeem
from tests.support.pages import page, post
from tests.support.requests import ANSWERS, fill, start


def test_the_check_finds_a_bare_phone_number_and_accepts_isolated_ones() -> None:
    assert unisolated_in_text("اتصلوا بنا: +44 808 157 0192") == ["+44 808 157 0192"]
    assert unisolated_in_text("اتصلوا بنا: \u2068+44 808 157 0192\u2069") == []
    bare = "راسلونا: sen.team@barnet.gov.uk أو https://example.org/a?lang=ar"
    assert unisolated_in_text(bare) == ["sen.team@barnet.gov.uk", "https://example.org/a?lang=ar"]
    assert unisolated_in_text(bare, bare_addresses=True) == []
    assert unisolated_in_text("https://example.org/a/ هنا", bare_addresses=True)
    assert unisolated_in_page('<html><body dir="rtl"><p>رقم BNT-2026-0001</p></body></html>')
    assert not unisolated_in_page(
        '<html><body><p>رقم <bdi dir="ltr">BNT-2026-0001</bdi></p></body></html>'
    )


EMAILS: dict[str, dict[str, Any]] = {
    "request_received": {"decision_due": dt.date(2027, 1, 15)},
    "more_information": {},
    "decision": {
        "decision": "not_assess",
        "decided_on": dt.date(2027, 1, 10),
        "reason": "",
        "contact_adviser_by": dt.date(2027, 3, 10),
        "appeal_due": dt.date(2027, 3, 10),
        "link": "https://send.example/account/cases/BNT-2027-0042",
    },
    "decision_assess": {"decision": "assess", "decided_on": dt.date(2027, 1, 10), "reason": ""},
    "draft_plan_response_received": {"sent_on": dt.date(2027, 1, 10), "late": False},
    "amendment_response_received": {
        "sent_on": dt.date(2027, 1, 10),
        "late": True,
        "respond_by": dt.date(2027, 1, 9),
    },
    "review_views_received": {"sent_on": dt.date(2027, 1, 10)},
}


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
@pytest.mark.parametrize("template", sorted(EMAILS))
def test_every_email_shows_left_to_right_values_in_order(
    app: Flask, language: str, template: str
) -> None:
    with app.test_request_context():
        subject, body = render_email(
            template.replace("_assess", ""),
            language,
            reference="BNT-2027-0042",
            **EMAILS[template],
        )
    text = f"{subject}\n{body}"
    assert LEFT_TO_RIGHT_RUN.search(text), "the email has the reference, the phone and a link"
    for line in (line for line in text.splitlines() if "://" not in line):
        values = [m.group(0) for m in LEFT_TO_RIGHT_RUN.finditer(line)]
        assert shown_as_if_isolated(line, values), line


def _family_pages(client: FlaskClient, language: str) -> dict[str, str]:
    sign_in(client)
    client.get(f"/account/?lang={language}")
    draft = start(client)
    pages = {}
    bad_phone = post(
        client,
        f"/account/request/{draft}/you/contact",
        {"email": "anna@example.org", "phone": "12"},
    )
    pages["phone error"] = bad_phone.get_data(as_text=True)
    preferences = "/account/contact-preferences"
    pages["how we contact you"] = client.get(preferences).get_data(as_text=True)
    chosen = {"channels": ["sms"], "language": language}
    bad_mobile = post(client, preferences, {**chosen, "mobile": "020 8359 2000"})
    pages["mobile error"] = bad_mobile.get_data(as_text=True)
    assert post(client, preferences, {**chosen, "mobile": "+44 7700 900123"}).status_code == 302
    answers = {section: dict(found) for section, found in ANSWERS.items()}
    answers["you"]["contact"] = {"email": "anna@example.org", "phone": "+44 7700 900982"}
    answers["child"]["upn"] = {"upn": ""}
    fill(client, draft, answers)
    pages["check your answers"] = client.get(f"/account/request/{draft}/check").get_data(
        as_text=True
    )
    sent = post(client, f"/account/request/{draft}/check", {})
    assert sent.status_code == 302
    pages["request sent"] = client.get(sent.headers["Location"]).get_data(as_text=True)
    pages["account"] = client.get("/account/").get_data(as_text=True)
    pages["your data"] = client.get("/account/your-data").get_data(as_text=True)
    pages["help"] = client.get("/account/link").get_data(as_text=True)
    staff = client.application.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    pages["case with a final plan"] = client.get(f"/account/cases/{demo.FINAL}").get_data(
        as_text=True
    )
    pages["mediation certificate"] = client.get(
        f"/account/cases/{demo.FINAL}/disagree/final_plan/mediation-certificate"
    ).get_data(as_text=True)
    pages["rights over each item"] = client.get("/account/your-data/rights").get_data(as_text=True)
    asked = post(
        client,
        "/account/your-data/rights/contact.email",
        {"right": "rectification", "details": "Wrong", "correction": "anna.k@example.org"},
    )
    assert asked.status_code == 302
    pages["data-rights request sent"] = client.get(asked.headers["Location"]).get_data(as_text=True)
    pages["your data with a request"] = client.get("/account/your-data").get_data(as_text=True)
    return pages


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_family_pages_isolate_left_to_right_values(client: FlaskClient, language: str) -> None:
    problems = {}
    for name, html in _family_pages(client, language).items():
        assert f'lang="{language}"' in html, name
        found = unisolated_in_page(html)
        if found:
            problems[name] = found
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_left_to_right_inputs_are_typed_left_to_right(client: FlaskClient, language: str) -> None:
    """Phone, email, postcode, UPN and link code are typed left to right in Arabic and
    Persian pages, so "+44 …" is not turned around while it is typed."""
    sign_in(client)
    draft = start(client)
    client.get(f"/account/?lang={language}")
    contact = f"/account/request/{draft}/you/contact"
    fields = [
        (f"/account/request/{draft}/child/address", "address_postcode"),
        (f"/account/request/{draft}/child/upn", "upn"),
        (contact, "email"),
        (contact, "phone"),
        ("/account/contact-preferences", "mobile"),
        ("/account/link", "code"),
    ]
    for path, name in fields:
        box = page(client.get(path)).select_one(f"input[name={name}]")
        assert box is not None, (path, name)
        assert box.get("dir") == "ltr", (path, name)
