"""`make run`'s example requests: a caseworker trying the portal finds each tray of the
queue with requests in it, and every part of a request's workspace to open. On each
database, since the trays are the database's counting."""

from __future__ import annotations

import datetime as dt

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, update

from devtools import demo, demo_requests, server
from devtools.identity import PEOPLE
from devtools.reference_case_system import demo as case_system_demo
from portal.auth.providers import FAMILIES, STAFF, providers
from portal.case_api import outbox
from portal.models import (
    Account,
    AssessmentRequest,
    AuditEvent,
    ConsentEvent,
    Contribution,
    Document,
    OutboxMessage,
)
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.pages import page, seen
from tests.support.queue import trays

# The codes the answers, consent and history are stored with, never shown as they are.
CODES = (
    *("parent_carer", "young_person", "family_services", "nhs_trusts", "sensory_physical"),
    *("request_submitted", "more_information", "decided_assess", "consent_", "views_sent"),
)


def _stored(app: Flask) -> dict[str, int]:
    with app.app_context():
        return {
            model.__name__: db.session().scalar(select(func.count()).select_from(model)) or 0
            for model in (AssessmentRequest, ConsentEvent, Contribution, Document, OutboxMessage)
        } | {"AuditEvent": _audited(app)}


def _audited(app: Flask) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(AuditEvent)) or 0


def _words(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.request.path
    main = page(response).select_one("main")
    assert main is not None
    return main.get_text(" ", strip=True)


def _names(tray_page) -> list[str]:  # type: ignore[no-untyped-def]
    return [seen(cell) for cell in tray_page.select("tbody td:nth-of-type(3)")]


def test_the_caseworker_queue_has_an_example_request_in_every_tray(db_app: Flask) -> None:
    demo_requests.seed(db_app)
    once = _stored(db_app)
    demo_requests.seed(db_app)
    assert _stored(db_app) == once, "seeding again adds nothing"
    assert once["AssessmentRequest"] == 8
    assert once["ConsentEvent"] > 0 and once["Contribution"] == 1 and once["Document"] == 3

    for _round in range(10):  # each round sends what waited for the last one's
        if not outbox.run_once(db_app):
            break
    with db_app.app_context():
        statuses = db.session().scalars(select(OutboxMessage.status)).all()
    assert set(statuses) == {"delivered"}, "the case system took every request and step"

    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    queue = page(staff.get("/caseworker/queue"))
    counted = trays(queue)
    assert {label: count for label, (count, _url, _now) in counted.items()} == {
        "All open": 7,
        "Assigned to me": 1,
        "Not assigned": 6,
        "Due this week": 1,
        "Overdue": 1,
        "Waiting for the family": 1,
        "Family replied": 1,
        "Decided": 1,
        "All requests": 8,
    }
    expected = {
        "Assigned to me": ["Ben Example"],
        "Not assigned": [
            "Cleo Example",
            "Eli Example",
            "Dev Example",
            "Gus Example",
            "Jordan Hale",
            "Ada Example",
        ],
        "Due this week": ["Eli Example"],
        "Overdue": ["Cleo Example"],
        "Waiting for the family": ["Dev Example"],
        "Family replied": ["Gus Example"],
        "Decided": ["Fern Example"],
    }
    for label, names in expected.items():
        assert _names(page(staff.get(counted[label][1]))) == names, label
    overdue = page(staff.get(counted["Overdue"][1])).select_one("tbody tr .moj-badge--red")
    assert overdue is not None and overdue.get_text(strip=True) == "7 days overdue"


def test_the_example_family_reply_brings_the_report_it_speaks_of(app: Flask) -> None:
    """A tester read Gus's family's reply, "Here is the report from his school", and found
    no file to open on the request's Documents tab."""
    demo_requests.seed(app)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    with app.app_context():
        reference = db.session().scalar(
            select(AssessmentRequest.reference).where(AssessmentRequest.child_name == "Gus Example")
        )
    assert "report" in demo_requests.REPLIED
    documents = page(staff.get(f"/caseworker/requests/{reference}/documents"))
    assert "Gus school report.pdf" in documents.get_text(" ", strip=True)


def test_an_example_request_opens_in_every_part_of_the_workspace(db_app: Flask) -> None:
    demo_requests.seed(db_app)
    staff = db_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    with db_app.app_context():
        reference = db.session().scalar(
            select(AssessmentRequest.reference).where(AssessmentRequest.child_name == "Ada Example")
        )
    summary = page(staff.get(f"/caseworker/requests/{reference}"))
    parts = {
        link.get_text(strip=True): str(link["href"])
        for link in summary.select("nav.moj-sub-navigation a")
    }
    assert list(parts) == [
        "Summary",
        "Answers",
        "Consent",
        "Views",
        "Documents",
        "Messages",
        "History",
    ]
    shown = {}
    for name, address in parts.items():
        shown[name] = _words(staff.get(address))
    for name, words in shown.items():
        assert not [code for code in CODES if code in words], (name, words)
    assert "Ear defenders in busy lessons" in shown["Views"]
    assert "Mum (Priya Example)" in shown["Views"]
    assert "Ada support plan.pdf" in shown["Documents"]
    assert "Sensory or physical" in shown["Answers"]
    assert "Ada Example" in summary.get_text(" "), "the identity bar names the child"


def test_the_family_asked_for_more_information_can_sign_in_and_read_the_question(
    app: Flask, client: FlaskClient
) -> None:
    demo_requests.seed(app)
    sign_in(client, "families", demo_requests.WAITING_FAMILY)
    with app.app_context():
        reference = db.session().scalar(
            select(AssessmentRequest.reference).where(AssessmentRequest.child_name == "Dev Example")
        )
    assert reference is not None and reference in _words(client.get("/account/"))
    assert "the school's latest support plan for Dev" in _words(
        client.get(f"/account/requests/{reference}/messages")
    )


def test_the_demo_young_person_has_a_sent_request_of_their_own(app: Flask) -> None:
    """Signed in as the example young person, they find the request they sent for
    themselves; a caseworker reads its answers as about the young person, not a parent."""
    demo.seed(app)
    demo_requests.seed(app)
    demo_requests.seed(app)
    with app.app_context():
        own = (
            db.session()
            .execute(
                select(AssessmentRequest.reference, AssessmentRequest.requester_role)
                .join(Account, Account.id == AssessmentRequest.account_id)
                .where(Account.subject == PEOPLE["young_person"])
            )
            .all()
        )
    assert [role for _reference, role in own] == ["young_person"], "one request, their own"
    reference = own[0][0]
    outbox.run_once(app)

    young_person = app.test_client()
    sign_in(young_person, "families", PEOPLE["young_person"])
    assert reference in _words(young_person.get("/account/"))
    assert "Request received" in _words(young_person.get(f"/account/cases/{reference}"))

    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    queue = page(staff.get("/caseworker/queue"))
    assert "Jordan Hale" in _names(page(staff.get(trays(queue)["Not assigned"][1])))
    answers = page(staff.get(f"/caseworker/requests/{reference}/answers"))
    headings = [h.get_text(" ", strip=True) for h in answers.select("#main-content h2")]
    assert headings, "the answers are shown in groups"
    assert "The young person's contact details" in headings, headings
    assert not any("parent" in h.lower() for h in headings), headings
    email = next(
        dd for dd in answers.select("#main-content dd") if "jordan.hale@example.org" in dd.text
    )
    over = email.find_previous("h2")
    assert (
        over is not None and over.get_text(" ", strip=True) == "The young person's contact details"
    )


def test_a_demo_young_person_has_an_annual_review_of_their_own(app: Flask) -> None:
    """Signed in as the example young person whose own plan is coming up for its annual
    review, they find the case, its review's date and meeting, and the questions before
    it asked of them, not of a parent."""
    demo.seed(app)
    demo.seed(app)
    person = app.test_client()
    sign_in(person, "families", PEOPLE["young_student"])
    reference = case_system_demo.OWN_REVIEW
    assert reference in _words(person.get("/account/"))
    case = _words(person.get(f"/account/cases/{reference}"))
    due = deadlines.council_today() + dt.timedelta(weeks=case_system_demo.OWN_REVIEW_DUE_WEEKS)
    assert f"The next annual review is due by {due.day} {due:%B} {due.year}" in case
    assert "The annual review: your views, the meeting and the decision" in case
    hub = _words(person.get(f"/account/cases/{reference}/annual-review"))
    meeting = case_system_demo.review_meeting_on()
    assert f"{meeting.day} {meeting:%B} {meeting.year}" in hub
    assert "Give your views" in hub
    questions = _words(person.get(f"/account/cases/{reference}/annual-review/views"))
    assert "What is going well for me?" in questions
    assert "What is working well?" not in questions


def _on_the_account_home(app: Flask, person: str) -> set[str]:
    family = app.test_client()
    sign_in(family, "families", person)
    home = page(family.get("/account/"))
    links = [str(link["href"]) for link in home.select("main a[href^='/account/cases/']")]
    return {href.rsplit("/", 1)[-1] for href in links if href.count("/") == 3}


def test_each_example_person_keeps_their_cases_and_requests_after_a_port_change(
    app: Flask,
) -> None:
    """A tester signed in as young.person@example.org to a `make run` whose database an
    earlier start on another port had seeded, and found only a draft plan: not the request
    the greeting says they sent, which stayed with the account of the earlier port's
    sign-in (its issuer is its address). Every example person the greeting names, and each
    example request's family, finds after the change what they found before it."""
    people = [PEOPLE[name] for name in ("parent", "young_person", "second_parent")]
    people += [PEOPLE["young_adult"], PEOPLE["young_student"]]
    people += [example.family for example in demo_requests.EXAMPLES]
    server.seed(app)
    before = {person: _on_the_account_home(app, person) for person in people}
    assert all(before.values()), before
    with app.app_context():
        for provider, earlier in (
            (FAMILIES, "http://127.0.0.1:5102"),
            (STAFF, "http://127.0.0.1:5103"),
        ):
            now = providers(app)[provider].issuer
            db.session().execute(
                update(Account).where(Account.issuer == now).values(issuer=earlier)
            )
        db.session().commit()
    server.seed(app)
    assert {person: _on_the_account_home(app, person) for person in people} == before
    with app.app_context():
        counted = select(func.count()).select_from(Account).where(Account.subject.in_(people))
        assert db.session().scalar(counted) == len(set(people)), "no second account"
