"""The evidence page of a response left open in a tab while the council issues a new
draft: the portal moves the unsent response, with its files, to the new draft, so the
old page's addresses name a response that is gone. Nothing chosen there is lost."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from portal.models import Document, DraftPlanResponse
from portal.platform import db, deadlines
from tests.support.draft_plans import CASE, CHECK, HUB, linked_parent, long_date
from tests.support.files import PDF, PNG
from tests.support.pages import hidden, one, page


@pytest.fixture
def family(app: Flask, client: FlaskClient) -> FlaskClient:
    return linked_parent(app, client)


def evidence_page(app: Flask, family: FlaskClient) -> str:
    """The evidence page's address, as the response page links to it."""
    link = str(one(page(family.get(HUB)), "main a[href*='/evidence']")["href"])
    with app.app_context():
        response_id = db.session().scalars(select(DraftPlanResponse.id)).one()
    assert link.startswith(f"/account/draft-plan-responses/{response_id}/evidence")
    return link


def upload(family: FlaskClient, path: str, form: dict[str, str], name: str, data: bytes) -> Any:
    chosen = {"file": (io.BytesIO(data), name), "description": f"About {name}"}
    return family.post(path, data={**form, **chosen}, content_type="multipart/form-data")


def files_by_response(app: Flask) -> dict[str, list[str]]:
    with app.app_context():
        rows = db.session().execute(
            select(Document.draft_response_id, Document.filename).order_by(Document.uploaded_at)
        )
        found: dict[str, list[str]] = {}
        for response_id, name in rows:
            found.setdefault(str(response_id), []).append(name)
        return found


def new_draft_issued(sent_on: Any, family: FlaskClient) -> dt.date:
    """The council issues a new draft, and the family opens their response in another
    tab: what they wrote and their files move to the new draft's response."""
    again = deadlines.council_today()
    sent_on(again)
    assert family.get(HUB).status_code == 200
    return again


def test_a_file_chosen_on_the_old_evidence_page_joins_the_response_to_the_new_draft(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    evidence = evidence_page(app, family)
    assert upload(family, evidence, hidden(family.get(evidence)), "ot.pdf", PDF).status_code == 302
    tab_a = hidden(family.get(evidence))  # the evidence page left open
    again = new_draft_issued(sent_on, family)

    added = upload(family, evidence, tab_a, "speech-therapy.pdf", PDF)

    assert added.status_code == 302, added.status_code
    assert added.headers["Location"].endswith(HUB)
    shown = page(family.get(HUB))
    banner = one(shown, ".govuk-notification-banner").get_text(" ", strip=True)
    assert f"The council issued a new draft plan on {long_date(again)}" in banner
    text = shown.get_text(" ", strip=True)
    assert "ot.pdf" in text and "speech-therapy.pdf" in text
    [(response_id, names)] = files_by_response(app).items()
    assert names == ["ot.pdf", "speech-therapy.pdf"]
    assert response_id not in evidence, "on the response to the new draft"


def test_the_old_evidence_pages_links_lead_to_the_same_file_on_the_new_response(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    evidence = evidence_page(app, family)
    assert upload(family, evidence, hidden(family.get(evidence)), "pic.png", PNG).status_code == 302
    old = page(family.get(evidence))
    remove = str(one(old, "a[href*='/remove']")["href"])
    preview = str(one(old, "img.portal-preview")["src"])
    new_draft_issued(sent_on, family)

    assert family.get(preview, follow_redirects=True).status_code == 200
    reloaded = family.get(evidence, follow_redirects=True)
    assert reloaded.status_code == 200 and "pic.png" in reloaded.get_data(as_text=True)
    asked = family.get(remove, follow_redirects=True)
    assert asked.status_code == 200 and "remove pic.png" in asked.get_data(as_text=True)

    removed = family.post(remove, data=hidden(asked))

    assert removed.status_code == 302 and removed.headers["Location"].endswith(HUB)
    assert files_by_response(app) == {}
    assert one(page(family.get(HUB)), ".govuk-notification-banner") is not None


def test_a_file_from_the_old_page_after_the_new_response_was_sent_is_named_back(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    evidence = evidence_page(app, family)
    tab_a = hidden(family.get(evidence))
    new_draft_issued(sent_on, family)
    assert family.post(CHECK, data=hidden(family.get(CHECK))).headers["Location"].endswith("/sent")

    added = upload(family, evidence, tab_a, "speech-therapy.pdf", PDF)

    assert added.status_code == 200, added.status_code
    shown = page(added)
    said = one(shown, "main").get_text(" ", strip=True)
    assert "Your response was already sent, so this file was not added to it." in said
    rows = [r.get_text(" ", strip=True) for r in shown.select(".portal-not-sent dd")]
    assert rows == ["speech-therapy.pdf", "About speech-therapy.pdf"]
    assert files_by_response(app) == {}


def test_a_file_from_a_page_that_does_not_say_its_draft_is_named_back_with_what_to_do(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    """A page opened before the evidence page named its draft: where the file belongs
    cannot be told, so it is named back, with the way to the response."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    evidence = evidence_page(app, family).split("?")[0]
    tab_a = hidden(family.get(evidence))
    new_draft_issued(sent_on, family)

    added = upload(family, evidence, tab_a, "speech-therapy.pdf", PDF)

    assert added.status_code == 200, added.status_code
    shown = page(added)
    said = one(shown, "main").get_text(" ", strip=True)
    assert "Your file was not added" in said
    assert "out of date" in said
    rows = [r.get_text(" ", strip=True) for r in shown.select(".portal-not-sent dd")]
    assert rows == ["speech-therapy.pdf", "About speech-therapy.pdf"]
    assert files_by_response(app) == {}


def test_another_familys_case_named_on_the_old_page_adds_nothing_there(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    evidence = evidence_page(app, family)
    tab_a = hidden(family.get(evidence))
    new_draft_issued(sent_on, family)

    elsewhere = evidence.replace(CASE, "BNT-2026-000001")
    assert elsewhere != evidence
    added = upload(family, elsewhere, tab_a, "x.pdf", PDF)

    assert added.status_code == 200 and "Your file was not added" in added.get_data(as_text=True)
    assert files_by_response(app) == {}


def test_an_answer_from_a_page_of_the_old_draft_is_kept_for_the_new_one(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    """The response's other pages are addressed by the case, not the response: what is
    saved from them after a new draft is kept, and the family told."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    tab_a = hidden(family.get(f"{HUB}/setting"))
    new_draft_issued(sent_on, family)

    saved = family.post(
        f"{HUB}/setting",
        data={**tab_a, "setting_name": "Meadow School", "setting_type": "special"},
    )

    assert saved.status_code == 302 and saved.headers["Location"].endswith(HUB)
    shown = page(family.get(HUB))
    assert one(shown, ".govuk-notification-banner") is not None
    assert "Meadow School" in shown.get_text(" ", strip=True)
