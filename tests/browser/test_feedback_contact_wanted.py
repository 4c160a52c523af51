"""A dissatisfied family who asked to be contacted, as a manager scans the feedback report:
a tester found them only as a "Contact them" line inside their card, among the rest."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.pages import post
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser

ASKED = {
    "service": "educational_psychology",
    "satisfaction": "1",
    "could_be_better": "Nobody called back about the assessment.",
    "contact": "yes",
    "contact_name": "Ola Contactme",
    "contact_email": "ola@example.org",
}


@pytest.fixture(scope="module")
def feedback_sent(live_app: Flask) -> None:
    """One family asked to be contacted, another did not (sent without a browser)."""
    visitor = live_app.test_client()
    assert post(visitor, "/feedback/", ASKED).status_code == 302
    quiet = {"service": "educational_psychology", "satisfaction": "2", "could_be_better": "Slow"}
    assert post(live_app.test_client(), "/feedback/", quiet).status_code == 302


def test_those_who_asked_to_be_contacted_stand_out(people, feedback_sent: None) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.goto("/feedback/reports?lang=en&service=educational_psychology")
    cards = manager.locator("main .govuk-summary-card")
    asked = cards.filter(has_text="Ola Contactme")
    assert asked.count() == 1
    tag = asked.locator(".govuk-summary-card__title-wrapper .govuk-tag")
    assert tag.count() == 1 and tag.inner_text().strip().lower() == "asked to be contacted"
    assert cards.filter(has_text="Slow").locator(".govuk-tag").count() == 0

    # At the top, before the counts: how many asked, opening only them.
    first = manager.locator("main a[href*='contact=wanted']").first
    assert "asked to be contacted" in first.inner_text()
    counts = manager.locator("#satisfaction-caption").bounding_box()
    assert first.bounding_box()["y"] < counts["y"]  # type: ignore[index]
    check_accessible(manager, "the feedback report with a family to contact", "en")
    with manager.expect_navigation():
        first.click()
    assert "service=educational_psychology" in manager.url, "the other filters stay"
    shown = manager.locator("main .govuk-summary-card")
    assert shown.count() >= 1
    assert shown.filter(has_text="Slow").count() == 0, "only those who asked"
    assert manager.locator("main .govuk-summary-card .govuk-tag").count() == shown.count()
    check_accessible(manager, "the feedback report of those to contact", "en")


def test_each_response_says_the_language_it_was_given_in(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    """A tester gave feedback in Persian and asked to be called back: the manager's report
    showed their name and number, but not that they wrote in Persian, so whoever called
    could not know to bring an interpreter; nor did the spreadsheet say."""
    visitor = live_app.test_client()
    visitor.get("/?lang=fa")
    persian = {
        **ASKED,
        "contact_name": "Maryam Persian-Speaker",
        "contact_phone": "07700900982",
        "service": "specialist_teachers",
    }
    assert post(visitor, "/feedback/", persian).status_code == 302
    manager = people["manager"]
    manager.goto("/feedback/reports?lang=en&service=specialist_teachers")
    card = manager.locator("main .govuk-summary-card", has_text="Maryam Persian-Speaker")
    row = card.locator(".govuk-summary-list__row", has_text="Language")
    assert "Persian" in row.inner_text(), card.inner_text()
    # A tester read the number run together, and the address as plain text.
    contact = card.locator(".govuk-summary-list__row", has_text="Contact them")
    assert "07700 900 982" in contact.inner_text(), contact.inner_text()
    assert contact.locator("a[href='mailto:ola@example.org']").count() == 1
    with manager.expect_download() as download:
        manager.locator("main a[href*='csv']").first.click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    header, *rows = text.splitlines()
    assert "Language" in header.split(",")
    assert any("Maryam" in line and "Persian" in line for line in rows), text


@pytest.mark.parametrize(
    ("answer", "told"),
    [
        ("Yes", "We will contact you using the details you gave us."),
        ("No", "You did not ask us to contact you, so we will not reply to this feedback."),
    ],
)
def test_the_thanks_page_says_whether_someone_will_be_in_touch(people, answer, told) -> None:  # type: ignore[no-untyped-def]
    """A tester asked to be contacted and read only "We read all feedback": nothing said
    whether anyone would be in touch, or that those who did not ask would hear nothing."""
    visitor = people["public"]
    visitor.goto("/feedback/?lang=en")
    visitor.get_by_label("Educational psychology").check()
    visitor.get_by_label("Dissatisfied", exact=True).check()
    visitor.get_by_role(
        "group", name="Would you like us to contact you about your feedback?"
    ).get_by_label(answer).check()
    if answer == "Yes":
        visitor.locator("#contact_name").fill("Kai Wantsacall")
        visitor.locator("#contact_email").fill("kai@example.org")
    send(visitor)
    assert visitor.locator("h1").inner_text().strip() == "Thank you for your feedback"
    assert told in visitor.locator("main").inner_text()
    check_accessible(visitor, f"the thanks page, contact {answer}", "en")
