"""A draft EHC plan and the family's 15 days: they see it with its dates, comment on
sections, ask for a setting, a meeting and a personal budget, add evidence, come back
later and send it once; after the 15 days it is still accepted, marked late; a reminder
goes 5 days before the end to those who have not responded; caseworkers see the
responses with the 15-day and 20-week dates."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, update

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Entry, StoredDocument
from portal.case_api import outbox
from portal.draft_plans import service as draft_plans
from portal.models import DraftPlanResponse, OutboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.case_system import faults, received_on, sessions
from tests.support.draft_plans import CASE, CHECK, HUB, linked_parent, long_date, short_date
from tests.support.files import PDF
from tests.support.links import issue_code, redeem
from tests.support.outbox import make_due
from tests.support.pages import error, hidden, page, post, seen


def responses_in_case_system(app: Flask, response_id: str) -> list[dict[str, Any]]:
    with sessions(app)() as session:
        return [
            entry.body
            for entry in session.scalars(
                select(Entry).where(
                    Entry.case_reference == CASE, Entry.kind == "draft_plan_response"
                )
            )
            if entry.body["id"] == response_id
        ]


def the_response(app: Flask) -> DraftPlanResponse:
    with app.app_context():
        found = db.session().scalars(select(DraftPlanResponse)).all()
        assert len(found) == 1
        return found[0]


@pytest.fixture
def family(app: Flask, client: FlaskClient) -> FlaskClient:
    return linked_parent(app, client)


def add_evidence(client: FlaskClient, response_id: str, data: bytes, name: str):  # type: ignore[no-untyped-def]
    path = f"/account/draft-plan-responses/{response_id}/evidence"
    return client.post(
        path,
        data={
            **hidden(client.get(path)),
            "file": (io.BytesIO(data), name),
            "description": "OT report",
        },
        content_type="multipart/form-data",
    )


def test_the_case_page_shows_the_draft_with_the_day_the_15_days_end(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=2))
    respond_by = deadlines.draft_comments_close(deadlines.council_today() - dt.timedelta(days=2))
    shown = page(family.get(f"/account/cases/{CASE}"))
    box = shown.select("#draft-plan-response")[0]
    assert box is not None
    assert f"You have until {long_date(respond_by)} to comment on the draft plan" in box.get_text()
    assert box.select(f"a[href='{HUB}']")[0].get_text(strip=True) == "Respond to the draft EHC plan"
    hub = page(family.get(HUB))
    dates = hub.select(".portal-draft-dates")[0].get_text(" ", strip=True)
    assert f"Respond by {long_date(respond_by)}" in dates
    told = " ".join(hub.select("main")[0].get_text(" ", strip=True).split())
    assert "You have 15 days" not in told, "sent 2 days ago: 13 are left"
    assert f"You have until {long_date(respond_by)} to respond. That is 15 days," in told
    assert hub.select(".portal-draft-section h3")[0].get_text().startswith("A: ")
    assert len(hub.select(".portal-draft-section")) == 12


def test_a_family_comments_asks_saves_returns_and_sends_once(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    assert family.get(HUB).status_code == 200
    # A comment on section F, saved; an empty one on B removes nothing that was not there.
    saved = post(family, f"{HUB}/sections/F", {"comment": "Speech therapy must be weekly."})
    assert saved.status_code == 302 and saved.headers["Location"].endswith("#section-F")
    assert post(family, f"{HUB}/sections/B", {"comment": ""}).status_code == 302
    assert family.get(f"{HUB}/sections/Z").status_code == 404
    # A setting needs its kind; for Leo (11) a post-16 institution is not one of them.
    missing = post(family, f"{HUB}/setting", {"setting_name": "Meadow School", "setting_type": ""})
    assert error(missing) == "Select what kind of setting it is"
    kinds = [i["value"] for i in page(missing).select("input[name=setting_type]")]
    assert kinds == ["mainstream", "special", "independent", "none"]
    asked = post(
        family, f"{HUB}/setting", {"setting_name": "Meadow School", "setting_type": "special"}
    )
    assert asked.status_code == 302
    # A meeting is theirs to ask for: left blank, it is saved as not answered.
    assert post(family, f"{HUB}/meeting", {}).status_code == 302
    assert "Meeting with a council officer Not answered" in page(family.get(HUB)).get_text(
        " ", strip=True
    )
    assert post(family, f"{HUB}/meeting", {"meeting": "yes"}).status_code == 302
    assert post(family, f"{HUB}/personal-budget", {"personal_budget": "no"}).status_code == 302
    response_id = the_response(app).id
    assert add_evidence(family, response_id, PDF, "report.pdf").status_code == 302

    # They come back later (a new session, the same account): everything is there.
    again = app.test_client()
    sign_in(again, person="second.parent@example.org")
    hub = page(again.get(HUB)).get_text(" ", strip=True)
    assert "Speech therapy must be weekly." in hub
    assert "Meadow School (A special school)" in hub and "report.pdf" in hub

    # Sent twice (a double click): one message, one response in the case system.
    sending = hidden(again.get(CHECK))
    assert again.post(CHECK, data=sending).headers["Location"].endswith(f"{HUB}/sent")
    assert again.post(CHECK, data=sending).headers["Location"].endswith(f"{HUB}/sent")
    with app.app_context():
        keys = (
            db.session()
            .scalars(
                select(OutboxMessage.idempotency_key).where(
                    OutboxMessage.kind == "draft_plan_response.create"
                )
            )
            .all()
        )
    assert keys == [f"draft-plan-response-{response_id}"]
    # An answer changed after sending is not added, and the page says so.
    late_answer = again.post(f"{HUB}/meeting", data={**sending, "meeting": "no"})
    assert "this answer was not added" in page(late_answer).get_text(" ", strip=True)
    assert again.get(f"{HUB}/meeting").headers["Location"].endswith("/sent")
    outbox.run_once(app)
    outbox.run_once(app)
    [body] = responses_in_case_system(app, response_id)
    assert body["comments"] == [{"section": "F", "comment": "Speech therapy must be weekly."}]
    assert body["setting"] == {"name": "Meadow School", "type": "special"}
    assert (body["meeting"], body["personal_budget"], body["late"]) == (True, False, False)
    assert body["responder_role"] == "parent_carer"
    assert [a["filename"] for a in body["attachments"]] == ["report.pdf"]
    with sessions(app)() as session:
        stored = session.get(StoredDocument, (CASE, body["attachments"][0]["id"]))
        assert stored is not None and stored.data == PDF, "the evidence itself reached it"
    sent_page = page(again.get(f"{HUB}/sent")).get_text(" ", strip=True)
    assert "Your response has been sent" in sent_page and "late" not in sent_page
    case_page = page(again.get(f"/account/cases/{CASE}")).select("#draft-plan-response")[0]
    assert "You sent your response to the draft EHC plan on" in case_page.get_text()


def test_a_send_from_an_overview_left_open_leads_to_the_check_page(
    app: Flask, family: FlaskClient
) -> None:
    """A copy of the overview opened before it lost its send button (another tab) posts
    its old form: nothing is sent, and the family lands on the check page."""
    opened = hidden(family.get(CHECK))  # the form the overview used to carry
    pressed = family.post(HUB, data=opened)
    assert pressed.status_code == 302 and pressed.headers["Location"].endswith(CHECK)
    assert the_response(app).submitted_at is None
    assert page(family.get(HUB)).select("main form") == [], "the overview sends nothing"


def test_after_the_15_days_a_response_is_still_accepted_and_marked_late(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    issued = deadlines.council_today() - dt.timedelta(days=15)  # the last day was yesterday
    sent_on(issued)
    hub = page(family.get(HUB)).get_text(" ", strip=True)
    assert (
        f"Your 15 days to respond ended on {long_date(issued + dt.timedelta(days=14))}. "
        "You can still send your response, but we will mark it as late."
    ) in hub
    post(family, f"{HUB}/personal-budget", {"personal_budget": "yes"})
    assert family.post(CHECK, data=hidden(family.get(CHECK))).status_code == 302
    assert "we have marked it as late" in page(family.get(f"{HUB}/sent")).get_text()
    outbox.run_once(app)
    [body] = responses_in_case_system(app, the_response(app).id)
    assert body["late"] is True and body["personal_budget"] is True and body["meeting"] is None

    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert "Responses to draft EHC plans" in staff.get("/caseworker/").get_data(as_text=True)
    row = page(staff.get("/caseworker/draft-plan-responses")).select(
        ".portal-draft-responses tbody tr"
    )[0]
    cells = [seen(c) for c in row.select("td")]
    received = received_on(app, CASE)
    assert cells[0] == CASE and cells[1].endswith("Parent or carer")
    assert "Late" in cells[2]
    assert cells[3] == short_date(issued + dt.timedelta(days=14))
    assert short_date(deadlines.final_plan_due(received)) in cells[4]
    assert "A personal budget" in cells[5] and cells[6] == "Yes"


def test_the_case_system_down_while_sending_delivers_later_exactly_once(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today())
    post(family, f"{HUB}/sections/A", {"comment": "Leo loves trains, not dinosaurs."})
    faults(app).add("error", times=3)
    assert family.post(CHECK, data=hidden(family.get(CHECK))).status_code == 302, (
        "sending needs no case system"
    )
    outbox.run_once(app)
    with app.app_context():
        waiting = db.session().scalar(
            select(OutboxMessage).where(OutboxMessage.kind == "draft_plan_response.create")
        )
        assert waiting is not None and waiting.status == "pending" and waiting.attempts >= 1
    faults(app).clear()
    faults(app).add("drop_after_commit")
    make_due(app)
    outbox.run_once(app)
    make_due(app)
    outbox.run_once(app)
    assert len(responses_in_case_system(app, the_response(app).id)) == 1


def test_a_reminder_goes_5_days_before_the_end_once_and_not_after_a_response(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    issued = deadlines.council_today() - dt.timedelta(days=9)  # the last day is 5 days away
    sent_on(issued)
    runner = app.test_cli_runner()
    assert "Queued 1 reminders." in runner.invoke(args=["draft-plans", "remind"]).output
    assert "Queued 0 reminders." in runner.invoke(args=["draft-plans", "remind"]).output
    with app.app_context():
        [email] = (
            db.session()
            .scalars(
                select(OutboxMessage)
                .where(OutboxMessage.payload.is_not(None))
                .where(OutboxMessage.kind == "email.send")
            )
            .all()
        )
        body = email.payload["body"]
    assert email.payload["to"] == "second.parent@example.org"
    last_day = long_date(issued + dt.timedelta(days=14))
    assert email.payload["subject"] == f"Respond to the draft EHC plan by {last_day}"
    assert f"/account/cases/{CASE}/draft-plan" in body

    # Too early, and once they have responded, no reminder.
    sent_on(deadlines.council_today() - dt.timedelta(days=8))
    assert "Queued 0 reminders." in runner.invoke(args=["draft-plans", "remind"]).output
    sent_on(deadlines.council_today() - dt.timedelta(days=10))
    family.post(CHECK, data=hidden(family.get(CHECK)))
    assert "Queued 0 reminders." in runner.invoke(args=["draft-plans", "remind"]).output


def test_a_family_that_chose_texts_is_reminded_by_text_once(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    choice = {"channels": ["sms"], "mobile": "07700 900 123", "language": "pl"}
    assert post(family, "/account/contact-preferences", choice).status_code == 302
    sent_on(deadlines.council_today() - dt.timedelta(days=9))
    runner = app.test_cli_runner()
    assert "Queued 1 reminders." in runner.invoke(args=["draft-plans", "remind"]).output
    assert "Queued 0 reminders." in runner.invoke(args=["draft-plans", "remind"]).output
    with app.app_context():
        sent = db.session().scalars(select(OutboxMessage).where(OutboxMessage.payload.is_not(None)))
        [text] = [m for m in sent if m.kind != "draft_plan_response.create"]
    assert text.kind == "sms.send", "no email: they chose texts"
    assert text.payload["to"] == "07700900123"
    assert f"/account/cases/{CASE}/draft-plan?lang=pl" in text.payload["body"]


def told_of_drafts(app: Flask) -> str:
    return app.test_cli_runner().invoke(args=["draft-plans", "tell"]).output


def test_a_family_is_told_once_when_the_case_system_issues_a_draft(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    issued = deadlines.council_today() - dt.timedelta(days=1)
    sent_on(issued)
    assert "Told 1 families of a draft plan." in told_of_drafts(app)
    assert "Told 0 families of a draft plan." in told_of_drafts(app)
    with app.app_context():
        [email] = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "email.send")
        )
        body = email.payload["body"]
    assert email.payload["to"] == "second.parent@example.org"
    assert email.payload["subject"] == "Your draft EHC plan is ready"
    assert f"You have until {long_date(issued + dt.timedelta(days=14))}" in body
    assert f"/account/cases/{CASE}/draft-plan" in body

    # A new draft is told again; one whose 15 days are over, or answered, is not.
    sent_on(deadlines.council_today())
    assert "Told 1 families of a draft plan." in told_of_drafts(app)
    sent_on(deadlines.council_today() - dt.timedelta(days=15))
    assert "Told 0 families of a draft plan." in told_of_drafts(app)
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    family.post(CHECK, data=hidden(family.get(CHECK)))
    assert "Told 0 families of a draft plan." in told_of_drafts(app)


def test_a_family_that_chose_texts_is_told_of_the_draft_by_text(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    choice = {"channels": ["sms"], "mobile": "07700 900 123", "language": "ar"}
    assert post(family, "/account/contact-preferences", choice).status_code == 302
    sent_on(deadlines.council_today() - dt.timedelta(days=1))
    assert "Told 1 families of a draft plan." in told_of_drafts(app)
    with app.app_context():
        sent = db.session().scalars(select(OutboxMessage).where(OutboxMessage.payload.is_not(None)))
        [text] = [m for m in sent if m.kind != "draft_plan_response.create"]
    assert text.kind == "sms.send", "no email: they chose texts"
    assert f"/account/cases/{CASE}/draft-plan?lang=ar" in text.payload["body"]
    assert "Your draft EHC plan" not in text.payload["body"], "in Arabic, as they chose"


def test_one_daily_command_tells_families_everything_once(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=9))  # new to them, with 5 days left
    first = app.test_cli_runner().invoke(args=["families", "tell"]).output
    assert "Told 1 families of a draft plan." in first
    assert "Queued 0 reminders." in first, "the first message gave the last day"
    assert "Told 0 families of a review meeting." in first
    again = app.test_cli_runner().invoke(args=["families", "tell"]).output
    assert "Told 0 families of a draft plan." in again and "Queued 0 reminders." in again
    with app.app_context():
        [email] = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "email.send")
        )
    assert email.payload["subject"] == "Your draft EHC plan is ready"
    # Told days ago, when the last day was further off: now reminded.
    with app.app_context():
        db.session().execute(
            update(OutboxMessage).values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=5))
        )
        db.session().commit()
    later = app.test_cli_runner().invoke(args=["families", "tell"]).output
    assert "Queued 1 reminders." in later


def test_a_family_told_after_midnight_in_summer_on_the_reminder_day_is_not_reminded(
    app: Flask, family: FlaskClient, sent_on: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Told of the draft at half past midnight in British Summer Time on the day a reminder
    is due (still the day before in UTC, in which the portal keeps the moment): that
    message gave the last day, so no reminder says it again the same day."""
    day = dt.date(2027, 7, 1)
    monkeypatch.setattr(deadlines, "council_today", lambda: day)
    sent_on(day - dt.timedelta(days=9))
    assert draft_plans.tell_of_drafts(app, day) == 1
    with app.app_context():
        db.session().execute(
            update(OutboxMessage).values(created_at=dt.datetime(2027, 6, 30, 23, 30, tzinfo=dt.UTC))
        )
        db.session().commit()
    assert draft_plans.send_reminders(app, day) == 0, "the first message gave the last day"


def test_a_response_is_in_your_data_and_its_downloads(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    issued = deadlines.council_today() - dt.timedelta(days=3)
    sent_on(issued)
    family.get(HUB)
    post(family, f"{HUB}/sections/F", {"comment": "Speech therapy must be weekly."})
    post(family, f"{HUB}/setting", {"setting_name": "Meadow School", "setting_type": "special"})
    family.post(CHECK, data=hidden(family.get(CHECK)))
    [held] = family.get("/account/your-data.json").get_json()["draft_plan_responses"]
    assert held["case"] == CASE and held["draft_issued_on"] == issued.isoformat()
    assert held["sent_at"] and held["late"] is False
    assert held["comments"] == [
        {
            "section": "F",
            "section_label": held["comments"][0]["section_label"],
            "comment": "Speech therapy must be weekly.",
        }
    ]
    assert held["comments"][0]["section_label"].startswith("F: ")
    for path in ("/account/your-data", "/account/your-data.html"):
        text = page(family.get(path)).get_text(" ", strip=True)
        assert f"Your response to the draft EHC plan of {long_date(issued)}, sent on" in text
        assert "Speech therapy must be weekly." in text and "Meadow School" in text


def test_only_a_linked_family_with_a_draft_can_respond(app: Flask, client: FlaskClient) -> None:
    sign_in(client, person="second.parent@example.org")
    assert client.get(HUB).status_code == 404, "not linked to the case"
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    redeem(client, issue_code(staff, demo.FINAL, "Jo Okafor", "parent_carer"))
    assert client.get(f"/account/cases/{demo.FINAL}/draft-plan").status_code == 404, "final"


def test_in_arabic_the_evidence_files_are_listed_one_by_one_with_no_latin_comma(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    """Once joined with the Arabic comma; now each file is an item with the family's
    description of it beside its name."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    assert post(family, f"{HUB}/meeting", {"meeting": "yes"}).status_code == 302
    response_id = the_response(app).id
    for name in ("report.pdf", "speech.pdf"):
        assert add_evidence(family, response_id, PDF, name).status_code == 302
    answers = page(family.get(f"{HUB}?lang=ar")).select(".govuk-summary-list")[-1]
    evidence = answers.select(".govuk-summary-list__value")[-1]
    items = [" ".join(item.get_text().split()) for item in evidence.select("li")]
    assert items == ["report.pdf OT report", "speech.pdf OT report"]
    assert "," not in evidence.get_text()
    assert [name.get_text() for name in evidence.select("bdi")] == ["report.pdf", "speech.pdf"]
    assert "<" not in evidence.get_text(), "no markup shown as text"


def test_the_caseworkers_list_heads_the_last_of_the_15_days_truly_before_it_ends(
    app: Flask, family: FlaskClient, sent_on: Any
) -> None:
    issued = deadlines.council_today() - dt.timedelta(days=3)  # 11 of the 15 days to come
    sent_on(issued)
    post(family, f"{HUB}/personal-budget", {"personal_budget": "yes"})
    assert family.post(CHECK, data=hidden(family.get(CHECK))).status_code == 302
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    table = page(staff.get("/caseworker/draft-plan-responses")).select_one(
        ".portal-draft-responses"
    )
    assert table is not None
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    cells = [seen(td) for td in table.select("tbody tr")[0].select("td")]
    assert cells[3] == short_date(issued + dt.timedelta(days=14))  # a day still to come
    assert "ended" not in headings[3]
    assert headings[3] == "Last of the 15 days"
