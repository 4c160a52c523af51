"""The draft plan's 15 days, as a family who chose text messages meets them in a browser:
the reminder before the days end comes the way they chose (portal.contact_preferences),
and the page says so (a young person who chose texts only was told "we will email you a
reminder", and looked for an email that never came)."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from sqlalchemy import delete, select

from devtools.reference_case_system import demo
from portal.models import Account, ContactPreference
from portal.platform import db, deadlines
from tests.support.draft_plans import draft_sent_on, long_date
from tests.support.tabs import new_tab, send, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "young.person@example.org"
HUB = f"/account/cases/{demo.DRAFT}/draft-plan"


def choose(tab, email: bool, text: bool) -> None:  # type: ignore[no-untyped-def]
    tab.goto("/account/contact-preferences")
    boxes = tab.locator("input[name=channels]")
    boxes.nth(0).set_checked(email)
    boxes.nth(1).set_checked(text)
    if text:
        tab.locator("input[type=tel]").fill("07700 900 982")
    send(tab, tab.locator("main form button[type=submit]"))
    assert tab.locator(".govuk-error-summary").count() == 0


@pytest.mark.parametrize(
    ("email", "text", "said"),
    [
        (False, True, "we will send you a reminder by text message."),
        (True, True, "we will send you a reminder by email and by text message."),
        (True, False, "we will email you a reminder."),
    ],
)
def test_the_reminder_is_told_the_way_the_family_chose(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask, email: bool, text: bool, said: str
) -> None:
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", PERSON)
        choose(tab, email, text)
        tab.goto(HUB)
        inset = tab.locator("main .govuk-inset-text", has_text="You have until").inner_text()
        assert inset.startswith("You have until"), inset
        assert inset.endswith(said), inset
    finally:
        tab.context.close()
        with live_app.app_context():
            account = db.session().scalars(select(Account.id).where(Account.email == PERSON))
            db.session().execute(
                delete(ContactPreference).where(ContactPreference.account_id.in_(account.all()))
            )
            db.session().commit()


def test_a_reminder_day_that_has_passed_is_not_promised(  # type: ignore[no-untyped-def]
    browser, base_url: str, live_app: Flask
) -> None:
    """12 days into the 15: the reminder day (5 days before the end) was 3 days ago. The
    page went on promising 'If you have not responded by' that past day, 'we will email
    you a reminder'."""
    today = deadlines.council_today()
    before = draft_sent_on(live_app, today - dt.timedelta(days=12), demo.DRAFT)
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/", PERSON)
        tab.goto(HUB)
        inset = tab.locator("main .govuk-inset-text", has_text="You have until").inner_text()
        last = long_date(today + dt.timedelta(days=2))
        assert inset == (
            f"You have until {last} to respond. That is 15 days, counting the day we sent it "
            "as day 1."
        )
    finally:
        tab.context.close()
        draft_sent_on(live_app, before, demo.DRAFT)
