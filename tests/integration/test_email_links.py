"""Every email links to the page where the family acts on it, at the service's configured
address, in the email's language."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db, deadlines
from portal.platform.i18n import own_address
from tests.conftest import sign_in
from tests.support.pages import page, post
from tests.support.requests import submitted
from tests.support.staff import act


def emails(app: Flask) -> dict[str, str]:
    """What the family has received once the outbox worker has sent every email."""
    outbox.run_once(app)
    with app.app_context():
        return {
            m.subject: m.body
            for m in db.session().scalars(select(MailboxMessage).order_by(MailboxMessage.id))
        }


def test_each_email_links_to_where_the_family_acts(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    act(
        staff,
        reference,
        "more_information",
        {"message": "Please send the school report.", "written_in": "en"},
    )
    act(staff, reference, "accept")
    today = deadlines.council_today()
    act(
        staff,
        reference,
        "decide",
        {
            "decision": "assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
        },
    )
    service = str(app.extensions["portal_settings"].config.service.url).rstrip("/")
    sent = emails(app)
    assert len(sent) == 3, sent.keys()
    for subject, body in sent.items():
        links = re.findall(r"https?://\S+", body)
        assert links, f"{subject}: no link to the service"
        ours = [link for link in links if link.startswith(service + "/")]
        assert len(ours) == 1, f"{subject}: {links}"
        opened = client.get(ours[0].removeprefix(service))
        assert opened.status_code == 200, f"{subject}: {ours[0]}"
        assert reference in page(opened).get_text(" ") or "Your account" in page(opened).get_text()
    more = next(body for subject, body in sent.items() if "more information" in subject)
    assert f"/account/requests/{reference}/messages" in more, "they reply there"


def test_a_persian_emails_links_and_addresses_are_found_whole_by_a_link_detector(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    """Mail clients find links with patterns like these: an invisible direction mark
    touching an address would become part of the link found."""
    sign_in(client)
    chosen = {"channels": ["email"], "mobile": "", "language": "fa"}
    assert post(client, "/account/contact-preferences", chosen).status_code == 302
    reference = submitted(client)
    act(
        staff,
        reference,
        "more_information",
        {"message": "Please send the school report.", "written_in": "en"},
    )
    service = str(app.extensions["portal_settings"].config.service.url).rstrip("/")
    contact = app.extensions["portal_settings"].config.council.contact
    paths = []
    for body in emails(app).values():
        assert re.search(r"[\u0600-\u06ff]", body), "written in Persian"
        (link,) = re.findall(r"https?://\S+", body)
        assert link.startswith(service + "/") and link.endswith("lang=fa"), link
        opened = client.get(link.removeprefix(service))
        assert opened.status_code == 200 and reference in page(opened).get_text(" ")
        paths.append(link.removeprefix(service).split("?")[0])
        assert re.findall(r"\S+@\S+", body) == [contact.email]
        assert f"\u200e{contact.phone}" in body, "its groups kept in order in a Persian line"
    assert sorted(paths) == [
        f"/account/cases/{reference}",
        f"/account/requests/{reference}/messages",
    ]


def test_an_address_that_would_not_keep_its_order_is_isolated_apart_from_it(app: Flask) -> None:
    """In a right-to-left line a link ending in "/" would show its "/" at the start: such an
    address keeps its isolates, with a space between them and the address."""
    with app.test_request_context(), force_locale("fa"):
        assert own_address("https://example.org/a/") == "\u2068 https://example.org/a/ \u2069"
        assert own_address("https://example.org/a?lang=fa") == "https://example.org/a?lang=fa"
    with app.test_request_context(), force_locale("en"):
        assert own_address("https://example.org/a/") == "https://example.org/a/"
