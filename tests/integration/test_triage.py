"""Caseworkers triage requests: the queue, the request view and its actions."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from sqlalchemy import select

from forms.kit.validators import upn_check_letter
from portal.case_api import outbox
from portal.models import AssessmentRequest, AuditEvent, MailboxMessage, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS as ANSWERS
from tests.support.pages import error, hidden, one, page, post
from tests.support.requests import submitted, young_person_answers
from tests.support.staff import act, decide_not_to_assess


def stored(app: Flask, reference: str) -> AssessmentRequest:
    with app.app_context():
        return (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )


def test_the_queue_shows_due_dates_and_filters(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    queue = page(staff.get("/caseworker/queue"))
    row = queue.select("tbody tr")[0].get_text(" ")
    assert reference in row and "Zoë O'Neill-Kowalska" in row
    due = deadlines.council_today() + dt.timedelta(weeks=6)
    assert f"{due.day} {due:%b %Y}" in row and "42 days left" in row
    assert "New" in row and "Not assigned" in row
    assert reference in staff.get("/caseworker/queue?q=zoë").get_data(as_text=True)
    assert reference in staff.get(f"/caseworker/queue?q={reference.lower()}").get_data(as_text=True)
    assert reference not in staff.get("/caseworker/queue?q=nobody").get_data(as_text=True)
    assert reference not in staff.get("/caseworker/queue?tray=overdue").get_data(as_text=True)
    assert reference not in staff.get("/caseworker/queue?tray=mine").get_data(as_text=True)
    assert reference in staff.get("/caseworker/queue?tray=unassigned").get_data(as_text=True)


def test_opening_a_request_shows_everything_and_is_audited(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    address = f"/caseworker/requests/{reference}"
    sections = {
        name: page(staff.get(f"{address}{path}")).get_text(" ")
        for name, path in (
            ("answers", "/answers"),
            ("consent", "/consent"),
            ("history", "/history"),
        )
    }
    assert "Finds reading very hard." in sections["answers"]
    assert "Sharing with Barnet Family Services" in sections["consent"]
    assert "Request sent to the case system" in sections["history"]
    assert "assessment_request.create" not in sections["history"], "plain words, not kinds"
    with app.app_context():
        actions = (
            db.session()
            .scalars(select(AuditEvent.action).where(AuditEvent.object_id == reference))
            .all()
        )
    assert actions.count("viewed_request") == 3, "each section's viewing is audited"


def test_assign_accept_and_decide_each_go_to_the_case_system(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    with app.app_context():
        from portal.models import Account

        me = (
            db.session()
            .scalars(select(Account.id).where(Account.email == "caseworker@council.example"))
            .one()
        )
    assert act(staff, reference, "assign", {"assignee": me}).status_code == 302
    assert reference in staff.get("/caseworker/queue?tray=mine").get_data(as_text=True)
    assert act(staff, reference, "accept").status_code == 302
    received = stored(app, reference).submitted_at.date()
    too_early = received - dt.timedelta(days=1)
    refused = act(
        staff,
        reference,
        "decide",
        {
            "decision": "assess",
            "decided_on": [str(too_early.day), str(too_early.month), str(too_early.year)],
        },
    )
    assert refused.status_code == 200
    # A tester met the date refused with no date to go by: it names the day received.
    with app.test_request_context():
        received_on = format_date(stored(app, reference).submitted_at)
    said = f"Date of the decision must be on or after {received_on}, when the request was received"
    assert said in page(refused).get_text(" ")
    today = deadlines.council_today()
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
            "reason": "Needs met by the school's SEN support",
        },
    )
    assert decided.status_code == 302
    assert stored(app, reference).status == "decided_not_assess"
    outbox.run_once(app)
    with app.app_context():
        email = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.subject.contains("Our decision")))
            .one()
        )
        assert "First-tier Tribunal" in email.body and "mediation" in email.body
        sent = (
            db.session()
            .scalars(select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create"))
            .all()
        )
    assert [m.payload["decision"]["decision"] for m in sent] == [
        "assigned",
        "accepted",
        "not_assess",
    ]
    with app.app_context():
        errors = db.session().scalars(select(OutboxMessage.last_error)).all()
    assert app.extensions["case_api"].get_case(reference)["status"] == "not_assessing", errors


def test_a_stale_form_is_refused_and_nothing_is_overwritten(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    withdraw = f"/caseworker/requests/{reference}/actions/withdraw"
    opened = hidden(staff.get(withdraw))
    assert act(staff, reference, "accept").status_code == 302
    late = staff.post(
        withdraw,
        data={
            "withdraw-csrf_token": opened["withdraw-csrf_token"],
            "withdraw-version": opened["withdraw-version"],
            "withdraw-reason": "By phone today.",
        },
    )
    assert late.status_code == 409
    shown = page(late)
    assert "changed this request after you opened it" in shown.get_text(" ")
    assert one(shown, "title").get_text(strip=True).startswith("Error: Withdraw")
    assert shown.select("input[name=withdraw-version]")[0]["value"] == str(
        stored(app, reference).version
    ), "the form is shown again with the version as it is now"
    assert stored(app, reference).status == "accepted"


def test_what_was_typed_is_kept_when_someone_else_changed_the_request_first(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    manager = app.test_client()
    sign_in(manager, "staff", "manager@council.example")
    ask = f"/caseworker/requests/{reference}/actions/more_information"
    opened = hidden(staff.get(ask))
    assert act(manager, reference, "accept").status_code == 302
    message = "Please send the latest school report"
    late = staff.post(
        ask,
        data={
            "info-csrf_token": opened["info-csrf_token"],
            "info-version": opened["info-version"],
            "info-message": message,
        },
    )
    assert late.status_code == 409
    shown = page(late)
    assert "changed this request after you opened it" in shown.get_text(" ")
    assert "Accepted" in one(shown, ".moj-identity-bar").get_text(" ")
    assert one(shown, "textarea[name=info-message]").get_text() == message
    again = hidden(late)
    assert again["info-version"] == str(stored(app, reference).version)
    sent = staff.post(ask, data={**again, "info-message": message})
    assert sent.status_code == 302
    assert stored(app, reference).status == "more_information"


def test_illegal_moves_are_refused(app: Flask, staff: FlaskClient, reference: str) -> None:
    today = deadlines.council_today()
    decide = f"/caseworker/requests/{reference}/actions/decide"
    shown = page(staff.get(decide))
    assert shown.select("form input[name=decide-version]") == [], "no decision before accepting"
    said = " ".join(shown.get_text(" ").split())
    assert "You cannot record a decision on this request while its status is New" in said
    fields = hidden(staff.get(f"/caseworker/requests/{reference}/actions/withdraw"))
    response = staff.post(
        decide,
        data={
            "decide-csrf_token": fields["withdraw-csrf_token"],
            "decide-version": fields["withdraw-version"],
            "decide-decision": "assess",
            "decide-decided_on": [str(today.day), str(today.month), str(today.year)],
        },
    )
    assert response.status_code == 409, "a decision needs the request accepted first"
    assert stored(app, reference).status == "received"
    assert act(staff, reference, "withdraw").status_code == 302
    menu = page(staff.get(f"/caseworker/requests/{reference}")).select(".moj-button-menu a")
    assert not [a for a in menu if str(a["href"]).endswith("/accept")], "no way to accept it"
    forged = staff.post(
        f"/caseworker/requests/{reference}/actions/accept",
        data={
            "accept-csrf_token": fields["withdraw-csrf_token"],
            "accept-version": str(stored(app, reference).version),
        },
    )
    assert forged.status_code == 409
    assert stored(app, reference).status == "withdrawn"


def test_asking_the_family_for_more_and_their_reply(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    asked = act(
        staff, reference, "more_information", {"message": "Please send the latest school report."}
    )
    assert asked.status_code == 302
    outbox.run_once(app)
    with app.app_context():
        email = (
            db.session()
            .scalars(
                select(MailboxMessage).where(MailboxMessage.subject.contains("more information"))
            )
            .one()
        )
        assert email.to == "anna@example.org"
    account = page(client.get("/account/")).get_text(" ")
    assert "We need more information from you" in account
    messages = f"/account/requests/{reference}/messages"
    assert "Please send the latest school report." in page(client.get(messages)).get_text(" ")
    assert post(client, messages, {"message": ""}).status_code == 200
    assert post(client, messages, {"message": "Sent by post on Monday."}).status_code == 302
    assert stored(app, reference).status == "received"
    assert "Sent by post on Monday." in page(
        staff.get(f"/caseworker/requests/{reference}/messages")
    ).get_text(" ")
    history = page(staff.get(f"/caseworker/requests/{reference}/history")).get_text(" ")
    assert "Information asked of the family" in history
    assert "The family replied" in history
    # A caseworker saw the replied request marked "New", like one nobody had touched.
    queue = page(staff.get("/caseworker/queue?tray=all"))
    rows = [tr.get_text(" ") for tr in queue.select("tbody tr") if reference in tr.get_text()]
    assert len(rows) == 1
    row = rows[0]
    assert "Family replied" in row and "New" not in row
    bar = page(staff.get(f"/caseworker/requests/{reference}")).get_text(" ")
    assert "Family replied" in bar


def test_the_case_page_leads_to_the_councils_message_and_back_to_it_after_replying(
    client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    """A parent asked for more information found no word of it on their case's page, and
    after replying no way back to the conversation at all."""
    case = f"/account/cases/{reference}"
    messages = f"/account/requests/{reference}/messages"
    assert page(client.get(case)).find("a", href=messages) is None, "nothing said yet"
    asked = act(staff, reference, "more_information", {"message": "Please send the report."})
    assert asked.status_code == 302
    link = page(client.get(case)).find("a", href=messages)
    assert link is not None
    assert "We need more information from you" in link.get_text()
    assert post(client, messages, {"message": "Sent by post."}).status_code == 302
    link = page(client.get(case)).find("a", href=messages)
    assert link is not None
    assert "See your messages about this request" in link.get_text()


def test_a_persian_message_says_who_and_when_with_the_persian_comma(
    client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    act(staff, reference, "more_information", {"message": "Please send the school report."})
    client.get("/account/?lang=fa")
    shown = page(client.get(f"/account/requests/{reference}/messages"))
    line = shown.select_one(".govuk-inset-text p.govuk-body-s")
    assert line is not None
    said = line.get_text(" ", strip=True)
    assert "،" in said and "," not in said, said


def test_an_exception_moves_the_due_date(app: Flask, staff: FlaskClient, reference: str) -> None:
    before = stored(app, reference).decision_due
    short = act(
        staff, reference, "exception", {"kind": "family_away", "days": "10", "reason": "Abroad"}
    )
    assert short.status_code == 200
    assert "4 weeks (28 days) or more" in page(short).get_text(" ")
    moved = act(
        staff,
        reference,
        "exception",
        {"kind": "family_away", "days": "30", "reason": "Abroad until March"},
    )
    assert moved.status_code == 302
    assert stored(app, reference).decision_due == before + dt.timedelta(days=30)


def test_the_family_is_told_when_an_exception_moves_the_date(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    """A tester recorded a time limit exception and found nothing in the family's mailbox:
    the date the council must decide by had moved, and the family was not told why or to
    when."""
    fields = {"kind": "family_away", "days": "30", "reason": "Abroad until March"}
    assert act(staff, reference, "exception", fields).status_code == 302
    outbox.run_once(app)
    with app.app_context(), app.test_request_context():
        due = format_date(stored(app, reference).decision_due)
        email = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.subject.contains("more time")))
            .one()
        )
        assert email.to == "anna@example.org"
    body = " ".join(email.body.split())
    assert f"We will now decide by {due}." in body, body
    assert AWAY in body, "why, as the law allows it"
    assert "Abroad until March" not in body, "the caseworker's details stay with the council"


def test_a_young_person_is_told_of_an_exception_in_their_own_words(
    app: Flask, staff: FlaskClient
) -> None:
    """On their own request, the law's reason names them, not "the child"."""
    young = app.test_client()
    sign_in(young, person="exception.young@example.org")
    reference = submitted(young, "young_person", young_person_answers())
    fields = {"kind": "family_away", "days": "30", "reason": "Travelling"}
    assert act(staff, reference, "exception", fields).status_code == 302
    outbox.run_once(app)
    with app.app_context():
        email = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.subject.contains("more time")))
            .one()
        )
    assert "You are away from the area for 4 weeks or more" in email.body, email.body
    assert "child" not in email.body.lower(), email.body


AWAY = "The child, young person or their parent is away from the area for 4 weeks or more"


def test_an_exception_is_shown_with_its_kind_in_the_page_language(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    """Once recorded, a time limit exception's kind (chosen from a fixed list) is read in
    the Summary and the History, in the caseworker's language; their details as written."""
    moved = act(
        staff,
        reference,
        "exception",
        {"kind": "family_away", "days": "30", "reason": "Abroad until March"},
    )
    assert moved.status_code == 302
    for language in ("en", "ro", "ar"):
        staff.get(f"/caseworker/?lang={language}")
        with app.test_request_context(), force_locale(language):
            kind = gettext(AWAY)
        assert language == "en" or kind != AWAY, f"the kind has a {language} translation"
        for section in ("", "/history"):
            shown = page(staff.get(f"/caseworker/requests/{reference}{section}"))
            text = " ".join(shown.get_text(" ").split())
            assert kind in text, f"the exception's kind in {section or 'the Summary'}"
            assert language == "en" or AWAY not in text, f"in English in {language}"
            details = next(s for s in shown.find_all(string=True) if "Abroad until" in s)
            assert details.strip() == "Abroad until March"
            assert details.find_parent(attrs={"dir": "auto"}) is not None


def test_days_that_are_not_a_whole_number_get_a_gov_uk_message(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    before = stored(app, reference).decision_due
    for typed in ("abc", "2.5"):
        refused = act(
            staff, reference, "exception", {"kind": "family_away", "days": typed, "reason": "Away"}
        )
        assert refused.status_code == 200
        shown = page(refused)
        assert error(refused) == "Number of days must be a whole number"
        assert (
            one(shown, ".govuk-error-message")
            .get_text(" ", strip=True)
            .endswith("Number of days must be a whole number")
        )
        assert "Not a valid" not in shown.get_text(" ")
        assert len(shown.select(".govuk-error-summary li")) == 1, "one message, not three"
    assert stored(app, reference).decision_due == before


def test_a_duplicate_must_name_another_request(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    refused = act(staff, reference, "duplicate", {"of_reference": reference})
    assert refused.status_code == 200
    assert "Enter the reference of another request" in page(refused).get_text(" ")
    unknown = act(staff, reference, "duplicate", {"of_reference": "BNT-0000-000000"})
    assert unknown.status_code == 200
    assert error(unknown) == "There is no request with that reference"
    assert "There is no request with that reference" in one(
        page(unknown), ".govuk-error-message"
    ).get_text(" ")
    assert stored(app, reference).status == "received"


def test_a_recorded_decision_is_final(app: Flask, staff: FlaskClient, reference: str) -> None:
    address = f"/caseworker/requests/{reference}"
    decide = f"{address}/actions/decide"
    decide_not_to_assess(staff, reference, note="Needs met by the school's SEN support")
    menu = page(staff.get(address)).select(".moj-button-menu a")
    assert not [a for a in menu if str(a["href"]).endswith("/decide")], "no second decision"
    shown = page(staff.get(decide))
    assert shown.select("form input[name=decide-version]") == [], "no form for a second one"
    assert (
        "You cannot record a decision on this request while its status is Decided: not to assess"
        in " ".join(shown.get_text(" ").split())
    )
    csrf = next(v for k, v in hidden(staff.get(address)).items() if k.endswith("csrf_token"))
    today = deadlines.council_today()
    forged = staff.post(
        decide,
        data={
            "decide-csrf_token": csrf,
            "csrf_token": csrf,
            "decide-version": str(stored(app, reference).version),
            "decide-decision": "assess",
            "decide-decided_on": [str(today.day), str(today.month), str(today.year)],
        },
    )
    assert forged.status_code == 409
    refused = " ".join(one(page(forged), ".govuk-error-summary").get_text(" ").split())
    assert (
        "You cannot record a decision on this request while its status is Decided: not to assess"
        in refused
    )
    assert stored(app, reference).status == "decided_not_assess"
    outbox.run_once(app)
    with app.app_context():
        emails = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.subject.contains("Our decision")))
            .all()
        )
        sent = [
            m.payload["decision"]["decision"]
            for m in db.session().scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create")
            )
        ]
    assert len(emails) == 1, "the family is told one decision"
    assert sent.count("assess") == 0 and sent.count("not_assess") == 1


def test_families_cannot_reach_staff_pages(client: FlaskClient, reference: str) -> None:
    request = f"/caseworker/requests/{reference}"
    sections = ("", "/answers", "/consent", "/views", "/documents", "/messages", "/history")
    for path in ("/caseworker/queue", *(request + s for s in sections)):
        assert client.get(path).status_code == 404, path
    assert client.get(f"{request}/actions/accept").status_code == 404
    for path in (f"{request}/actions/accept", f"{request}/notes"):
        assert client.post(path, data={"text": "x"}).status_code in (400, 404), path


def test_possible_duplicates_among_requests_and_in_the_case_system(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    answers = stored(app, reference).answers
    paper = f"BNT-2024-{random.randrange(100000, 999999)}"
    app.extensions["case_api"].create_assessment_request(
        {
            "reference": paper,
            # Today: the embedded case system outlives a test and holds other cases for
            # this child, and a search returns the 20 newest.
            "submitted_at": dt.datetime.now(dt.UTC).isoformat(),
            "requester_role": "parent_carer",
            "language": "en",
            "answers": {
                "child.first_name": answers["child.first_name"].upper(),
                "child.last_name": answers["child.last_name"],
                "child.date_of_birth": answers["child.date_of_birth"],
            },
            "documents": [],
        },
        f"paper-{paper}",
    )
    again = submitted(client)
    shown = page(staff.get(f"/caseworker/requests/{again}")).get_text(" ")
    assert "Possible duplicates" in shown and reference in shown
    assert "The case system holds cases that may be for the same child" in shown
    assert paper in shown, "a request that did not come through the portal is found too"
    # A case-system reference is not a request here: the warning says so, and "Mark as a
    # duplicate" (which takes only a request's reference) says what it takes, so neither
    # leads a caseworker to enter one and be told "There is no request with that reference".
    warning = " ".join(shown.split())
    assert "not requests in this portal" in warning
    assert "marked as a duplicate only of another request in this portal" in warning
    duplicate = page(staff.get(f"/caseworker/requests/{again}/actions/duplicate"))
    hint = duplicate.select_one("#duplicate-of_reference-hint")
    assert hint is not None, "the reference asked for is explained"
    assert "another request in this portal" in hint.get_text(" ")


def test_a_decision_to_assess_stores_and_sends_no_reasons_not_to(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    """Reasons ticked or typed for not assessing, then hidden when the caseworker chose to
    assess, are neither kept nor sent to the case system nor told to the family."""
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "assess",
            "decided_on": [str(today.day), str(today.month), str(today.year)],
            "standard_reasons": ["progress_with_support"],
            "reason": "Doing well at Oak Primary.",
        },
    )
    assert decided.status_code == 302
    assert (stored(app, reference).status, stored(app, reference).decision) == (
        "decided_assess",
        None,
    )
    outbox.run_once(app)
    with app.app_context():
        sent = [
            m.payload["decision"]
            for m in db.session().scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create")
            )
        ]
        email = (
            db.session()
            .scalars(select(MailboxMessage).where(MailboxMessage.subject.contains("Our decision")))
            .one()
        )
    assert sent[-1]["decision"] == "assess" and sent[-1]["reason"] is None, sent[-1]
    assert "Oak Primary" not in email.body and "good progress" not in email.body


def _letters() -> str:
    return "".join(random.choices("abcdefghijklmnopqrstuvwxyz", k=8))


def _child(answers: dict[str, Any], **pages: dict[str, str]) -> dict[str, Any]:
    return {**answers, "child": {**answers["child"], **pages}}


def test_possible_duplicates_by_unique_pupil_number(
    client: FlaskClient, staff: FlaskClient
) -> None:
    """Two requests naming the same pupil number are flagged whatever their names; a
    request without one is not matched with the others that lack one."""
    sign_in(client)
    body = f"8012{random.randrange(10**7, 10**8)}"
    numbered = _child(ANSWERS, upn={"upn": upn_check_letter(body) + body})
    first = submitted(client, answers=numbered)
    other = {"first_name": "Sam", "last_name": "Okafor-" + _letters()}
    second = submitted(client, answers=_child(numbered, name=other))
    shown = page(staff.get(f"/caseworker/requests/{second}")).get_text(" ")
    assert "Possible duplicates" in shown and first in shown
    alone = {"first_name": "Noor", "last_name": "Aziz-" + _letters()}
    unnumbered = submitted(client, answers=_child(ANSWERS, name=alone))
    shown = page(staff.get(f"/caseworker/requests/{unnumbered}")).get_text(" ")
    assert "Possible duplicates" not in shown
