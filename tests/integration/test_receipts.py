"""A family that sends their response to a draft plan, or their views for an annual
review, gets a receipt the way they chose (email, text or both), once however often they
press Send: what arrived, for which case, when, and that the council will consider it;
never what they wrote. The pages after sending lead back to the case and ask what they
thought of the service."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Plan, Review
from portal.models import CaseCache, OutboxMessage
from portal.platform import db, deadlines
from tests.support.draft_plans import CASE, CHECK, HUB, linked_parent, long_date
from tests.support.own_pages import linked_to_case
from tests.support.pages import hidden, page, post
from tests.support.voices import FORMAL

BOTH = {"channels": ["email", "sms"], "mobile": "07700 900 123", "language": "en"}
REVIEW = f"/account/cases/{demo.REVIEW}/annual-review"
COMMENT = "Speech therapy must be weekly: his autism means he needs it."
VIEWS = "He was diagnosed with dyspraxia in March."


def receipts(app: Flask, template: str) -> dict[str, list[dict[str, Any]]]:
    """The emails and texts queued from `template`, by kind."""
    with app.app_context():
        found: dict[str, list[dict[str, Any]]] = {"email.send": [], "sms.send": []}
        for row in db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind.in_(("email.send", "sms.send")))
        ):
            if row.payload["template"] == template:
                found[row.kind].append(row.payload)
        return found


def feedback_and_case_links(response: Any, reference: str) -> tuple[list[str], list[str]]:
    main = page(response).select_one("main")
    assert main is not None
    links = [(str(a["href"]).split("?")[0], a.get_text(" ", strip=True)) for a in main.select("a")]
    to_case = [text for href, text in links if href == f"/account/cases/{reference}"]
    feedback = [text for href, text in links if href == "/feedback/"]
    return to_case, feedback


def test_a_draft_plan_response_gets_one_receipt_by_email_and_text(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    family = linked_parent(app, client)
    assert post(family, "/account/contact-preferences", BOTH).status_code == 302
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    post(family, f"{HUB}/sections/F", {"comment": COMMENT})
    sending = hidden(family.get(CHECK))
    assert family.post(CHECK, data=sending).headers["Location"].endswith(f"{HUB}/sent")
    assert family.post(CHECK, data=sending).headers["Location"].endswith(f"{HUB}/sent")

    sent = receipts(app, "draft_plan_response_received")
    [email], [text] = sent["email.send"], sent["sms.send"]
    assert email["to"] == "second.parent@example.org"
    assert email["subject"] == f"We have your response to the draft EHC plan: {CASE}"
    body = " ".join(email["body"].split())
    today = long_date(deadlines.council_today())
    assert f"has your response to the draft EHC plan for case {CASE}" in body
    assert f"You sent it on {today}." in body
    assert "We will read it before we write the final plan." in body
    assert f"/account/cases/{CASE}/draft-plan/sent?lang=en" in body
    assert "Speech therapy" not in body and "autism" not in body, "never what they wrote"
    assert text["to"] == "07700900123"
    assert text["body"].startswith("We have your response to the draft EHC plan:")
    assert f"/account/cases/{CASE}/draft-plan/sent?lang=en" in text["body"]
    assert CASE not in text["body"].split("\n")[0]

    to_case, feedback = feedback_and_case_links(family.get(f"{HUB}/sent"), CASE)
    assert to_case == ["Back to the case"]
    assert feedback == ["What did you think of this service?"]


def test_a_late_response_is_told_it_is_marked_late(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    family = linked_parent(app, client)
    issued = deadlines.council_today() - dt.timedelta(days=15)
    sent_on(issued)
    post(family, f"{HUB}/personal-budget", {"personal_budget": "yes"})
    assert family.post(CHECK, data=hidden(family.get(CHECK))).status_code == 302
    sent = receipts(app, "draft_plan_response_received")
    [email] = sent["email.send"]
    assert sent["sms.send"] == [], "no texts: they did not choose them"
    body = " ".join(email["body"].split())
    last_day = long_date(issued + dt.timedelta(days=14))
    assert f"It reached us after the 15 days ended on {last_day}, so we have marked" in body


def test_review_views_get_one_receipt_and_the_page_leads_back(
    app: Flask, client: FlaskClient
) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    assert post(family, "/account/contact-preferences", BOTH).status_code == 302
    post(family, f"{REVIEW}/views", {"changed": VIEWS})
    assert post(family, REVIEW, {}).status_code == 302
    assert post(family, REVIEW, {}).status_code == 302, "a second press sends nothing more"

    sent = receipts(app, "review_views_received")
    [email], [text] = sent["email.send"], sent["sms.send"]
    assert email["to"] == "parent@example.org"
    assert email["subject"] == f"We have your views for the annual review: {demo.REVIEW}"
    body = " ".join(email["body"].split())
    today = long_date(deadlines.council_today())
    assert f"has your views for the annual review of case {demo.REVIEW}" in body
    assert f"You sent them on {today}." in body
    assert "We will read them before the review meeting" in body
    assert f"{REVIEW}?lang=en" in body
    assert "dyspraxia" not in body and "dyspraxia" not in text["body"]
    assert text["body"].startswith("We have your views for the annual review:")

    to_case, feedback = feedback_and_case_links(family.get(REVIEW), demo.REVIEW)
    assert to_case == ["Back to the case"]
    assert feedback == ["What did you think of this service?"]


def test_unsent_views_have_no_feedback_link_yet(app: Flask, client: FlaskClient) -> None:
    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    post(family, f"{REVIEW}/views", {"changed": VIEWS})
    assert feedback_and_case_links(family.get(REVIEW), demo.REVIEW)[1] == []
    assert receipts(app, "review_views_received")["email.send"] == []


def test_a_young_person_is_told_informally_in_their_language(
    app: Flask, client: FlaskClient
) -> None:
    young = linked_to_case(app, client, demo.REVIEW, "young_person")
    choice = {**BOTH, "language": "pl"}
    assert post(young, "/account/contact-preferences", choice).status_code == 302
    post(young, f"{REVIEW}/views", {"changed": VIEWS})
    assert post(young, REVIEW, {}).status_code == 302
    sent = receipts(app, "review_views_received")
    [email], [text] = sent["email.send"], sent["sms.send"]
    words = f"{email['subject']}\n{email['body']}\n{text['body']}"
    assert FORMAL["pl"].findall(words) == []
    assert "We have your views" not in words, "in Polish, as they chose"
    assert "?lang=pl" in text["body"]
    to_case, feedback = feedback_and_case_links(young.get(f"{REVIEW}?lang=pl"), demo.REVIEW)
    assert len(to_case) == 1 and len(feedback) == 1


def amendments_proposed(app: Flask, notice: dt.date | None, before: tuple[Any, ...] = ()) -> Any:
    """Proposed amendments to Amara's plan, sent as a draft of the amended plan on
    `notice`; None puts back `before`, what it replaced. The portal's copies are dropped."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        plan, review = session.get(Plan, demo.FINAL), session.get(Review, demo.FINAL)
        replaced = (plan.status, plan.issued_on, review.amendment_notice_on)
        if notice is None:
            plan.status, plan.issued_on, review.amendment_notice_on = before
        else:
            plan.status, plan.issued_on, review.amendment_notice_on = "draft", notice, notice
        session.commit()
    with app.app_context():
        db.session().execute(delete(CaseCache))
        db.session().commit()
    return replaced


def test_a_response_to_proposed_amendments_gets_its_own_receipt(
    app: Flask, client: FlaskClient
) -> None:
    before = amendments_proposed(app, deadlines.council_today() - dt.timedelta(days=1))
    try:
        family = linked_to_case(app, client, demo.FINAL, "parent_carer")
        assert post(family, "/account/contact-preferences", BOTH).status_code == 302
        hub = f"/account/cases/{demo.FINAL}/draft-plan"
        sending = hidden(family.get(f"{hub}/check"))
        assert family.post(f"{hub}/check", data=sending).headers["Location"].endswith(f"{hub}/sent")
        assert family.post(f"{hub}/check", data=sending).headers["Location"].endswith(f"{hub}/sent")
        assert receipts(app, "draft_plan_response_received") == {"email.send": [], "sms.send": []}
        sent = receipts(app, "amendment_response_received")
        [email], [text] = sent["email.send"], sent["sms.send"]
        assert email["subject"] == f"We have your response to the proposed amendments: {demo.FINAL}"
        body = " ".join(email["body"].split())
        assert "We will read it before we send the amended plan." in body
        words = f"{body} {text['body']}".replace(f"{hub}/sent", "")
        assert "draft" not in words.lower(), "amendments, not a draft plan"
        to_case, feedback = feedback_and_case_links(family.get(f"{hub}/sent"), demo.FINAL)
        assert to_case == ["Back to the case"] and len(feedback) == 1
    finally:
        amendments_proposed(app, None, before)
