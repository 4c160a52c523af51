"""Each family page, and each section of a request a caseworker reads, loads what it
shows in a fixed number of statements, on one connection (and one more for an audit
event kept even if the page fails): a change that adds a query to a page (an N+1, a
second look-up of the same row) fails here, on SQLite and on PostgreSQL.

On PostgreSQL every statement is a round trip, and so is each transaction's BEGIN and
its end: these budgets are most of what a signed-in page costs beyond its components
(docs/performance.md). A page is counted on its second visit, when what it caches (the
case system's answers) is held, as it is for almost every visit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event, select

from devtools.reference_case_system import demo
from forms.assessment_request.sections import SECTIONS
from portal.models import Account, DraftPlanResponse
from portal.platform import db, deadlines, overlap
from tests.conftest import sign_in
from tests.support.draft_plans import draft_sent_on, linked_parent, send_response
from tests.support.links import BORN, issue_code, redeem
from tests.support.own_pages import review_views_sent
from tests.support.pages import hidden
from tests.support.requests import ANSWERS, fill, start, submitted
from tests.support.staff import act

QUESTION = 2  # the web session and the draft
# Statements per page, and the connections they use: one per request, and a second for
# a page that records that it was seen (its audit event is kept even if the page fails).
BUDGETS = {
    "public": (1, 1),
    # The session, the drafts, the cases with what is kept of each, the unfinished views;
    # and, where a case has a decision to challenge (here the final plan), the mediation
    # steps the account recorded, of every case in one.
    "account": (5, 1),
    # Each case page: what the account sent about the case (its request's documents, views),
    # in one, for "What you sent".
    "case with a plan": (6, 2),  # its link with the cached case, plan and review, in one
    "case of a sent request": (6, 2),  # and whether the family has messages about it
    # and whether a request was sent here for the case: if not, the SEN team's record
    # still decides each choice made nowhere here
    "consent on a case": (5, 2),
    "who is asking": (1, 1),
    "task list": (3, 1),
    "consent in a request": (QUESTION, 1),
    # The session, the draft, its documents, its views; then the account's requests and
    # cases with their cached case, in one, to say if it already asked for the same child.
    "check your answers": (5, 1),
    # The account, then one statement per kind of thing it lists, and the consent in force
    # for the requests it lists (their consent answers beside it).
    "your data": (15, 2),
    "link a case": (1, 1),
    "give your views": (3, 1),
} | {f"question {s.slug}/{p.slug}": (QUESTION, 1) for s in SECTIONS for p in s.pages}
# A caseworker's pages. Every section of a request reads the web session and the request
# and records its viewing (the audit event, on a connection of its own: it is kept even
# if the page fails); then what the section shows.
REQUEST = 3
STAFF_BUDGETS = {
    "queue": (5, 1),  # the account, the page of requests, the trays' counts, the overdue
    # Notes, duplicates, known cases, exceptions; the staff it names, with any of the same
    # name (to tell them apart).
    "summary": (REQUEST + 5, 2),
    "answers": (REQUEST, 2),  # the answers are the request's
    "consent": (REQUEST + 1, 2),
    "views": (REQUEST + 1, 2),
    "documents": (REQUEST + 2, 2),  # the request's documents, the replies' files
    "messages": (REQUEST + 2, 2),  # the messages, their files
    # Deliveries, the looks summed up, names, the trail; for a request with messages with
    # the family (as this one), the languages they were written in, which the messages
    # sent about them do not hold; and, for a request with a time limit exception (not
    # this one), one more: the exceptions' days, which no message holds.
    "history": (REQUEST + 5, 2),
    # Which linked cases' reviews the portal has not kept (or kept too long), to read them
    # from the case system before listing; the page of reviews counting them all, its
    # sent views, the other views sent for its cases (a child's own), its children's names.
    "annual reviews": (7, 2),
}
# What one family wrote, opened from a caseworker's list (the viewing audited apart).
WRITTEN_BUDGETS = {
    "a response to a draft plan": (5, 2),  # the response, whether delivered, its files
    "views for an annual review": (4, 2),  # the case's sent views, all their files
}


@dataclass
class Counted:
    statements: list[str] = field(default_factory=list)
    connections: int = 0


@pytest.fixture
def family(db_app: Flask) -> FlaskClient:
    """Signed in, with a request sent, a case with a final plan and one with a draft plan
    linked with a code, and a second request answered part-way."""
    client = db_app.test_client()
    sign_in(client)
    client.sent = submitted(client)  # type: ignore[attr-defined]
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    # A draft plan to respond to: the account home says by when, from what it already read.
    linked = issue_code(staff, demo.CHILD_DRAFT, "Jo Parent", "parent_carer")
    assert redeem(client, linked, BORN[demo.CHILD_DRAFT]).status_code == 302
    draft = start(client)
    fill(
        client,
        draft,
        {section: pages for section, pages in ANSWERS.items() if section != "support"},
    )
    client.draft = draft  # type: ignore[attr-defined]
    return client


def family_pages(family: FlaskClient) -> Iterator[tuple[str, str]]:
    draft = f"/account/request/{family.draft}"  # type: ignore[attr-defined]
    sent = family.sent  # type: ignore[attr-defined]
    yield "public", "/privacy"
    yield "account", "/account/"
    yield "case with a plan", f"/account/cases/{demo.FINAL}"
    yield "case of a sent request", f"/account/cases/{sent}"
    yield "consent on a case", f"/account/cases/{sent}/consent"
    yield "who is asking", "/account/request/who"
    yield "task list", f"{draft}/"
    yield "consent in a request", f"{draft}/consent"
    for section in SECTIONS:
        for page in section.pages:
            yield f"question {section.slug}/{page.slug}", f"{draft}/{section.slug}/{page.slug}"
    yield "check your answers", f"{draft}/check"
    yield "your data", "/account/your-data"
    yield "link a case", "/account/link"
    yield "give your views", "/account/contributions/new"


@pytest.fixture
def staff(db_app: Flask, family: FlaskClient) -> FlaskClient:
    """A caseworker who was given the family's sent request, asked the family about it
    and wrote a note on it."""
    client = db_app.test_client()
    sign_in(client, "staff", "caseworker@council.example")
    reference = family.sent  # type: ignore[attr-defined]
    with db_app.app_context():
        me = (
            db.session()
            .scalars(select(Account.id).where(Account.email == "caseworker@council.example"))
            .one()
        )
    assert act(client, reference, "assign", {"assignee": me}).status_code == 302
    asked = {"message": "Please send the latest school report."}
    assert act(client, reference, "more_information", asked).status_code == 302
    base = f"/caseworker/requests/{reference}"
    token = hidden(client.get(base))["csrf_token"]
    note = {"text": "Rang the school.", "csrf_token": token}
    assert client.post(f"{base}/notes", data=note).status_code == 302
    client.base = base  # type: ignore[attr-defined]
    return client


def staff_pages(staff: FlaskClient) -> Iterator[tuple[str, str]]:
    base = staff.base  # type: ignore[attr-defined]
    yield "queue", "/caseworker/queue"
    yield "summary", base
    for section in ("answers", "consent", "views", "documents", "messages", "history"):
        yield section, f"{base}/{section}"
    yield "annual reviews", "/caseworker/annual-reviews"


def over_budget(
    app: Flask,
    client: FlaskClient,
    pages: Iterator[tuple[str, str]],
    budgets: Mapping[str, tuple[int, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    """Each page's (statements, connections) on its second visit, where they are not
    its budget's. A statement sent to PostgreSQL to be answered later (overlap.Sent)
    counts as one."""
    engine = app.extensions["db_engine"]
    counted = Counted()
    counting = False

    def statement(_conn, _cursor, sql: str, *_args) -> None:  # type: ignore[no-untyped-def]
        counted.statements.append(" ".join(sql.split())[:120])

    def checkout(*_args) -> None:  # type: ignore[no-untyped-def]
        counted.connections += 1

    sending = overlap.Sent.__init__

    def sent(self: overlap.Sent, engine: Any, sql: str, params: Any) -> None:
        if counting:
            counted.statements.append(f"(answered later) {sql}"[:120])
        sending(self, engine, sql, params)

    monkeypatch.setattr(overlap.Sent, "__init__", sent)
    over = {}
    seen = set()
    for name, path in pages:
        assert client.get(path).status_code == 200, path
        counted.statements.clear()
        counted.connections = 0
        event.listen(engine, "before_cursor_execute", statement)
        event.listen(engine.pool, "checkout", checkout)
        counting = True
        try:
            assert client.get(path).status_code == 200, path
        finally:
            counting = False
            event.remove(engine, "before_cursor_execute", statement)
            event.remove(engine.pool, "checkout", checkout)
        seen.add(name)
        found = (len(counted.statements), counted.connections)
        if found != budgets[name]:
            over[name] = f"{found} for {budgets[name]}:\n    " + "\n    ".join(counted.statements)
    assert seen == set(budgets)
    return over


def test_each_family_page_keeps_to_its_query_budget(
    db_app: Flask, family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    over = over_budget(db_app, family, family_pages(family), BUDGETS, monkeypatch)
    assert not over, "(statements, connections) against the budget\n" + "\n".join(
        f"{name}: {found}" for name, found in over.items()
    )


def test_each_section_of_a_request_keeps_to_its_query_budget(
    db_app: Flask, staff: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    over = over_budget(db_app, staff, staff_pages(staff), STAFF_BUDGETS, monkeypatch)
    assert not over, "(statements, connections) against the budget\n" + "\n".join(
        f"{name}: {found}" for name, found in over.items()
    )


def written_pages(db_app: Flask, staff: FlaskClient) -> Iterator[tuple[str, str]]:
    """A family's sent response to the demo child's draft plan, and another's sent views
    for the demo review, as a caseworker opens them from the lists."""
    send_response(linked_parent(db_app, db_app.test_client()), "Speech therapy must be weekly.")
    review_views_sent(db_app, db_app.test_client(), {"hopes": "To swim."})
    with db_app.app_context():
        response_id = db.session().scalars(select(DraftPlanResponse.id)).one()
    yield "a response to a draft plan", f"/caseworker/draft-plan-responses/{response_id}"
    yield "views for an annual review", f"/caseworker/annual-reviews/{demo.REVIEW}/views"


def test_what_a_family_wrote_keeps_to_its_query_budget(
    db_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    before = draft_sent_on(db_app, deadlines.council_today() - dt.timedelta(days=3))
    try:
        pages = written_pages(db_app, staff)
        over = over_budget(db_app, staff, pages, WRITTEN_BUDGETS, monkeypatch)
    finally:
        draft_sent_on(db_app, before)
    assert not over, "(statements, connections) against the budget\n" + "\n".join(
        f"{name}: {found}" for name, found in over.items()
    )
