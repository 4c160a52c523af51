"""An annual review: a parent in English sees when the review is due and its meeting,
gives their views, adds a report, comes back and sends them, and sees the decision on
another child's past review with its overdue step; a young person in Persian gives their
own views in plain words while the case system is down. Each reaches it exactly once."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from devtools.identity import PEOPLE
from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Entry
from portal.models import Account, CaseLink, OutboxMessage, ReviewViews
from portal.platform import db
from tests.support.case_system import faults
from tests.support.files import PDF
from tests.support.journeys import quick_retries, sign_in, submit, wait_for
from tests.support.tabs import send

HUB = f"/account/cases/{demo.REVIEW}/annual-review"


@pytest.fixture(scope="module")
def portal_config() -> Callable[[dict], None]:  # type: ignore[type-arg]
    return quick_retries


def views_in_case_system(app: Flask) -> list[dict[str, Any]]:
    """This portal's views (the embedded case system serves every portal in the process)."""
    with app.app_context():
        ours = set(db.session().scalars(select(ReviewViews.id)))
    with app.extensions["case_system"].extensions["case_system"]["sessions"]() as session:
        return [
            entry.body
            for entry in session.scalars(
                select(Entry).where(
                    Entry.case_reference == demo.REVIEW, Entry.kind == "review_views"
                )
            )
            if entry.body["id"] in ours
        ]


def delivered_once(app: Flask, role: str) -> dict[str, Any]:
    def mine() -> list[dict[str, Any]]:
        return [v for v in views_in_case_system(app) if v["author_role"] == role]

    wait_for(lambda: bool(mine()))
    time.sleep(1.5)  # a second send, if there were one, would have come by now
    [found] = mine()
    return found


def test_a_parent_gives_views_before_the_review_in_english(open_person, portal_app) -> None:  # type: ignore[no-untyped-def]
    parent = open_person("the parent")
    parent.start("/account/")
    sign_in(parent, PEOPLE["parent"])
    parent.page.locator(f"main a[href$='/cases/{demo.REVIEW}']").first.click()
    parent.page.get_by_role(
        "link", name="The annual review: your views, the meeting and the decision"
    ).click()
    expect(parent.page.locator("h1")).to_contain_text("Annual review")
    meeting = demo.review_meeting_on()
    expect(parent.page.locator(".portal-review-dates")).to_contain_text(
        f"{meeting.day} {meeting:%B} {meeting.year}"
    )
    parent.page.get_by_role("link", name="Give your views").click()
    parent.page.get_by_label("What is working well?").fill("The reading programme works.")
    parent.page.get_by_label("What are your hopes").fill("To join the school football team.")
    submit(parent)
    expect(parent.page.locator("h1")).to_have_text("Reports for the annual review")
    parent.page.locator("input[type=file]").set_input_files(
        files=[{"name": "school-report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    parent.page.locator("input[name=description]").fill("Summer term report")
    submit(parent)
    expect(parent.page.locator("main")).to_contain_text("school-report.pdf")
    parent.page.get_by_role("link", name="Continue").click()
    views = parent.page.locator(".portal-review-views")
    expect(views).to_contain_text("The reading programme works.")

    # Save and return: they leave, come back from the case page, and all is there.
    parent.page.get_by_role("link", name="Back to the case").click()
    parent.page.locator(f"a[href='{HUB}']").click()
    expect(parent.page.locator(".portal-review-views")).to_contain_text("school-report.pdf")
    # A tester saw the report's description on the reports page, and nowhere after it.
    expect(parent.page.locator(".portal-review-views")).to_contain_text("Summer term report")
    send(parent.page, parent.page.get_by_role("button", name="Send your views"))
    expect(parent.page.locator("main")).to_contain_text("You sent your views on")
    expect(parent.page.locator(".portal-review-views")).to_contain_text("Summer term report")

    body = delivered_once(portal_app, "parent_carer")
    assert body["working"] == "The reading programme works." and body["changed"] is None
    assert [a["filename"] for a in body["attachments"]] == ["school-report.pdf"]

    # Amara's past review: the council decided to change her plan, and is late with it.
    parent.page.goto(f"{parent.base_url}/account/cases/{demo.FINAL}/annual-review")
    expect(parent.page.locator("main")).to_contain_text("The council decided to change the plan.")
    steps = parent.page.locator(".portal-review-steps")
    expect(steps).to_contain_text("Changed plan due by 24 September 2026")
    expect(steps.locator(".govuk-tag--red")).to_have_text("Overdue")


def test_a_young_person_gives_their_own_views_in_persian_while_the_case_system_is_down(
    open_person, portal_app, down
) -> None:  # type: ignore[no-untyped-def]
    with portal_app.app_context():
        session = db.session()
        account = session.scalars(
            select(Account).where(Account.subject == PEOPLE["young_person"])
        ).one()
        session.add(
            CaseLink(
                account_id=account.id,
                case_reference=demo.REVIEW,
                relationship="young_person",
                via="link_code",
            )
        )
        session.commit()
    person = open_person("the young person in Persian", locale="fa")
    person.start("/?lang=fa")
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, PEOPLE["young_person"])
    person.page.goto(f"{person.base_url}{HUB}")
    expect(person.page.locator("html")).to_have_attribute("dir", "rtl")
    expect(person.page.locator("h1")).to_contain_text("بازبینی سالانه")
    person.page.locator(f"a[href='{HUB}/views']").click()
    expect(person.page.locator("label").first).to_contain_text("چه چیزهایی برای من خوب پیش می‌رود؟")
    person.page.locator("textarea").first.fill("کلاس هنر را دوست دارم.")
    submit(person)
    person.page.locator("main a.govuk-button").click()  # on past the reports

    down()
    submit(person)
    expect(person.page.locator(".portal-sent")).to_be_visible()
    with portal_app.app_context():
        [views_id] = db.session().scalars(
            select(ReviewViews.id).where(ReviewViews.author_role == "young_person")
        )
    key = f"review-views-{views_id}"

    def delivery() -> tuple[str, int, str | None]:
        with portal_app.app_context():
            row = (
                db.session()
                .scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key == key))
                .one()
            )
            return row.status, row.attempts, row.last_error

    wait_for(lambda: delivery()[1] >= 1 and delivery()[2] is not None)
    assert delivery()[0] != "delivered", "it waits while the case system is down"
    faults(portal_app).clear()
    body = delivered_once(portal_app, "young_person")
    assert body["working"] == "کلاس هنر را دوست دارم." and body["language"] == "fa"
