"""A draft EHC plan and the 15 days to respond to it: a parent in English comments on a
section, asks for a special school, a meeting and no personal budget, adds a report and
sends it; a young person in Arabic comments in their own words and sends while the case
system is down. Each response reaches the case system exactly once."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Entry, Plan
from portal.models import DraftPlanResponse, OutboxMessage
from portal.platform import db
from tests.support.case_system import faults
from tests.support.files import PDF
from tests.support.journeys import error_summary, sign_in, submit
from tests.support.tabs import send


@pytest.fixture(scope="module")
def portal_config():  # type: ignore[no-untyped-def]
    def sooner(data: dict) -> None:  # type: ignore[type-arg]
        data["case_api"]["outbox"]["initial_backoff_seconds"] = 1

    return sooner


def responses_in_case_system(app: Flask, reference: str) -> list[dict[str, Any]]:
    """This portal's responses (the embedded case system serves every portal the tests
    start in the process)."""
    with app.app_context():
        ours = set(
            db.session().scalars(
                select(DraftPlanResponse.id).where(DraftPlanResponse.case_reference == reference)
            )
        )
    with app.extensions["case_system"].extensions["case_system"]["sessions"]() as session:
        return [
            entry.body
            for entry in session.scalars(
                select(Entry).where(
                    Entry.case_reference == reference, Entry.kind == "draft_plan_response"
                )
            )
            if entry.body["id"] in ours
        ]


def delivered_once(app: Flask, reference: str) -> dict[str, Any]:
    """Waits for the outbox thread; then no second copy arrives."""
    for _ in range(100):
        found = responses_in_case_system(app, reference)
        if found:
            break
        time.sleep(0.2)
    time.sleep(1.5)
    found = responses_in_case_system(app, reference)
    assert len(found) == 1, found
    return found[0]


def sent_on(app: Flask, reference: str) -> dt.date:
    with app.extensions["case_system"].extensions["case_system"]["sessions"]() as session:
        plan = session.get(Plan, reference)
        assert plan is not None and plan.issued_on is not None
        return plan.issued_on


def test_a_parent_responds_to_the_draft_plan_in_english(open_person, portal_app) -> None:  # type: ignore[no-untyped-def]
    parent = open_person("the parent")
    parent.start("/account/")
    sign_in(parent, "second.parent@example.org")
    parent.page.locator(f"main a[href$='/cases/{demo.CHILD_DRAFT}']").first.click()
    respond_by = sent_on(portal_app, demo.CHILD_DRAFT) + dt.timedelta(days=14)
    box = parent.page.locator("#draft-plan-response")
    expect(box).to_contain_text(
        f"You have until {respond_by.day} {respond_by:%B} {respond_by.year}"
    )
    box.get_by_role("link", name="Respond to the draft EHC plan").click()

    page = parent.page
    expect(page.locator("h1")).to_have_text("Respond to the draft EHC plan")
    expect(page.locator(".portal-draft-section")).to_have_count(12)
    page.locator("#section-F").get_by_role("link", name="Comment on this section").click()
    parent.page.get_by_label("Your comments on this section").fill(
        "Speech and language therapy should be weekly, not termly."
    )
    submit(parent)
    expect(parent.page.locator("#section-F")).to_contain_text("should be weekly, not termly")

    requests = parent.page.locator("#your-requests + .govuk-summary-list")
    requests.get_by_role("link", name="Add School, college or other setting").click()
    parent.page.get_by_label("Which school, college or other setting").fill("Meadow School")
    submit(parent)
    assert error_summary(parent) == ["Select what kind of setting it is"]
    parent.page.locator("input[name=setting_type][value=special]").check()
    submit(parent)
    requests = parent.page.locator("#your-requests + .govuk-summary-list")
    expect(requests).to_contain_text("Meadow School (A special school)")

    requests.get_by_role("link", name="Add Meeting with a council officer").click()
    parent.page.locator("input[name=meeting][value=yes]").check()
    submit(parent)
    requests = parent.page.locator("#your-requests + .govuk-summary-list")
    requests.get_by_role("link", name="Add Personal budget").click()
    parent.page.locator("input[name=personal_budget][value=no]").check()
    submit(parent)
    requests = parent.page.locator("#your-requests + .govuk-summary-list")
    requests.get_by_role("link", name="Add Evidence").click()
    parent.page.locator("input[type=file]").set_input_files(
        files=[{"name": "therapy-report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    submit(parent)
    expect(parent.page.locator("main")).to_contain_text("therapy-report.pdf")
    parent.page.get_by_role("link", name="Continue").click()

    # Save and return: they leave, come back from the case page, and all is there.
    parent.page.get_by_role("link", name="Back to the case").click()
    parent.page.get_by_role("link", name="Continue your response").click()
    expect(parent.page.locator("main")).to_contain_text("should be weekly, not termly")
    send(parent.page, parent.page.get_by_role("link", name="Check your response"))
    expect(parent.page.locator("h1")).to_have_text("Check your response before sending it")
    send(parent.page, parent.page.get_by_role("button", name="Send your response"))
    confirmation = parent.page.locator(".govuk-panel")
    expect(confirmation.locator("h1")).to_have_text("Your response has been sent")
    expect(confirmation).to_contain_text(demo.CHILD_DRAFT)

    body = delivered_once(portal_app, demo.CHILD_DRAFT)
    assert body["setting"] == {"name": "Meadow School", "type": "special"}
    assert (body["meeting"], body["personal_budget"], body["late"]) == (True, False, False)
    assert [a["filename"] for a in body["attachments"]] == ["therapy-report.pdf"]


def test_a_young_person_responds_in_arabic_while_the_case_system_is_down(
    open_person, portal_app
) -> None:  # type: ignore[no-untyped-def]
    person = open_person("the young person in Arabic", locale="ar")
    person.start("/?lang=ar")
    expect(person.page.locator("html")).to_have_attribute("lang", "ar")
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, "young.person@example.org")
    person.page.locator(f"main a[href$='/cases/{demo.DRAFT}']").first.click()
    expect(person.page.locator("html")).to_have_attribute("dir", "rtl")
    person.page.locator("#draft-plan-response a.govuk-button").click()

    page = person.page
    expect(page.locator("h1")).to_have_text("الرد على مسودة خطة EHC")
    page.locator("#section-A a").click()
    person.page.locator("textarea").fill("أحب الرسم والطبخ، وأريد أن أعمل في مطبخ.")
    submit(person)
    person.page.locator(f"a[href='/account/cases/{demo.DRAFT}/draft-plan/meeting']").click()
    person.page.locator("input[name=meeting][value=yes]").check()
    submit(person)

    # The case system is down when they send: the response waits in the outbox.
    faults(portal_app).add("error", times=3)
    send(person.page, person.page.locator("main a.govuk-button[href$='/draft-plan/check']"))
    send(person.page, person.page.locator("main form button[type=submit]"))
    expect(person.page.locator("h1")).to_have_text("تم إرسال ردّكم")

    body = delivered_once(portal_app, demo.DRAFT)
    assert body["responder_role"] == "young_person" and body["language"] == "ar"
    assert body["comments"] == [
        {"section": "A", "comment": "أحب الرسم والطبخ، وأريد أن أعمل في مطبخ."}
    ]
    with portal_app.app_context():
        message = db.session().scalar(
            select(OutboxMessage)
            .where(OutboxMessage.kind == "draft_plan_response.create")
            .where(OutboxMessage.payload.is_not(None))
            .order_by(OutboxMessage.created_at.desc())
        )
        assert message is not None
        assert message.status == "delivered" and message.attempts >= 2, "it waited, then went"
