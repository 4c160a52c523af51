"""Every email links to the page where the family acts on it, at the service's configured
address, in the email's language."""

from __future__ import annotations

import datetime as dt
import re

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.case_api import outbox
from portal.models import MailboxMessage
from portal.platform import db
from tests.support.pages import page
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
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    act(staff, reference, "accept")
    today = dt.date.today()
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
