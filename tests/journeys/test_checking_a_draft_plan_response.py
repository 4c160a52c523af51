"""Sending a response to a draft EHC plan cannot be undone, so it is checked first: a
parent who pressed the overview's button before writing anything had it sent at once
("You did not comment on any section", a receipt, no way back). Now the button leads to
"Check your response before sending it", which shows every part of the response with a
Change link that comes back to it, and says plainly when nothing has been said."""

from __future__ import annotations

import time
from typing import Any

from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Entry
from portal.models import DraftPlanResponse
from portal.platform import db
from tests.support.files import PDF
from tests.support.journeys import sign_in, submit
from tests.support.tabs import send

CHECK = "Check your response before sending it"
NOTHING_SAID = "You have not commented on any section or asked for anything."


def sent_responses(app: Flask, reference: str) -> list[dict[str, Any]]:
    """This portal's responses that reached the case system (shared by every portal)."""
    with app.app_context():
        ours = set(
            db.session().scalars(
                select(DraftPlanResponse.id).where(DraftPlanResponse.case_reference == reference)
            )
        )
    with app.extensions["case_system"].extensions["case_system"]["sessions"]() as session:
        entries = session.scalars(
            select(Entry).where(
                Entry.case_reference == reference, Entry.kind == "draft_plan_response"
            )
        )
        return [entry.body for entry in entries if entry.body["id"] in ours]


def sent_in_portal(app: Flask, reference: str) -> bool:
    with app.app_context():
        return (
            db.session().scalar(
                select(DraftPlanResponse.id).where(
                    DraftPlanResponse.case_reference == reference,
                    DraftPlanResponse.submitted_at.is_not(None),
                )
            )
            is not None
        )


def arrived(app: Flask, reference: str) -> dict[str, Any]:
    for _ in range(100):
        if found := sent_responses(app, reference):
            assert len(found) == 1, found
            return found[0]
        time.sleep(0.2)
    raise AssertionError("the response never reached the case system")


def test_a_parent_who_presses_send_first_is_shown_their_empty_response_to_check(  # type: ignore[no-untyped-def]
    open_person, portal_app
) -> None:
    parent = open_person("the parent")
    parent.start("/account/")
    sign_in(parent, "second.parent@example.org")
    parent.page.locator(f"main a[href$='/cases/{demo.CHILD_DRAFT}']").first.click()
    parent.page.locator("#draft-plan-response").get_by_role(
        "link", name="Respond to the draft EHC plan"
    ).click()
    expect(parent.page.locator("h1")).to_have_text("Respond to the draft EHC plan")

    # Straight to the button at the end of the overview, having written nothing.
    send(parent.page, parent.page.locator("main .govuk-button").last)
    expect(parent.page.locator("h1")).to_have_text(CHECK)
    assert not sent_in_portal(portal_app, demo.CHILD_DRAFT), "nothing is sent from the overview"
    expect(parent.page.locator("main .govuk-warning-text")).to_contain_text(NOTHING_SAID)
    comments = parent.page.locator(".portal-check-comments .govuk-summary-list__row")
    expect(comments).to_have_count(12)
    expect(comments.nth(5)).to_contain_text("No comments")
    requests = parent.page.locator(".portal-check-comments ~ .govuk-summary-list")
    expect(requests).to_contain_text("Not answered")

    # Each link ("Add", or "Change" once answered) comes back to the check page.
    comments.nth(5).get_by_role("link", name="Add").click()
    parent.page.locator("textarea").fill("Occupational therapy is missing from this section.")
    submit(parent)
    expect(parent.page.locator("h1")).to_have_text(CHECK)
    comments = parent.page.locator(".portal-check-comments .govuk-summary-list__row")
    expect(comments.nth(5)).to_contain_text("Occupational therapy is missing")
    expect(parent.page.locator("main .govuk-warning-text")).to_have_count(0)
    requests = parent.page.locator(".portal-check-comments ~ .govuk-summary-list")
    requests.get_by_role("link", name="Add Meeting with a council officer").click()
    parent.page.locator("input[name=meeting][value=yes]").check()
    submit(parent)
    expect(parent.page.locator("h1")).to_have_text(CHECK)
    requests = parent.page.locator(".portal-check-comments ~ .govuk-summary-list")
    expect(requests).to_contain_text("Yes")
    requests.get_by_role("link", name="Add Evidence").click()
    parent.page.locator("input[type=file]").set_input_files(
        files=[{"name": "ot-report.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    submit(parent)
    parent.page.get_by_role("link", name="Continue").click()
    expect(parent.page.locator("h1")).to_have_text(CHECK)
    requests = parent.page.locator(".portal-check-comments ~ .govuk-summary-list")
    expect(requests).to_contain_text("ot-report.pdf")

    send(parent.page, parent.page.get_by_role("button", name="Send your response"))
    expect(parent.page.locator("h1")).to_have_text("Your response has been sent")
    body = arrived(portal_app, demo.CHILD_DRAFT)
    assert body["comments"] == [
        {"section": "F", "comment": "Occupational therapy is missing from this section."}
    ]
    assert body["meeting"] is True
    assert [a["filename"] for a in body["attachments"]] == ["ot-report.pdf"]


def test_a_young_person_sends_an_empty_response_knowing_it_is_empty(  # type: ignore[no-untyped-def]
    open_person, portal_app
) -> None:
    person = open_person("the young person")
    person.start("/account/")
    sign_in(person, "young.person@example.org")
    person.start(f"/account/cases/{demo.DRAFT}/draft-plan")
    send(person.page, person.page.locator("main .govuk-button").last)
    expect(person.page.locator("h1")).to_have_text(CHECK)
    assert not sent_in_portal(portal_app, demo.DRAFT)
    expect(person.page.locator("main .govuk-warning-text")).to_contain_text(
        "it tells us you have nothing to add to the plan as it is"
    )

    send(person.page, person.page.get_by_role("button", name="Send your response"))
    expect(person.page.locator("h1")).to_have_text("Your response has been sent")
    body = arrived(portal_app, demo.DRAFT)
    assert body["comments"] == [] and body["meeting"] is None
