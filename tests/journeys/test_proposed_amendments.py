"""Proposed amendments after an annual review, sent as a draft of the amended plan: a
parent in English reads them as amendments (not a draft plan), with their 15 days and the
date the amended plan is due, comments and sends; another parent, given access with a
link code, does the same in Arabic while the case system is down. Each response reaches
the case system exactly once."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import delete, select

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Plan, Review
from portal.case_api.messages import draft_plan_response_key
from portal.models import Account, CaseCache, DraftPlanResponse, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.written_dates import format_date
from tests.support.case_system import entries_since, faults, last_entry_id
from tests.support.journeys import enter_link_code, quick_retries, sign_in, submit, wait_for
from tests.support.links import BORN, code_for
from tests.support.tabs import send

NOTICE = deadlines.council_today() - dt.timedelta(days=1)


@pytest.fixture(scope="module")
def portal_config() -> Callable[[dict], None]:  # type: ignore[type-arg]
    return quick_retries


@pytest.fixture(autouse=True)
def amendments(portal_app: Flask) -> Iterator[None]:
    """The case system sends the amendments Amara's review proposed, as a draft of the
    amended plan, yesterday (no move of school brings the amended plan sooner); the
    demonstration case is put back afterwards."""
    sessions = portal_app.extensions["case_system"].extensions["case_system"]["sessions"]

    def change(values: tuple[Any, ...]) -> tuple[Any, ...]:
        with sessions() as session:
            plan, review = session.get(Plan, demo.FINAL), session.get(Review, demo.FINAL)
            before = (
                plan.status,
                plan.issued_on,
                review.amendment_notice_on,
                review.phase_transfer,
            )
            plan.status, plan.issued_on, review.amendment_notice_on, review.phase_transfer = values
            session.commit()
        with portal_app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()
        return before

    before = change(("draft", NOTICE, NOTICE, None))
    yield
    change(before)


def in_language(app: Flask, day: dt.date, language: str) -> str:
    with app.test_request_context(f"/?lang={language}"):
        return format_date(day)


def delivered_once(app: Flask, email: str, since: int) -> dict[str, Any]:
    """This person's response reached the case system, once."""
    with app.app_context():
        ours = set(
            db.session().scalars(
                select(DraftPlanResponse.id)
                .join(Account, Account.id == DraftPlanResponse.account_id)
                .where(Account.subject == email, DraftPlanResponse.case_reference == demo.FINAL)
            )
        )

    def arrived() -> list[dict[str, Any]]:
        found = entries_since(app, since, demo.FINAL, "draft_plan_response")
        return [body for body in found if body["id"] in ours]

    wait_for(lambda: bool(arrived()))
    time.sleep(1.5)  # a second send, if there were one, would have come by now
    [body] = arrived()
    return body


def test_a_parent_responds_to_the_proposed_amendments_in_english(open_person, portal_app) -> None:  # type: ignore[no-untyped-def]
    since = last_entry_id(portal_app)
    parent = open_person("the parent")
    parent.start("/account/")
    sign_in(parent, "parent@example.org")
    parent.page.locator(f"main a[href$='/cases/{demo.FINAL}']").first.click()
    expect(parent.page.locator("main")).to_contain_text("Proposed amendments: not yet agreed")
    parent.page.get_by_role("link", name="Respond to the proposed amendments").click()

    main = parent.page.locator("main")
    expect(parent.page.locator("h1")).to_have_text(
        "Respond to the proposed amendments to the EHC plan"
    )
    expect(main).to_contain_text(
        "After the annual review, the council proposes amendments to the EHC plan."
    )
    close = in_language(portal_app, NOTICE + dt.timedelta(days=14), "en")
    expect(main).to_contain_text(f"You have until {close} to respond. That is 15 days,")
    amended = in_language(portal_app, NOTICE + dt.timedelta(weeks=8), "en")
    expect(main.locator(".portal-draft-dates")).to_contain_text(f"Amended plan due by {amended}")
    expect(main).to_contain_text("The plan with the proposed amendments")
    expect(main).not_to_contain_text("draft")

    parent.page.locator("#section-I a").click()
    parent.page.locator("textarea").fill("Please name Oakfield Secondary School, not Hill Park.")
    submit(parent)
    expect(parent.page.locator("#section-I")).to_contain_text("Oakfield Secondary School")
    send(parent.page, parent.page.locator("main a.govuk-button[href$='/draft-plan/check']"))
    send(parent.page, parent.page.locator("main form button[type=submit]").last)
    main = parent.page.locator("main")
    expect(main).to_contain_text("You sent your response to the proposed amendments on")
    expect(main).to_contain_text("We will read it before we send the amended plan.")

    body = delivered_once(portal_app, "parent@example.org", since)
    assert body["draft_issued_on"] == NOTICE.isoformat()
    assert body["comments"] == [
        {"section": "I", "comment": "Please name Oakfield Secondary School, not Hill Park."}
    ]


def test_a_parent_responds_in_arabic_while_the_case_system_is_down(  # type: ignore[no-untyped-def]
    open_person, portal_app
) -> None:
    since = last_entry_id(portal_app)
    parent = open_person("the other parent in Arabic", locale="ar")
    parent.start("/?lang=ar")
    expect(parent.page.locator("html")).to_have_attribute("dir", "rtl")
    parent.page.locator("main a[href^='/account']").first.click()
    sign_in(parent, "second.parent@example.org")
    code = code_for(portal_app, demo.FINAL, "Sade Okafor", "parent_carer")
    enter_link_code(parent, code, BORN[demo.FINAL])
    parent.page.locator("#draft-plan-response a.govuk-button").click()

    expect(parent.page.locator("h1")).to_have_text("الرد على التعديلات المقترحة على خطة EHC")
    amended = in_language(portal_app, NOTICE + dt.timedelta(weeks=8), "ar")
    expect(parent.page.locator("main")).to_contain_text(
        f"يجب على المجلس أن يرسل الخطة المعدّلة بحلول {amended}."
    )
    parent.page.locator("#section-F a").click()
    parent.page.locator("textarea").fill("نريد أن تستمر جلسات النطق في المدرسة الثانوية.")
    submit(parent)

    faults(portal_app).add("error", times=10_000)
    try:
        send(parent.page, parent.page.locator("main a.govuk-button[href$='/draft-plan/check']"))
        send(parent.page, parent.page.locator("main form button[type=submit]").last)
        expect(parent.page.locator("main")).to_contain_text("سنقرؤه قبل أن نرسل الخطة المعدّلة.")
        with portal_app.app_context():
            [response_id] = db.session().scalars(
                select(DraftPlanResponse.id)
                .where(DraftPlanResponse.submitted_at.is_not(None))
                .join(Account, Account.id == DraftPlanResponse.account_id)
                .where(Account.subject == "second.parent@example.org")
            )
        key = draft_plan_response_key(response_id)

        def tried_and_failed() -> bool:
            with portal_app.app_context():
                row = (
                    db.session()
                    .scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key == key))
                    .one()
                )
                return row.attempts >= 1 and row.last_error is not None

        wait_for(tried_and_failed)
    finally:
        faults(portal_app).clear()
    body = delivered_once(portal_app, "second.parent@example.org", since)
    assert body["language"] == "ar" and body["responder_role"] == "parent_carer"
