"""Data rights beyond the download: a parent in English asks us to correct their child's
date of birth, and a young person in Arabic objects to a use of their hopes, each while
the case system is down; each request is acknowledged with its date, reaches the case
system exactly once when it is back, and the parent sees a caseworker extend theirs."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import DataRightsEntry
from portal.models import DataRightsRequest, OutboxMessage
from portal.platform import db
from portal.platform.deadlines import data_rights_due, data_rights_extended_due
from portal.platform.written_dates import format_date
from tests.support.case_system import faults
from tests.support.journeys import error_summary, quick_retries, sign_in, submit, wait_for


@pytest.fixture(scope="module")
def portal_config() -> Callable[[dict], None]:  # type: ignore[type-arg]
    return quick_retries


def latest_request(app: Flask) -> DataRightsRequest:
    with app.app_context():
        return (
            db.session()
            .scalars(
                select(DataRightsRequest).order_by(DataRightsRequest.received_at.desc()).limit(1)
            )
            .one()
        )


def delivery(app: Flask, request_id: str) -> tuple[str, int, str | None]:
    """The request's outbox message: its status, attempts and last error."""
    with app.app_context():
        row = (
            db.session()
            .scalars(
                select(OutboxMessage).where(
                    OutboxMessage.idempotency_key == f"rights-request-{request_id}"
                )
            )
            .one()
        )
        return row.status, row.attempts, row.last_error


def kept_once_when_back(app: Flask, request_id: str) -> dict:  # type: ignore[type-arg]
    """The outbox has tried and failed while the case system is down; once it is back,
    it delivers the request once."""
    wait_for(lambda: delivery(app, request_id)[1] >= 1 and delivery(app, request_id)[2] is not None)
    assert delivery(app, request_id)[0] != "delivered", "it waits while the case system is down"
    faults(app).clear()
    wait_for(lambda: delivery(app, request_id)[0] == "delivered")
    time.sleep(1.5)  # a second send, if there were one, would have come by now
    with app.extensions["case_system"].extensions["case_system"]["sessions"]() as session:
        kept = session.scalars(
            select(DataRightsEntry.body).where(DataRightsEntry.request_id == request_id)
        ).all()
    assert len(kept) == 1, "exactly once"
    return kept[0]


def test_a_parent_asks_for_a_correction_while_the_case_system_is_down(  # type: ignore[no-untyped-def]
    open_person, portal_app: Flask, down: Callable[[], None]
) -> None:
    parent = open_person("the parent")
    parent.start("/")
    parent.page.get_by_role("link", name="Sign in as a parent or a young person").click()
    sign_in(parent, "parent@example.org")
    parent.page.get_by_role(
        "link", name="See and download everything this service holds about you"
    ).click()
    parent.page.get_by_role("link", name="Correct, restrict or erase your information").click()
    # This parent's case came from the case system: nothing was given on this service.
    expect(parent.page.locator("main")).to_contain_text(
        "You have not given us any information on this service yet."
    )
    parent.page.get_by_text("Information you have not given us on this service").click()
    # Why a right does not apply is said once, in the caption of the item's table.
    table = parent.page.locator("table", has=parent.page.locator("a[href$='/child.first_name']"))
    expect(table.locator("caption")).to_contain_text("the law requires the council to keep it")
    parent.page.locator("main a[href$='/child.date_of_birth']").click()
    expect(parent.page.locator("h1")).to_have_text(
        "What is their date of birth? – What do you want us to do?"
    )
    expect(parent.page.get_by_label("Erase it")).to_have_count(0)

    submit(parent)
    assert error_summary(parent) == [
        "Select what you want us to do",
        "Select which child or young person this is about",
        "Tell us what is wrong, or why you are asking",
    ]
    parent.page.get_by_label("Correct it").check()
    parent.page.get_by_label("Amara Okafor").check()  # one of their three children
    parent.page.get_by_label("Tell us what is wrong, or why you are asking").fill(
        "The year of birth is wrong"
    )
    parent.page.get_by_label("What should it say instead? (optional)").fill("4 November 2015")
    down()
    submit(parent)

    row = latest_request(portal_app)
    due = format_date(data_rights_due(row.received_on))
    expect(parent.page.locator(".govuk-panel")).to_contain_text("Request sent")
    expect(parent.page.locator(".govuk-panel")).to_contain_text(row.reference)
    expect(parent.page.locator("main")).to_contain_text(f"we will answer by {due}")
    body = kept_once_when_back(portal_app, row.id)
    assert (body["right"], body["item"], body["correction"]) == (
        "rectification",
        "child.date_of_birth",
        "4 November 2015",
    )
    assert body["case_references"] == [demo.FINAL], "only the case of the child chosen"

    staff = open_person("the caseworker")
    staff.start("/")
    staff.page.get_by_role("link", name="Sign in as a caseworker or a manager").click()
    sign_in(staff, "caseworker@council.example")
    staff.page.get_by_role("link", name="Requests about families' information").click()
    queue_row = staff.page.locator("tr", has=staff.page.get_by_role("link", name=row.reference))
    expect(queue_row).to_contain_text(format_date(row.due_on, "medium"))
    staff.page.get_by_role("link", name=row.reference).click()
    expect(staff.page.locator("main")).to_contain_text("Delivered to the case system")
    staff.page.get_by_label("Why do you need two more months?").fill(
        "We need the school's admission records"
    )
    staff.page.get_by_role("button", name="Extend by two months").click()
    expect(staff.page.locator("main")).to_contain_text("Extended by two months")

    parent.page.locator("main").get_by_role("link", name="Back to your data").click()
    data_rights = parent.page.locator(
        "table", has=parent.page.get_by_role("link", name=row.reference)
    )
    expect(data_rights).to_contain_text("Extended")
    expect(data_rights).to_contain_text(format_date(data_rights_extended_due(row.received_on)))
    parent.page.get_by_role("link", name=row.reference).click()
    expect(parent.page.locator("main")).to_contain_text("We need the school's admission records")


def test_a_young_person_objects_in_arabic_while_the_case_system_is_down(  # type: ignore[no-untyped-def]
    open_person, portal_app: Flask, down: Callable[[], None]
) -> None:
    person = open_person("the young person in Arabic")
    person.start("/")
    person.page.get_by_role("navigation").get_by_role("link", name="العربية", exact=True).click()
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, "young.person@example.org")
    expect(person.page.locator("html")).to_have_attribute("dir", "rtl")
    person.page.locator("main a[href$='/account/your-data']").click()
    person.page.locator("main a[href$='/account/your-data/rights']").first.click()
    person.page.locator("main details summary").click()  # views they have not given here
    person.page.locator("main a[href$='/account/your-data/rights/views.hopes']").click()
    expect(person.page.locator("input[name=right][value=erasure]")).to_have_count(0)
    person.page.locator("input[name=right][value=objection]").check()
    person.page.locator("textarea[name=details]").fill("لا أريد أن تُستخدم آمالي في الإحصاءات.")
    down()
    submit(person)

    row = latest_request(portal_app)
    expect(person.page.locator("html")).to_have_attribute("lang", "ar")
    expect(person.page.locator(".govuk-panel")).to_contain_text(row.reference)
    body = kept_once_when_back(portal_app, row.id)
    assert (body["right"], body["item"], body["language"]) == ("objection", "views.hopes", "ar")
    person.page.locator("main a[href$='/account/your-data#data-rights']").first.click()
    expect(person.page.locator(f"a[href$='/account/your-data/requests/{row.id}']")).to_be_visible()
