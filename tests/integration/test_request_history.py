"""A request's History tells a caseworker what each time limit exception and decision was."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale, gettext
from sqlalchemy import update

from portal.case_api import outbox
from portal.case_api.messages import Kind
from portal.models import OutboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.files import PDF
from tests.support.pages import page, post
from tests.support.queue import account
from tests.support.requests import (
    fill,
    give_consent,
    start,
    submitted,
    upload,
    young_person_answers,
)
from tests.support.staff import act, decide, decide_not_to_assess


def day(value: dt.date) -> str:
    """A day as staff lists write it in English: "4 Dec 2026"."""
    return f"{value.day} {value:%b %Y}"


def entries(staff: FlaskClient, reference: str) -> list[str]:
    shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
    return [" ".join(item.get_text(" ").split()) for item in shown.select(".moj-timeline__item")]


def test_each_exception_says_its_days_and_the_due_date_it_gave_and_the_decision_its_date(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    """A tester saw "Time limit exception recorded … Family abroad" without how many days
    nor the new due date, and a decision with only when it was recorded."""
    today = deadlines.council_today()
    due = today + deadlines.DECIDE_WHETHER_TO_ASSESS
    for days, why in (("30", "Abroad until March"), ("35", "Still abroad")):
        fields = {"kind": "family_away", "days": days, "reason": why}
        assert act(staff, reference, "exception", fields).status_code == 302
    assert act(staff, reference, "accept").status_code == 302
    decided_on = today  # not before the request, sent today
    decision_fields: dict[str, str | list[str]] = {
        "decision": "assess",
        "decided_on": [str(decided_on.day), str(decided_on.month), str(decided_on.year)],
    }
    assert act(staff, reference, "decide", decision_fields).status_code == 302
    shown = entries(staff, reference)
    first = next(e for e in shown if "Abroad until March" in e)
    second = next(e for e in shown if "Still abroad" in e)
    assert "30 days" in first and f"Decision due by {day(due + dt.timedelta(days=30))}" in first
    assert "35 days" in second
    assert f"Decision due by {day(due + dt.timedelta(days=65))}" in second
    decision = next(e for e in shown if "Decision: assess" in e)
    assert f"Decided on {day(decided_on)}" in decision


def test_a_file_sent_names_the_file_and_who_sent_it(app: Flask, client: FlaskClient) -> None:
    """A tester read two bare "File sent" lines in a request's History, where every other
    line says who did it and what."""
    sign_in(client)
    draft = start(client)
    fill(client, draft)
    assert upload(client, draft, PDF, "school-report.pdf", "Latest report").status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    reference = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert reference is not None
    outbox.run_once(app)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    files = [e for e in entries(staff, reference.get_text(strip=True)) if "File sent" in e]
    assert len(files) == 1, files
    assert "school-report.pdf" in files[0] and "by the family" in files[0], files[0]


def test_who_has_seen_or_changed_it_names_the_caseworker_each_assignment_gave_it_to(
    app: Flask, staff: FlaskClient, reference: str
) -> None:
    """A tester read "Gave the request to a caseworker" in the trail, without to whom."""
    colleague = account(app, "staff", "colleague@council.example")
    me = account(app, "staff", "caseworker@council.example")
    assert act(staff, reference, "assign", {"assignee": colleague}).status_code == 302
    assert act(staff, reference, "assign", {"assignee": me}).status_code == 302
    shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
    trail = [" ".join(li.get_text().split()) for li in shown.select("#trail li")]
    given = [line for line in trail if "Gave the request to" in line]
    assert len(given) == 2, trail
    assert "Gave the request to Sam Caseworker (Sam Caseworker)" in given[0], given
    assert "Gave the request to colleague@council.example (Sam Caseworker)" in given[1], given


def said_in(staff: FlaskClient, reference: str, typed: str) -> str | None:
    """The language the History marks the paragraph of text `typed` with, if any."""
    shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
    found = [p for p in shown.select(".moj-timeline__description p") if p.get_text() == typed]
    assert len(found) == 1, typed
    language = found[0].get("lang")
    return str(language) if language is not None else None


def test_a_caseworkers_words_are_marked_with_the_language_they_said_they_wrote_in(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    """A screen reader read a caseworker's Polish reasons for not assessing in the page's
    English voice. Words whose language nobody said (a time limit exception's details)
    are left in the page's language rather than given one."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "pl"
    sign_in(client)
    reference = submitted(client)
    away = "Rodzina za granicą"
    fields = {"kind": "family_away", "days": "30", "reason": away}
    assert act(staff, reference, "exception", fields).status_code == 302
    note = "Szkoła zapewnia wsparcie, którego potrzebuje."
    decide_not_to_assess(staff, reference, ["needs_met_by_setting"], note, written_in="pl")
    assert said_in(staff, reference, note) == "pl"
    assert said_in(staff, reference, away) is None


def test_the_people_a_young_person_named_are_marked_with_the_language_they_wrote_in(
    client: FlaskClient, staff: FlaskClient
) -> None:
    """Who a young person writing in Polish asked us not to share with, in the History,
    was read in the page's English voice."""
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "pl"
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    named = "Mój wujek Bartłomiej"
    give_consent(client, f"/account/request/{draft}/consent", exclusions=named)
    sent = post(client, f"/account/request/{draft}/check", {})
    shown = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert shown is not None
    assert said_in(staff, shown.get_text(strip=True), named) == "pl"


def test_each_email_and_text_the_family_was_sent_is_an_entry_with_how_it_went(
    app: Flask, client: FlaskClient, staff: FlaskClient, reference: str
) -> None:
    """A tester recorded a decision, read "The family will get an email or text message"
    on the check page, then found nothing in the History saying they were told, how or
    when."""
    chosen = {"channels": ["email", "sms"], "mobile": "07700 900 123", "language": "en"}
    assert post(client, "/account/contact-preferences", chosen).status_code == 302
    decide(staff, reference, "assess")
    shown = entries(staff, reference)
    by_email = [e for e in shown if "Family told of the decision by email" in e]
    by_text = [e for e in shown if "Family told of the decision by text message" in e]
    received = [e for e in shown if "Family told by email that their request was received" in e]
    assert len(by_email) == len(by_text) == len(received) == 1, shown
    assert "Waiting to send to the family" in by_email[0], by_email
    outbox.run_once(app)
    with app.app_context():
        db.session().execute(
            update(OutboxMessage)
            .where(OutboxMessage.kind == Kind.SMS)
            .values(status="dead", attempts=5)
        )
        db.session().commit()
    shown = entries(staff, reference)
    by_email = [e for e in shown if "Family told of the decision by email" in e]
    by_text = [e for e in shown if "Family told of the decision by text message" in e]
    assert "Sent to the family" in by_email[0] and "Waiting" not in by_email[0], by_email
    assert "Not sent to the family 5 tries" in by_text[0], by_text
    assert shown.index(by_email[0]) < shown.index(next(e for e in shown if "Decision: assess" in e))


# A young person's own request, in the History: (told it was received, the council asked
# for information and how that went, the file they sent, who acted in the trail), then
# who the page never names.
ABOUT_THE_YOUNG_PERSON = {
    "en": (
        "Young person told by email that their request was received",
        "Young person told by email that the council asked for information",
        "Information asked of the young person",
        "Sent to the young person",
        "by the young person",
        "(Young person)",
        "family",
    ),
    "fa": (
        "با ایمیل به جوان اطلاع داده شد که درخواستش دریافت شده است",
        "با ایمیل به جوان اطلاع داده شد که شورا اطلاعات خواسته است",
        "از جوان اطلاعات خواسته شد",
        "برای جوان فرستاده شد",
        "توسط جوان",
        "(جوان)",
        "خانواده",
    ),
}


@pytest.mark.parametrize("language", sorted(ABOUT_THE_YOUNG_PERSON))
def test_a_young_persons_own_request_names_the_young_person_not_the_family(
    app: Flask, client: FlaskClient, staff: FlaskClient, language: str
) -> None:
    """A caseworker read "Family told by email that their request was received" and "by
    the family" in the History of a request a young person, aged 18, made for herself."""
    sign_in(client, person="young.person@example.org")
    draft = start(client, "young_person")
    fill(client, draft, young_person_answers())
    assert upload(client, draft, PDF, "college-report.pdf", "My report").status_code == 302
    sent = post(client, f"/account/request/{draft}/check", {})
    shown = page(client.get(sent.headers["Location"])).select_one(".govuk-panel strong")
    assert shown is not None
    reference = shown.get_text(strip=True)
    asked = {"message": "Which college do you go to?", "written_in": "en"}
    assert act(staff, reference, "more_information", asked).status_code == 302
    outbox.run_once(app)
    staff.get(f"/caseworker/requests/{reference}/history?lang={language}")
    received, asked_told, asked_of, delivered, by, actor, family = ABOUT_THE_YOUNG_PERSON[language]
    shown_entries = entries(staff, reference)
    told = [e for e in shown_entries if received in e]
    assert len(told) == 1 and delivered in told[0], shown_entries
    assert len([e for e in shown_entries if asked_told in e]) == 1, shown_entries
    assert len([e for e in shown_entries if asked_of in e]) == 1, shown_entries
    files = [e for e in shown_entries if "college-report.pdf" in e]
    assert len(files) == 1 and by in files[0], files
    with app.test_request_context(), force_locale(language):
        partner = gettext("Barnet Family Services")  # a consent's, named as it is
    named = [e for e in shown_entries if family in e.replace(partner, "").lower()]
    assert named == [], named
    shown = page(staff.get(f"/caseworker/requests/{reference}/history"))
    trail = [" ".join(li.get_text().split()) for li in shown.select("#trail li")]
    assert any(actor in line for line in trail), trail
    assert [line for line in trail if family in line.lower()] == [], trail
