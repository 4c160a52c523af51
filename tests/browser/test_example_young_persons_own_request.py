"""A tester ran `make run`, whose greeting says young.person@example.org has sent a
request for themselves, signed in as them (Arabic, 320 px wide) and found on their account
only a draft plan: not the request (Jordan Hale's) the caseworkers' queue showed, with its
three consents given online by "young.person@example.org". "Your data" said they had given
no consent, and the account was made that day. The database had been seeded by a
`make run` on another port, whose sign-in (its address, so its issuer) was another."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_babel import gettext
from sqlalchemy import select, update
from werkzeug.serving import make_server

from devtools import server
from devtools.identity import PEOPLE
from portal.auth.providers import FAMILIES, STAFF, providers
from portal.models import Account, AssessmentRequest
from portal.platform import db
from portal.platform.written_dates import format_date
from tests.conftest import build_app, make_settings, sqlite_copy
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

# Where an earlier `make run` (PORT=5101) served the families' and the staff sign-in.
EARLIER = {FAMILIES: "http://127.0.0.1:5102", STAFF: "http://127.0.0.1:5103"}


def _seeded_on_another_port(app: Flask) -> None:
    """The accounts as a start on another port left them: under that port's issuers."""
    with app.app_context():
        for provider, earlier in EARLIER.items():
            now = providers(app)[provider].issuer
            db.session().execute(
                update(Account).where(Account.issuer == now).values(issuer=earlier)
            )
        db.session().commit()


@pytest.fixture(scope="module")
def restarted(
    tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path
) -> Iterator[tuple[Flask, str]]:
    """`make run` started on one port, stopped, and started again on this one."""
    folder: Path = tmp_path_factory.mktemp("restarted")
    app = build_app(make_settings(folder, sqlite_copy(migrated_sqlite, folder)))
    server.seed(app)
    _seeded_on_another_port(app)
    server.seed(app)
    served = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=served.serve_forever, daemon=True).start()
    yield app, f"http://localhost:{served.server_port}"
    served.shutdown()


def test_the_example_young_person_finds_the_request_they_sent(  # type: ignore[no-untyped-def]
    browser, restarted: tuple[Flask, str]
) -> None:
    app, base_url = restarted
    with app.test_request_context("/?lang=ar"):
        sent = (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.child_name == "Jordan Hale"))
            .one()
        )
        reference, due = sent.reference, format_date(sent.decision_due)
        consents_heading = gettext("Your consent choices")
    tab = new_tab(browser, base_url)
    try:
        tab.set_viewport_size({"width": 320, "height": 900})
        sign_in_in_browser(tab, "/account/?lang=ar", PEOPLE["young_person"])
        case = tab.locator("main li", has=tab.locator(f"a[href$='/account/cases/{reference}']"))
        assert case.count() == 1, tab.locator("main").inner_text()
        assert due in case.inner_text(), case.inner_text()

        tab.goto("/account/your-data")
        consents = tab.locator(f"main h2:text-is('{consents_heading}') + ul li")
        assert consents.count() >= 1, tab.locator("main").inner_text()
        assert all(reference in line for line in consents.all_inner_texts())
        copy = json.loads(tab.request.get("/account/your-data.json").text())
        assert [entry["reference"] for entry in copy["requests"]] == [reference], copy["requests"]
        assert copy["consent_history"], "the consents they gave are in their copy"
    finally:
        tab.context.close()
