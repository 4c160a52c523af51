"""A family's rights over their information beyond the download: which rights apply to
each item (from the catalogue's lawful basis), a request to correct, restrict, object to
a use of or erase one, acknowledged with its statutory date, delivered to the case
system once (even when it is down), and answered by staff from their queue."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import DataRightsEntry
from portal.case_api import outbox
from portal.models import AuditEvent, DataRightsRequest, MailboxMessage, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.deadlines import data_rights_due, data_rights_extended_due
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.case_system import faults
from tests.support.data_rights import BIRTH, CORRECTION, QUEUE, RIGHTS, answer, sent, text_of
from tests.support.outbox import make_due
from tests.support.own_pages import linked_to_case
from tests.support.pages import error, hidden, one, page, post
from tests.support.pages import seen as wide_text
from tests.support.requests import ANSWERS, submitted, young_person_answers


def today() -> dt.date:
    """The day the portal dates a request with: the council's, in UK time (from 23:00 UTC in
    British Summer Time it is already the next day)."""
    return deadlines.council_today()


def row_of(client: FlaskClient, item_id: str) -> str:
    link = page(client.get(RIGHTS)).select_one(f"tbody tr a[href='{RIGHTS}/{item_id}']")
    row = link.find_parent("tr") if link is not None else None
    assert row is not None, f"no row for {item_id}"
    return " ".join(row.get_text(" ", strip=True).split())


def rights_read_for(client: FlaskClient, item_id: str) -> str:
    """What an item's row says, with what its table's caption says once for every row (the
    rights all its items have, and why the others do not apply)."""
    link = page(client.get(RIGHTS)).select_one(f"tbody tr a[href='{RIGHTS}/{item_id}']")
    row = link.find_parent("tr") if link is not None else None
    table = row.find_parent("table") if row is not None else None
    caption = table.select_one("caption") if table is not None else None
    assert row is not None and caption is not None, f"no row for {item_id}"
    return " ".join(f"{caption.get_text(' ', strip=True)} {row.get_text(' ', strip=True)}".split())


def kept_by_case_system(app: Flask, request_id: str) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    reference_app = app.extensions["case_system"]
    with reference_app.extensions["case_system"]["sessions"]() as session:
        return [
            (e.kind, e.body)
            for e in session.scalars(
                select(DataRightsEntry)
                .where(DataRightsEntry.request_id == request_id)
                .order_by(DataRightsEntry.id)
            )
        ]


def outbox_kinds(app: Flask) -> list[tuple[str, str]]:
    with app.app_context():
        return sorted(
            (m.kind, m.status)
            for m in db.session().scalars(select(OutboxMessage))
            if m.kind.startswith("data_rights")
        )


def test_the_page_says_which_rights_apply_to_each_item_from_its_lawful_basis(
    reference: str, client: FlaskClient
) -> None:
    assert "Zoë" in row_of(client, "child.first_name"), "what the family told us is shown"
    first_name = rights_read_for(client, "child.first_name")
    assert "Correct it" in first_name and "Stop using it for now, but keep it" in first_name
    assert "Erase it" not in first_name
    assert "the law requires the council to keep it (UK GDPR Article 17(3)(b)" in first_name
    assert "You cannot object to this use: the law requires it" in first_name

    contact = rights_read_for(
        client, "feedback.contact_phone"
    )  # feedback contact: given only with consent
    assert "Erase it" in contact and "withdraw your consent" in contact

    satisfaction = rights_read_for(client, "feedback.satisfaction")
    assert "Stop using it for something" in satisfaction, "a public task can be objected to"
    assert "while we need it for a task the law gives the council" in satisfaction

    assert f"{RIGHTS}/data_rights.right" not in client.get(RIGHTS).get_data(as_text=True)


def test_what_the_family_never_gave_is_set_apart_from_what_they_did(
    reference: str, client: FlaskClient
) -> None:
    """A parent read a page of rows they had never given, each offering "Correct it"."""
    shown = page(client.get(RIGHTS))
    apart = shown.select_one("details")
    assert apart is not None
    assert "Information you have not given us on this service" in apart.get_text(" ")
    given = [a["href"] for a in shown.select("tbody a") if a.find_parent("details") is None]
    never = [a["href"] for a in apart.select("tbody a")]
    assert f"{RIGHTS}/child.first_name" in given and f"{RIGHTS}/child.first_name" not in never
    assert f"{RIGHTS}/views.hopes" in never, "still askable: we may hold it from others"
    assert f"{RIGHTS}/views.hopes" not in given


def test_a_young_person_is_not_offered_questions_only_a_parent_is_asked(
    app: Flask, client: FlaskClient
) -> None:
    """A young person read "What is your relationship to the child?" among their own
    information, a question nobody asked them."""
    sign_in(client, person="own.request@example.org")
    submitted(client, "young_person", young_person_answers())
    shown = client.get(RIGHTS).get_data(as_text=True)
    assert f"{RIGHTS}/child.first_name" in shown
    for asked_of_parents in ("parent.relationship", "parent.first_name"):
        assert f"{RIGHTS}/{asked_of_parents}" not in shown, asked_of_parents


def test_your_data_leads_to_the_rights_page(client: FlaskClient) -> None:
    sign_in(client)
    shown = page(client.get("/account/your-data"))
    link = shown.find("a", string="Correct, restrict or erase your information")
    assert link is not None and link["href"] == RIGHTS
    assert "You have not made any requests." in text_of(client.get("/account/your-data"))


def test_a_correction_is_acknowledged_with_its_date_one_calendar_month_on(
    app: Flask, reference: str, client: FlaskClient
) -> None:
    request_id = sent(client)
    shown = client.get(f"/account/your-data/requests/{request_id}")
    text = text_of(shown)
    due = format_date(data_rights_due(today()))
    assert "Request sent" in text
    assert re.search(r"Your reference is DR-[0-9A-F]{8}", text)
    assert f"we will answer by {due}" in text
    with app.app_context():
        row = db.session().get(DataRightsRequest, request_id)
        assert row is not None
        assert (row.right, row.item_id, row.status) == (
            "rectification",
            "child.date_of_birth",
            "received",
        )
        assert row.content == {
            "details": "The year of birth is wrong",
            "correction": "27 March 2016",
            # The family's only child: not asked, kept with the request all the same.
            "about": {"case": reference, "name": "Zoë O'Neill-Kowalska"},
        }
        assert row.due_on == data_rights_due(row.received_on)
        actions = (
            db.session()
            .scalars(select(AuditEvent.action).where(AuditEvent.object_id == request_id))
            .all()
        )
        assert "data_rights_request_sent" in actions
        emails = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "email.send"))
            .all()
        )
        to = sorted(
            m.payload["to"] for m in emails if m.payload["template"].startswith("data_rights")
        )
        assert to == ["data.protection@barnet.gov.uk", "parent@example.org"]

    your_data = text_of(client.get("/account/your-data"))
    assert (
        "Correct it: What is their date of birth? (Zoë O'Neill-Kowalska) Status Not answered yet"
        f" We will answer by {due}" in your_data
    )
    exported = client.get("/account/your-data.json").get_json()["data_rights_requests"]
    assert [(r["right"], r["item"], r["status"], r["details"]) for r in exported] == [
        ("rectification", "child.date_of_birth", "received", "The year of birth is wrong")
    ]


def test_a_family_that_chose_texts_hears_of_its_request_by_text_and_the_officer_by_email(
    app: Flask, reference: str, client: FlaskClient
) -> None:
    choice = {"channels": ["sms"], "mobile": "07700 900 123", "language": "tr"}
    assert post(client, "/account/contact-preferences", choice).status_code == 302
    sent(client)
    with app.app_context():
        queued = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.payload.is_not(None))
        )
        about_it = [m for m in queued if m.payload.get("template", "").startswith("data_rights")]
        told = sorted((m.kind, m.payload["to"]) for m in about_it)
        [text] = [m for m in about_it if m.kind == "sms.send"]
    assert told == [
        ("email.send", "data.protection@barnet.gov.uk"),
        ("sms.send", "07700900123"),
    ], "the family by text as it chose, not by email; the officer by email"
    assert "/account/your-data?lang=tr" in text.payload["body"]


def test_the_request_reaches_the_case_system_exactly_once(
    app: Flask, reference: str, client: FlaskClient
) -> None:
    request_id = sent(client)
    assert sent(client) == request_id, "pressing Send twice sends one request"
    outbox.run_once(app)
    make_due(app)
    outbox.run_once(app)
    kept = kept_by_case_system(app, request_id)
    assert [(kind, body["id"], body["right"]) for kind, body in kept] == [
        ("request", request_id, "rectification")
    ]
    body = kept[0][1]
    assert body["case_references"] == [reference], "the cases the family can see"
    assert body["due_on"] == data_rights_due(today()).isoformat()
    assert body["lawful_basis"] == ["children_and_families_act_2014"]
    assert outbox_kinds(app) == [("data_rights_request.create", "delivered")]


@pytest.mark.parametrize("fault", ["error", "drop_after_commit"])
def test_when_the_case_system_is_down_the_request_waits_and_arrives_once(
    app: Flask, reference: str, client: FlaskClient, fault: str
) -> None:
    outbox.run_once(app)  # the assessment request and its messages go first
    make_due(app)
    outbox.run_once(app)
    request_id = sent(client)
    faults(app).add(fault, times=1)
    outbox.run_once(app)
    assert outbox_kinds(app) == [("data_rights_request.create", "pending")]
    make_due(app)
    outbox.run_once(app)
    assert outbox_kinds(app) == [("data_rights_request.create", "delivered")]
    assert [body["id"] for _kind, body in kept_by_case_system(app, request_id)] == [request_id]


def test_erasure_is_not_offered_where_the_law_requires_the_council_to_keep_it(
    app: Flask, reference: str, client: FlaskClient
) -> None:
    shown = page(client.get(f"{RIGHTS}/child.first_name"))
    offered = [i["value"] for i in shown.select("input[name=right]")]
    assert offered == ["rectification", "restriction"]
    assert "the law requires the council to keep it" in shown.get_text()
    refused = post(client, f"{RIGHTS}/child.first_name", {**CORRECTION, "right": "erasure"})
    assert refused.status_code == 200
    assert error(refused) == "Select one of the things you can ask us to do"
    offered = [
        i["value"]
        for i in page(client.get(f"{RIGHTS}/feedback.contact_phone")).select("input[name=right]")
    ]
    assert offered == ["rectification", "restriction", "erasure"]
    with app.app_context():
        assert db.session().scalars(select(DataRightsRequest)).all() == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Select what you want us to do"),
        ({"right": "restriction"}, "Tell us what is wrong, or why you are asking"),
        (
            {"right": "restriction", "details": "x" * 2001},
            "What is wrong must be 2,000 characters or fewer",
        ),
        (
            {"right": "rectification", "details": "Wrong", "correction": "y" * 501},
            "What it should say must be 500 characters or fewer",
        ),
    ],
)
def test_a_wrong_or_missing_answer_gets_a_gov_uk_error(
    app: Flask,
    client: FlaskClient,
    data: dict,
    message: str,  # type: ignore[type-arg]
) -> None:
    sign_in(client)
    refused = post(client, BIRTH, data)
    assert refused.status_code == 200
    assert error(refused) == message
    shown = page(refused)
    assert shown.title is not None and shown.title.get_text(strip=True).startswith("Error:")
    with app.app_context():
        assert db.session().scalars(select(DataRightsRequest)).all() == []


@pytest.mark.parametrize("error_shown", [False, True])
def test_each_right_is_explained_in_its_own_hint_read_with_its_radio(
    client: FlaskClient, error_shown: bool
) -> None:
    """A screen reader reads each choice's explanation with the choice, not in a list
    after all of them, and is not pointed at an empty hint."""
    sign_in(client)
    path = f"{RIGHTS}/feedback.contact_phone"
    response = post(client, path, {}) if error_shown else client.get(path)
    shown = page(response)
    radios = shown.select("input[name=right]")
    assert [r["value"] for r in radios] == ["rectification", "restriction", "erasure"]
    explained = {}
    for radio in radios:
        described = str(radio.get("aria-describedby", "")).split()
        hints = [shown.find(id=name) for name in described]
        assert hints and all(hint is not None for hint in hints), radio["value"]
        explained[radio["value"]] = " ".join(h.get_text(" ", strip=True) for h in hints)  # type: ignore[union-attr]
    assert "we correct it (UK GDPR Article 16)" in explained["rectification"]
    assert "We keep it but stop using it" in explained["restriction"]
    assert "We delete it where the law allows" in explained["erasure"]
    for element in shown.select("main form [aria-describedby]"):
        for name in str(element["aria-describedby"]).split():
            target = shown.find(id=name)
            assert target is not None and target.get_text(strip=True), name
    assert not [h for h in shown.select("main .govuk-hint") if not h.get_text(strip=True)]
    assert not shown.select("main .govuk-list--bullet"), "no separate list of explanations"


def test_what_is_optional_says_so(client: FlaskClient) -> None:
    sign_in(client)
    labels = [
        label.get_text(strip=True) for label in page(client.get(BIRTH)).select("label.govuk-label")
    ]
    assert "What should it say instead? (optional)" in labels
    assert "Tell us what is wrong, or why you are asking" in labels


def test_a_post_without_the_csrf_token_is_refused(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    client.get(BIRTH)
    assert client.post(BIRTH, data=CORRECTION).status_code == 400
    with app.app_context():
        assert db.session().scalars(select(DataRightsRequest)).all() == []


def test_a_family_sees_only_its_own_requests_and_not_the_staff_queue(
    app: Flask, reference: str, client: FlaskClient
) -> None:
    request_id = sent(client)
    other = app.test_client()
    sign_in(other, person="someone.else@example.org")
    assert other.get(f"/account/your-data/requests/{request_id}").status_code == 404
    assert "DR-" not in text_of(other.get("/account/your-data"))
    assert client.get(QUEUE).status_code == 404, "a family is not told staff pages exist"
    assert client.get(f"{QUEUE}/{request_id}").status_code == 404
    with app.app_context():
        refused = (
            db.session()
            .scalars(select(AuditEvent).where(AuditEvent.action == "access_refused"))
            .all()
        )
        assert len(refused) == 2
    anonymous = app.test_client()
    assert anonymous.get(RIGHTS).status_code == 302
    assert client.get(f"{RIGHTS}/child.shoe_size").status_code == 404
    assert client.get(f"{RIGHTS}/data_rights.details").status_code == 404


def test_staff_see_the_queue_with_due_dates_and_extend_with_a_reason(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    received = today()
    queue = text_of(staff.get(QUEUE))
    # Staff read the item's name for staff, not the family's question.
    assert "Correct it" in queue and "Child's date of birth" in queue
    assert "What is their date of birth?" not in queue
    assert format_date(data_rights_due(received), "medium") in queue
    assert "Not answered yet" in queue

    path = f"{QUEUE}/{request_id}"
    shown = text_of(staff.get(path))
    assert "The year of birth is wrong" in shown and "27 March 2016" in shown
    assert "Children and Families Act 2014" in shown
    assert "Child's date of birth" in shown and "What is their date of birth?" not in shown
    assert "Waiting to send to the case system" in shown

    refused = answer(staff, path, "extend", "")
    assert refused.status_code == 200
    assert error(refused) == "Enter why you need two more months"

    extended = answer(staff, path, "extend", "We need the school's records")
    assert extended.status_code == 302
    new_due = format_date(data_rights_extended_due(received))
    family_page = text_of(client.get(f"/account/your-data/requests/{request_id}"))
    assert "Extended" in family_page and "We need the school's records" in family_page
    assert f"We will answer by {new_due}" in family_page
    assert "Extended" in text_of(client.get("/account/your-data"))

    again = answer(staff, path, "extend", "Still more")
    assert again.status_code == 409
    assert "Someone else changed this request first" in text_of(again)

    done = answer(staff, path, "done", "We corrected the date of birth")
    assert done.status_code == 302
    family_page = text_of(client.get(f"/account/your-data/requests/{request_id}"))
    assert "Answered" in family_page and "We corrected the date of birth" in family_page

    trail = text_of(staff.get(path))
    for words in (
        "Asked us to correct, restrict, stop using or erase information",
        "Looked at a request about information",
        "Took two more months to answer a request about information",
        "Answered a request about information",
    ):
        assert words in trail

    outbox.run_once(app)
    make_due(app)
    outbox.run_once(app)
    make_due(app)
    outbox.run_once(app)
    kept = kept_by_case_system(app, request_id)
    assert [(kind, body.get("status")) for kind, body in kept] == [
        ("request", None),
        ("update", "extended"),
        ("update", "done"),
    ]
    assert kept[1][1]["due_on"] == data_rights_extended_due(received).isoformat()
    with app.app_context():
        mailed = db.session().scalars(select(MailboxMessage.subject)).all()
    assert any("We need more time to answer your request DR-" in s for s in mailed)
    assert any("We have answered your request DR-" in s for s in mailed)


def test_staff_see_which_cases_and_requests_the_family_that_asked_can_see(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    """A caseworker read only "Information: What is their date of birth?" and "Who asked:
    parent@example.org", and could not tell which child's record to correct. The page
    names the cases and requests the account that asked can see: a request sent through
    the portal opens on the caseworker's request page; each with the child's name where
    the portal holds it, each showing audited against its case."""
    linked_to_case(app, client, demo.FINAL, "parent_carer")
    assert client.get(f"/account/cases/{demo.FINAL}").status_code == 200
    request_id = sent(client, data={**CORRECTION, "about": "all"})  # not one child
    path = f"{QUEUE}/{request_id}"

    shown = page(staff.get(path))
    table = shown.select_one("#their-cases + table, table#their-cases")
    assert table is not None, "the page names the family's cases"
    rows = {
        wide_text(r.select("td, th")[0]): [wide_text(c) for c in r.select("td, th")[1:]]
        for r in table.select("tbody tr")
    }
    assert rows == {
        reference: ["Zoë O'Neill-Kowalska", "Parent or carer"],
        demo.FINAL: ["Amara Okafor", "Parent or carer"],
    }
    links = [a["href"] for a in table.select("a")]
    assert links == [f"/caseworker/requests/{reference}"], "only a request the portal holds"
    assert staff.get(str(links[0])).status_code == 200
    with app.app_context():
        seen = db.session().execute(
            select(AuditEvent.actor_kind, AuditEvent.object_kind, AuditEvent.object_id).where(
                AuditEvent.action == "viewed_data_rights_cases"
            )
        )
        assert sorted(seen) == sorted([("staff", "case", demo.FINAL), ("staff", "case", reference)])
    assert "Looked at the cases a request about information could be about" in text_of(
        client.get("/account/your-data")
    ), "the family is told staff looked"

    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    assert reference in text_of(manager.get(path))
    no_role = app.test_client()
    sign_in(no_role, "staff", "no.role@council.example")  # refused at sign-in
    refused = no_role.get(path)
    assert refused.status_code in (302, 403) and "Zoë" not in refused.get_data(as_text=True)


def test_marking_done_twice_by_double_clicking_lands_on_the_first_answer(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    csrf = hidden(staff.get(path))["close-csrf_token"]
    clicks = [
        staff.post(
            f"{path}/done",
            data={"close-csrf_token": csrf, "close-reason": "We corrected the date of birth"},
        )
        for _ in range(2)
    ]
    assert [c.status_code for c in clicks] == [302, 302]
    assert clicks[1].headers["Location"] == path
    shown = text_of(staff.get(path))
    assert "Someone else changed this request first" not in shown
    assert "We corrected the date of birth" in shown
    with app.app_context():
        done = db.session().scalars(
            select(AuditEvent.action).where(
                AuditEvent.object_id == request_id, AuditEvent.action == "data_rights_done"
            )
        )
        assert len(done.all()) == 1, "answered once"
        updates = [
            m.payload
            for m in db.session().scalars(select(OutboxMessage))
            if m.kind.startswith("data_rights_update")
        ]
    assert len(updates) == 1, "the case system is told once"
    outbox.run_once(app)
    with app.app_context():
        answered = db.session().scalars(
            select(MailboxMessage.subject).where(
                MailboxMessage.subject.contains("We have answered your request")
            )
        )
        assert len(answered.all()) == 1, "the family is told once"


def test_extending_twice_by_double_clicking_extends_once_without_a_false_conflict(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    csrf = hidden(staff.get(path))["close-csrf_token"]
    for _ in range(2):
        clicked = staff.post(
            f"{path}/extend",
            data={"extend-csrf_token": csrf, "extend-reason": "We need the school's records"},
        )
        assert clicked.status_code == 302
    assert "Someone else changed this request first" not in text_of(staff.get(path))
    with app.app_context():
        extended = db.session().scalars(
            select(AuditEvent.action).where(
                AuditEvent.object_id == request_id, AuditEvent.action == "data_rights_extended"
            )
        )
        assert len(extended.all()) == 1, "extended once"


def test_marking_done_after_someone_else_did_still_says_so(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    csrf = hidden(staff.get(path))["close-csrf_token"]
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    assert answer(manager, path, "done", "Corrected on the phone").status_code == 302
    late = staff.post(
        f"{path}/done",
        data={"close-csrf_token": csrf, "close-reason": "We corrected the date of birth"},
    )
    assert late.status_code == 409
    shown = text_of(late)
    assert "Someone else changed this request first" in shown
    assert "We corrected the date of birth" in shown, "what they wrote, kept to copy"


def test_each_question_says_why_we_ask_from_the_catalogue(client: FlaskClient) -> None:
    sign_in(client)
    reasons = [
        " ".join(d.get_text(" ", strip=True).split())
        for d in page(client.get(BIRTH)).select("details.portal-why")
    ]
    assert len(reasons) == 3
    assert "the law gives us one month to answer" in reasons[0]
    assert "We do not share it outside the council. You must answer this question." in reasons[0]
    assert "This question is your choice" in reasons[2]


def test_the_staff_trail_names_who_acted_in_words_even_without_an_account(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    with app.app_context():
        session = db.session()
        for kind, actor in (("family", "an-account-no-longer-here"), ("system", None)):
            session.add(
                AuditEvent(
                    actor_kind=kind,
                    actor_id=actor,
                    action="viewed_data_rights_request",
                    object_kind="data_rights_request",
                    object_id=request_id,
                )
            )
        session.commit()
    trail = re.sub(r"\(\s*(.*?)\s*\)", r"(\1)", text_of(staff.get(f"{QUEUE}/{request_id}")))
    assert "(Family)" in trail and "(The portal, automatically)" in trail
    assert "(family)" not in trail and "(system)" not in trail


def received_days_ago(app: Flask, request_id: str, days: int) -> dt.date:
    """Move the request's arrival back; returns its first due date."""
    received = today() - dt.timedelta(days=days)
    with app.app_context():
        db.session().execute(
            update(DataRightsRequest)
            .where(DataRightsRequest.id == request_id)
            .values(
                received_at=dt.datetime.combine(received, dt.time(12), dt.UTC),
                received_on=received,
                due_on=data_rights_due(received),
            )
        )
        db.session().commit()
    return data_rights_due(received)


def test_an_overdue_request_cannot_be_extended_and_the_page_says_why(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    due = received_days_ago(app, request_id, 40)
    shown = page(staff.get(path))
    assert shown.select(f"button[formaction='{path}/extend']") == []
    words = " ".join(shown.get_text(" ", strip=True).split())
    assert "Overdue" in words and "The time to extend has passed" in words

    late = answer(staff, path, "extend", "School records")
    assert late.status_code == 200
    assert error(late).startswith("You can no longer extend this request")
    assert one(page(late), "textarea[name=extend-reason]").get_text() == "School records"
    with app.app_context():
        row = db.session().get(DataRightsRequest, request_id)
        assert row is not None and (row.status, row.due_on) == ("received", due)
        mailed = db.session().scalars(select(MailboxMessage.subject)).all()
    assert not any("We need more time" in s for s in mailed)
    assert "Overdue" in text_of(client.get(f"/account/your-data/requests/{request_id}"))


def test_a_request_can_be_extended_until_its_due_date(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    # Due today where a request received a month ago can be (not 29 to 31 March, when
    # none is: then due in a few days; tests/unit/test_deadlines.py holds the boundary).
    on_the_day = [d for d in range(28, 32) if data_rights_due(today() - dt.timedelta(d)) == today()]
    received_days_ago(app, request_id, on_the_day[0] if on_the_day else 27)
    assert page(staff.get(path)).select(f"button[formaction='{path}/extend']")
    extended = answer(staff, path, "extend", "School records")
    assert extended.status_code == 302
    assert "Extended" in text_of(client.get(f"/account/your-data/requests/{request_id}"))


# "Speech therapy in small groups is good", as a Persian parent types it: the zero-width
# non-joiner (U+200C) inside "groups" keeps the word's two parts unjoined.
ZWNJ = "\u200c"
IN_SMALL_GROUPS = (
    "\u06af\u0641\u062a\u0627\u0631\u062f\u0631\u0645\u0627\u0646\u06cc \u062f\u0631 "
    f"\u06af\u0631\u0648\u0647{ZWNJ}\u0647\u0627\u06cc \u06a9\u0648\u0686\u06a9 "
    "\u062e\u0648\u0628 \u0627\u0633\u062a"
)


def test_a_persian_correction_reaches_the_caseworker_with_its_zero_width_non_joiners(
    reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    client.get("/account/?lang=fa")
    request_id = sent(
        client,
        data={
            "right": "rectification",
            # a right-to-left override pasted in could disguise the text: it is removed
            "details": f"\u202e{IN_SMALL_GROUPS}\u202c",
            "correction": IN_SMALL_GROUPS,
        },
    )
    shown = staff.get(f"{QUEUE}/{request_id}").get_data(as_text=True)
    assert shown.count(IN_SMALL_GROUPS) >= 2, "the words as the parent wrote them"
    assert "\u202e" not in shown and "\u202c" not in shown
    assert IN_SMALL_GROUPS.replace(ZWNJ, "") not in shown


def test_an_answer_waits_behind_the_extension_it_follows(
    app: Flask, reference: str, client: FlaskClient, staff: FlaskClient
) -> None:
    """The outbox sends several messages at once, so the case system could record the
    answer before the extension it follows (the run above once did): each update waits
    behind the one before it, the first behind the request."""
    request_id = sent(client)
    path = f"{QUEUE}/{request_id}"
    assert answer(staff, path, "extend", "We need the school's records").status_code == 302
    assert answer(staff, path, "done", "We corrected the date of birth").status_code == 302
    with app.app_context():
        rows = db.session().scalars(
            select(OutboxMessage)
            .where(OutboxMessage.kind.startswith("data_rights"))
            .order_by(OutboxMessage.created_at)
        )
        waits = {m.payload.get("update", {}).get("status"): m for m in rows}
    request_key = waits[None].idempotency_key
    assert waits["extended"].after_key == request_key
    assert waits["done"].after_key == waits["extended"].idempotency_key


def test_files_are_named_as_what_was_sent_not_as_the_button_that_sent_them(
    reference: str, client: FlaskClient
) -> None:
    """A tester read rows named "Upload a file" and "Add a report" among their information:
    the question that asked for a file is an action, not the name of what we hold."""
    names = {
        "documents.file": "Files sent with the request",
        "views.file": "Drawings, photos, recordings or documents sent with views",
        "draft_plan.file": "Evidence sent with a response to a draft plan",
        "review.file": "Reports sent for an annual review",
    }
    for item_id, name in names.items():
        row = row_of(client, item_id)
        assert row.startswith(f"Information {name} "), row
    shown = text_of(client.get(RIGHTS))
    for action in ("Upload a file", "Add a report", "Add evidence", "Add a drawing"):
        assert action not in shown


def test_a_young_persons_rights_page_names_each_kind_of_information_as_your_data_does(
    client: FlaskClient,
) -> None:
    """A young person read the same answer under "Informacje o twoim bezpieczeństwie i
    ochronie" on "Your data" and "Informacje o ochronie dziecka przed krzywdzeniem" on
    the rights page: the rights page named the kinds of information as to a parent."""
    sign_in(client, person="young.person@example.org")
    submitted(client, "young_person", young_person_answers())
    yours = {
        " ".join(h.get_text(" ").split())
        for h in page(client.get("/account/your-data?lang=pl")).select("main h3")
    }
    captions = [
        " ".join(c.get_text(" ").split())
        for c in page(client.get(f"{RIGHTS}?lang=pl")).select("caption [id^=rights-given]")
    ]
    assert captions, "the rights page lists what they gave"
    assert [c for c in captions if c not in yours] == [], yours


def test_a_request_about_one_child_shows_staff_only_that_childs_records(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    """A review found that a request a parent of two said was about one child still showed
    staff the item from the other child's request under "What this service holds now"."""
    sign_in(client)
    answers = {section: dict(pages) for section, pages in ANSWERS.items()}
    first = submitted(client)
    answers["child"]["name"] = {"first_name": "Jan", "last_name": "Nowak", "preferred_name": ""}
    answers["child"]["date-of-birth"] = {"date_of_birth": ["4", "5", "2014"]}
    second = submitted(client, answers=answers)
    request_id = sent(client, data={**CORRECTION, "about": second})
    shown = page(staff.get(f"{QUEUE}/{request_id}"))
    held = one(shown, "#held-now").get_text(" ", strip=True)
    assert "4 May 2014" in held and "Jan Nowak" in held
    assert "Zoë" not in held and first not in held, held
