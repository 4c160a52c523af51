"""Eight presses of one button at once, as a double click or an impatient person makes,
against the portal served over real HTTP: one action records one event and one message
for the case system, and every press is answered with the page showing the state now."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from bs4 import BeautifulSoup
from flask import Flask
from sqlalchemy import func, select
from werkzeug.serving import make_server

from portal.models import (
    Account,
    AuditEvent,
    CaseLink,
    ConsentEvent,
    ConsentWording,
    Contribution,
    OutboxMessage,
    RequestDraft,
)
from portal.platform import db
from tests.conftest import build_app, make_settings
from tests.support.sessions import signed_in

PRESSES = 8
REFERENCE = "BNT-2026-000123"
NHS_TRUSTS = "Sharing with NHS trusts providing health services"


@dataclass
class Portal:
    app: Flask
    base: str
    token: str

    def call(self, method: str, path: str, data: Any = None) -> requests.Response:
        # A new connection each time, and the session cookie sent by hand: the cookie is
        # Secure and this server speaks plain HTTP on 127.0.0.1.
        return requests.request(
            method,
            f"{self.base}{path}",
            data=data,
            headers={"Cookie": f"__Host-session={self.token}", "Connection": "close"},
            allow_redirects=False,
            timeout=30,
        )

    def form(self, path: str) -> dict[str, str]:
        response = self.call("GET", path)
        assert response.status_code == 200, response.status_code
        shown = BeautifulSoup(response.text, "html.parser")
        return {
            str(i["name"]): str(i.get("value", "")) for i in shown.select("form input[type=hidden]")
        }

    def count(self, query: Any) -> int:
        with self.app.app_context():
            return db.session().scalar(query)


@pytest.fixture
def portal(database_url: str, tmp_path: Path) -> Iterator[Portal]:
    app = build_app(make_settings(tmp_path, database_url))
    with app.app_context():
        session = db.session()
        account = Account(kind="family", issuer="https://parallel.test", subject="family")
        session.add(account)
        session.flush()
        token = signed_in(session, account.id)
        session.add(
            CaseLink(
                account_id=account.id,
                case_reference=REFERENCE,
                relationship="parent_carer",
                via="link_code",
            )
        )
        session.add(
            ConsentWording(sha256="0" * 64, version="2026-11.1", language="en", text="Wording")
        )
        session.flush()
        for choice in ("assessment", "share:family_services", "share:nhs_trusts"):
            session.add(
                ConsentEvent(
                    case_reference=REFERENCE,
                    account_id=account.id,
                    given_by="parent_carer",
                    choice=choice,
                    given=True,
                    wording_version="2026-11.1",
                    wording_sha256="0" * 64,
                    language="en",
                )
            )
        session.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Portal(app, f"http://127.0.0.1:{server.server_port}", token)
    server.shutdown()
    server.server_close()
    app.extensions["db_engine"].dispose()


def at_once(portal: Portal, path: str, data: dict[str, Any]) -> list[requests.Response]:
    """Eight posts released together; each answer followed to the page it leads to."""
    start = threading.Barrier(PRESSES)
    answers: list[requests.Response] = []
    failures: list[BaseException] = []

    def press() -> None:
        try:
            start.wait(timeout=10)
            response = portal.call("POST", path, data)
            answers.append(response)
            if response.is_redirect:
                answers.append(portal.call("GET", response.headers["Location"]))
        except BaseException as failure:  # reported below, not lost in the thread
            failures.append(failure)

    threads = [threading.Thread(target=press) for _ in range(PRESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    statuses = sorted(response.status_code for response in answers)
    assert max(statuses) < 500, statuses
    pages = [response for response in answers if not response.is_redirect]
    assert len(pages) == PRESSES and {p.status_code for p in pages} == {200}, statuses
    return pages


def text(response: requests.Response) -> str:
    return " ".join(BeautifulSoup(response.text, "html.parser").get_text(" ").split())


def views(portal: Portal, **destination: str) -> str:
    with portal.app.app_context():
        contribution = Contribution(
            account_id=db.session().scalar(select(Account.id)),
            author_role="parent_carer",
            answers={"views.likes": "I like trains."},
            language="en",
            **destination,
        )
        db.session().add(contribution)
        db.session().commit()
        return contribution.id


def test_views_sent_eight_times_at_once_go_once(portal: Portal) -> None:
    path = f"/account/contributions/{views(portal, case_reference=REFERENCE)}/check"
    pages = at_once(portal, path, portal.form(path))

    for shown in pages:
        assert f"Views sent Case {REFERENCE}" in text(shown)
    sent = select(func.count()).where(OutboxMessage.kind == "contribution.create")
    assert portal.count(sent) == 1
    audited = select(func.count()).where(AuditEvent.action == "views_sent")
    assert portal.count(audited) == 1


def test_views_for_an_unsent_request_finished_eight_times_at_once_wait_once(
    portal: Portal,
) -> None:
    with portal.app.app_context():
        draft = RequestDraft(
            account_id=db.session().scalar(select(Account.id)), requester_role="parent_carer"
        )
        db.session().add(draft)
        db.session().commit()
        draft_id = draft.id
    path = f"/account/contributions/{views(portal, draft_id=draft_id)}/check"
    pages = at_once(portal, path, portal.form(path))

    for shown in pages:
        assert "Views saved Thank you. Your views will be sent with your request." in text(shown)
    audited = select(func.count()).where(AuditEvent.action == "views_sent")
    assert portal.count(audited) == 1
    assert portal.count(select(func.count()).select_from(OutboxMessage)) == 0


def test_one_choice_withdrawn_eight_times_at_once_is_withdrawn_once(portal: Portal) -> None:
    path = f"/account/cases/{REFERENCE}/consent/withdraw/share:nhs_trusts"
    pages = at_once(portal, path, portal.form(path))

    for shown in pages:
        assert f"{NHS_TRUSTS} Withdrawn on" in text(shown), text(shown)[:800]
    withdrawn = select(func.count()).where(ConsentEvent.given.is_(False))
    assert portal.count(withdrawn) == 1
    messages = select(func.count()).where(OutboxMessage.kind == "consent_event.create")
    assert portal.count(messages) == 1
    audited = select(func.count()).where(AuditEvent.action == "consent_withdrawn")
    assert portal.count(audited) == 1


def test_a_change_confirmed_eight_times_at_once_is_recorded_once(portal: Portal) -> None:
    change = f"/account/cases/{REFERENCE}/consent/change"
    chosen = {
        **portal.form(change),
        "assessment": "yes",
        "sharing": ["family_services", "vcds"],
        "declaration": "confirmed",
    }
    asked = portal.call("POST", change, chosen)
    assert asked.headers.get("Location", "").endswith("/consent/confirm"), text(asked)[:800]
    confirm = f"/account/cases/{REFERENCE}/consent/confirm"
    pages = at_once(portal, confirm, portal.form(confirm))

    for shown in pages:
        assert f"{NHS_TRUSTS} Withdrawn on" in text(shown), text(shown)[:800]
        assert "Sharing with Virtual Child Development Service Given on" in text(shown)
    with portal.app.app_context():
        added = db.session().execute(
            select(ConsentEvent.choice, ConsentEvent.given).where(
                ConsentEvent.choice.in_(["share:nhs_trusts", "share:vcds"])
            )
        )
        assert sorted(added) == [
            ("share:nhs_trusts", False),
            ("share:nhs_trusts", True),
            ("share:vcds", True),
        ]
    # And, the case having no request sent here, the SEN team's record of the two
    # organisations not ticked and never chosen here (North Central London ICB, the West
    # London Alliance) is withdrawn too: once each.
    messages = select(func.count()).where(OutboxMessage.kind == "consent_event.create")
    assert portal.count(messages) == 4
