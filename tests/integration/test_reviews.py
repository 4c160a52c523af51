"""Annual reviews: a family sees when the review is due and its meeting, gives their views
(a young person in their own words), adds a report, comes back and sends once through the
outbox, exactly once even when the case system is down; after the meeting they see the
council's decision with the dates the regulations set, overdue ones marked."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, select, update

from devtools.reference_case_system import council_decisions, demo
from devtools.reference_case_system.models import Case, Entry, Plan, Review, StoredDocument
from portal.case_api import outbox
from portal.models import CaseCache, Document, OutboxMessage, ReviewViews
from portal.platform import db, deadlines
from portal.platform.deadlines import appeal_due
from tests.conftest import sign_in
from tests.support.case_system import entries_since, faults, last_entry_id
from tests.support.draft_plans import long_date, short_date
from tests.support.files import PDF
from tests.support.outbox import make_due
from tests.support.own_pages import linked_to_case
from tests.support.pages import hidden, one, page, post, seen

HUB = f"/account/cases/{demo.REVIEW}/annual-review"
VIEWS = f"{HUB}/views"
ANSWERS = {
    "working": "The reading programme: he reads every evening now.",
    "not_working": "",
    "changed": "He was diagnosed with dyspraxia in March.",
    "hopes": "To travel to school on his own.",
}


def views_in_case_system(app: Flask, views_id: str) -> list[dict[str, Any]]:
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        return [
            entry.body
            for entry in session.scalars(
                select(Entry).where(
                    Entry.case_reference == demo.REVIEW, Entry.kind == "review_views"
                )
            )
            if entry.body["id"] == views_id
        ]


def the_views(app: Flask) -> ReviewViews:
    with app.app_context():
        [found] = db.session().scalars(select(ReviewViews)).all()
        return found


def linked(app: Flask, client: FlaskClient, reference: str, relationship: str) -> FlaskClient:
    return linked_to_case(app, client, reference, relationship)


@pytest.fixture
def family(app: Flask, client: FlaskClient) -> FlaskClient:
    return linked(app, client, demo.REVIEW, "parent_carer")


def test_a_family_sees_when_the_review_is_due_and_its_meeting(family: FlaskClient) -> None:
    case = page(family.get(f"/account/cases/{demo.REVIEW}"))
    assert case.select(f"a[href='{HUB}']"), "the case page links to the review"
    hub = page(family.get(HUB))
    dates = hub.select(".portal-review-dates")[0].get_text(" ", strip=True)
    due, meeting = (
        deadlines.council_today() + dt.timedelta(weeks=5),
        demo.review_meeting_on(),
    )
    assert f"Review due by {long_date(due)}" in dates
    assert f"Review meeting {long_date(meeting)}" in dates
    assert "Overdue" not in dates
    assert hub.select(f"a[href='{VIEWS}']")[0].get_text(strip=True) == "Give your views"


def test_views_are_saved_come_back_to_and_sent_once(app: Flask, family: FlaskClient) -> None:
    form = page(family.get(VIEWS))
    labels = [label.get_text(strip=True) for label in form.select("label")]
    assert labels == [
        "What is working well? (optional)",
        "What is not working? (optional)",
        "What has changed since the plan was made or last reviewed? (optional)",
        "What are your hopes for the next year, and further ahead? (optional)",
    ]
    saved = post(family, VIEWS, ANSWERS)
    views_id = the_views(app).id
    path = f"/account/review-views/{views_id}/reports"
    assert saved.headers["Location"] == path, "on to the reports"
    from tests.support.pages import hidden

    added = family.post(
        path,
        data={**hidden(family.get(path)), "file": (io.BytesIO(PDF), "school.pdf")},
        content_type="multipart/form-data",
    )
    assert added.status_code == 302

    again = app.test_client()
    sign_in(again, person="parent@example.org")
    hub = page(again.get(HUB)).select(".portal-review-views")[0].get_text(" ", strip=True)
    assert ANSWERS["changed"] in hub and "school.pdf" in hub and "Not answered" in hub

    faults(app).add("error", times=3)
    assert post(again, HUB, {}).status_code == 302, "sending needs no case system"
    assert post(again, HUB, {}).status_code == 302, "a second press sends nothing more"
    outbox.run_once(app)
    with app.app_context():
        [waiting] = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "review_views.create")
        )
        assert waiting.status == "pending" and waiting.attempts >= 1
    faults(app).clear()
    faults(app).add("drop_after_commit")
    for _ in range(3):
        make_due(app)
        outbox.run_once(app)
    [body] = views_in_case_system(app, views_id)
    assert (body["working"], body["not_working"]) == (ANSWERS["working"], None)
    assert body["author_role"] == "parent_carer"
    assert body["meeting_on"] == demo.review_meeting_on().isoformat()
    assert [a["filename"] for a in body["attachments"]] == ["school.pdf"]
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        stored = session.get(StoredDocument, (demo.REVIEW, body["attachments"][0]["id"]))
        assert stored is not None and stored.data == PDF, "the report's file arrived too"

    sent = page(again.get(HUB)).get_text(" ", strip=True)
    assert "You sent your views on" in sent and "Send your views" not in sent
    too_late = post(again, VIEWS, {"hopes": "Changed"})
    told = page(too_late).get_text(" ", strip=True)
    assert "Your views were already sent, so this change was not saved." in told
    assert "Changed" in told, "what was written is shown back, to copy"
    assert the_views(app).answers["review.hopes"] == ANSWERS["hopes"], "sent views never change"


def test_in_arabic_the_reports_are_listed_each_isolated_in_the_pages_direction(
    app: Flask, family: FlaskClient
) -> None:
    """Each report on a line of its own, with its description under its name (a tester
    saw the description on the reports page and nowhere after it), the list in the
    page's direction and each name isolated."""
    post(family, VIEWS, ANSWERS)
    path = f"/account/review-views/{the_views(app).id}/reports"
    for name in ("school.pdf", "therapy.pdf"):
        added = family.post(
            path,
            data={**hidden(family.get(path)), "file": (io.BytesIO(PDF), name)},
            content_type="multipart/form-data",
        )
        assert added.status_code == 302
    views = page(family.get(f"{HUB}?lang=ar")).select(".portal-review-views")[0]
    reports = views.select(".govuk-summary-list__value")[-1]
    listed = reports.select("li")
    assert [" ".join(item.get_text().split()) for item in listed] == ["school.pdf", "therapy.pdf"]
    assert [name.get_text() for name in reports.select("li > bdi")] == ["school.pdf", "therapy.pdf"]
    [listing] = reports.select("ul")
    assert listing.get("dir") is None, "the page's direction"
    assert "<" not in reports.get_text(), "no markup shown as text"


def test_views_are_in_your_data_and_its_downloads(app: Flask, family: FlaskClient) -> None:
    post(family, VIEWS, ANSWERS)
    [held] = family.get("/account/your-data.json").get_json()["review_views"]
    due = deadlines.council_today() + dt.timedelta(weeks=5)
    assert (held["case"], held["review_due_on"], held["sent_at"]) == (
        demo.REVIEW,
        due.isoformat(),
        None,
    )
    for path in ("/account/your-data", "/account/your-data.html"):
        text = page(family.get(path)).get_text(" ", strip=True)
        assert f"Your views for the annual review due by {long_date(due)}, not sent" in text
        assert ANSWERS["hopes"] in text


def test_an_answer_too_long_is_named_by_its_question_and_the_limit_is_said_first(
    family: FlaskClient,
) -> None:
    intro = page(family.get(VIEWS)).select_one("main p.govuk-body")
    assert intro is not None
    said = intro.get_text(" ", strip=True)
    assert "up to 5,000 characters for each answer" in said, said
    too_long = post(family, VIEWS, {"working": "x" * 5001, "hopes": "y" * 5001})
    assert too_long.status_code == 200
    summary = [a.get_text(strip=True) for a in page(too_long).select(".govuk-error-summary a")]
    assert summary == [
        "What is working well must be 5,000 characters or fewer",
        "Hopes for the future must be 5,000 characters or fewer",
    ]


def test_a_young_person_is_asked_in_plain_words(app: Flask, client: FlaskClient) -> None:
    young = linked(app, client, demo.REVIEW, "young_person")
    labels = [label.get_text(strip=True) for label in page(young.get(VIEWS)).select("label")]
    assert labels[0] == "What is going well for me? (optional)"
    assert labels[3] == "What do I want for the future? (optional)"
    polish = page(young.get(f"{VIEWS}?lang=pl")).get_text(" ", strip=True)
    assert "w sprawie twojego przeglądu przeczytają" in polish, "spoken to as ty, not Państwo"
    post(young, VIEWS, {"working": "My mentor on Tuesdays."})
    post(young, HUB, {})
    outbox.run_once(app)
    [body] = views_in_case_system(app, the_views(app).id)
    assert body["author_role"] == "young_person" and body["working"] == "My mentor on Tuesdays."


def test_a_young_persons_review_page_speaks_to_them_in_every_label(
    app: Flask, client: FlaskClient
) -> None:
    young = linked(app, client, demo.FINAL, "young_person")
    shown = page(young.get(f"/account/cases/{demo.FINAL}/annual-review?lang=ro"))
    labels = [key.get_text(strip=True) for key in shown.select(".govuk-summary-list__key")]
    assert labels[1:3] == ["Termen pentru revizuirea ta", "Întâlnirea ta de revizuire"]
    # The decision, made: its label in new_translations.json until the catalogue has it.
    assert "Decizia despre planul tău a fost luată pe" in labels
    headings = [h.get_text(strip=True) for h in shown.select("h2")]
    assert "După întâlnirea ta" in headings and "Părerile tale" in headings
    text = shown.get_text(" ", strip=True)
    assert "Consiliul a decis să-ți modifice planul." in text
    assert "Termen pentru planul tău modificat" in labels
    turkish = page(young.get(f"/account/cases/{demo.FINAL}/annual-review?lang=tr"))
    assert turkish.select(".govuk-back-link")[0].get_text(strip=True) == "Vakana dön"
    parent = linked(app, app.test_client(), demo.FINAL, "parent_carer")
    formal = page(parent.get(f"/account/cases/{demo.FINAL}/annual-review?lang=ro"))
    assert "Opiniile dumneavoastră" in [h.get_text(strip=True) for h in formal.select("h2")]


def test_after_the_meeting_the_decision_shows_its_dates_and_what_is_overdue(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, demo.FINAL, "parent_carer")
    shown = page(family.get(f"/account/cases/{demo.FINAL}/annual-review"))
    text = shown.get_text(" ", strip=True)
    assert "The council decided to change the plan." in text
    steps = [
        row.get_text(" ", strip=True)
        for row in shown.select(".portal-review-steps .govuk-summary-list__row")
    ]
    assert steps == [
        "Decision made on 30 July 2026",
        "The time to comment ended on 13 August 2026",
        "Changed plan due by 24 September 2026 Overdue",
    ]
    # 8 weeks from the proposed changes come before the move to secondary school: the
    # move's later date is not offered as a second date for the changed plan.
    assert "must be ready by" not in text
    assert "We are no longer asking for views for this review." in text
    assert family.get(f"/account/cases/{demo.FINAL}/annual-review/views").status_code == 302


def test_a_move_of_school_sooner_than_8_weeks_sets_the_changed_plans_date(
    app: Flask, client: FlaskClient
) -> None:
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        review = session.get(Review, demo.FINAL)
        before = review.amendment_notice_on
        review.amendment_notice_on = dt.date(2027, 1, 8)  # 8 weeks: 5 March 2027
        session.commit()
    try:
        family = linked(app, client, demo.FINAL, "parent_carer")
        shown = page(family.get(f"/account/cases/{demo.FINAL}/annual-review"))
        due = shown.select(".portal-review-steps .govuk-summary-list__row")[-1]
        assert due.get_text(" ", strip=True).startswith("Changed plan due by 15 February 2027")
        text = shown.get_text(" ", strip=True)
        assert (
            "Because of the move to a new school, the changed plan must be ready by "
            "15 February 2027." in text
        )
    finally:
        with sessions() as session:
            session.get(Review, demo.FINAL).amendment_notice_on = before
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()


def test_a_case_without_a_plan_to_review_has_no_review_page(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, demo.CHILD_DRAFT, "parent_carer")
    assert family.get(f"/account/cases/{demo.CHILD_DRAFT}/annual-review").status_code == 404
    assert family.get(HUB).status_code == 404, "not linked to that case"


def test_a_family_is_told_once_when_the_meeting_is_set(app: Flask, family: FlaskClient) -> None:
    runner = app.test_cli_runner()
    assert "Told 1 families" in runner.invoke(args=["reviews", "tell"]).output
    assert "Told 0 families" in runner.invoke(args=["reviews", "tell"]).output
    with app.app_context():
        [email] = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "email.send")
        )
        payload = email.payload
    meeting = long_date(demo.review_meeting_on())
    assert payload["to"] == "parent@example.org"
    assert payload["subject"] == f"Your annual review meeting is on {meeting}"
    assert HUB in payload["body"]


def rows_of(shown: Any) -> list[list[str]]:
    """The caseworkers' list of reviews, a row of cells' text a review."""
    rows = shown.select(".portal-reviews tbody tr")
    return [[seen(c) for c in row.select("td")] for row in rows]


def the_demos_reviews(views_of_the_review: int, named: tuple[str, str]) -> list[list[str]]:
    """The list as the demo's two linked reviews fill it: the final plan's changed plan
    overdue first, then the review to come, with how many views it has; each child
    `named` as far as the portal knows."""
    meeting = demo.review_meeting_on()
    return [
        [
            f"{demo.FINAL} Consent record",
            named[0],
            "21 Jul 2026",
            "8 Jul 2026",
            "Change the plan",
            "Issue the changed plan: 24 Sept 2026 Overdue",
            "None sent",
        ],
        [
            f"{demo.REVIEW} Consent record",
            named[1],
            short_date(deadlines.council_today() + dt.timedelta(weeks=5)),
            short_date(meeting),
            "Not yet",
            f"Decide: {short_date(meeting + dt.timedelta(weeks=4))}",
            {0: "None sent", 1: "1 set of views"}[views_of_the_review],
        ],
    ]


def test_caseworkers_see_the_reviews_overdue_first(app: Flask, family: FlaskClient) -> None:
    post(family, VIEWS, {"hopes": "To swim for the county."})
    post(family, HUB, {})
    other = linked(app, app.test_client(), demo.FINAL, "parent_carer")
    other.get(f"/account/cases/{demo.FINAL}")  # what the list shows is what the portal read
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert "/caseworker/annual-reviews" in staff.get("/caseworker/").get_data(as_text=True)
    shown = page(staff.get("/caseworker/annual-reviews"))
    assert rows_of(shown) == the_demos_reviews(
        views_of_the_review=1, named=("Amara Okafor", "Tobi Okafor")
    )


def test_a_linked_case_whose_review_nobody_opened_is_listed_overdue_first(
    app: Flask, client: FlaskClient
) -> None:
    """The tester's walk: a parent links a case and opens nothing; the caseworkers' list
    reads the review from the case system itself, so its overdue changed plan is shown
    and first, not "not known yet" until the family looks."""
    linked(app, client, demo.REVIEW, "parent_carer")
    linked(app, app.test_client(), demo.FINAL, "parent_carer")
    forget_the_portals_copy(app)  # nobody has opened a case or its review
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    shown = page(staff.get("/caseworker/annual-reviews"))
    assert rows_of(shown) == the_demos_reviews(
        views_of_the_review=0, named=("Amara Okafor", "Tobi Okafor")
    ), "each child named as the case system says"
    assert "cannot reach the case system" not in shown.get_text(" ", strip=True)


def test_the_reviews_list_says_so_when_the_case_system_cannot_be_reached(
    app: Flask, client: FlaskClient
) -> None:
    linked(app, client, demo.FINAL, "parent_carer")
    forget_the_portals_copy(app)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    faults(app).add("error", times=10)
    try:
        text = page(staff.get("/caseworker/annual-reviews")).get_text(" ", strip=True)
    finally:
        faults(app).clear()
    assert (
        "We cannot reach the case system right now, so reviews it has not told this "
        "service about are missing or out of date." in text
    )
    assert "No case that families can see has an annual review yet." not in text


def test_the_reviews_list_shows_its_old_copy_and_says_so_when_the_case_system_is_down(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, demo.FINAL, "parent_carer")
    assert family.get(f"/account/cases/{demo.FINAL}/annual-review").status_code == 200
    with app.app_context():
        db.session().execute(
            update(CaseCache).values(fetched_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        )
        db.session().commit()
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    faults(app).add("error", times=10)
    try:
        shown = page(staff.get("/caseworker/annual-reviews"))
    finally:
        faults(app).clear()
    text = shown.get_text(" ", strip=True)
    assert "We cannot reach the case system right now" in text
    [row] = shown.select(".portal-reviews tbody tr")
    assert "Issue the changed plan: 24 Sept 2026 Overdue" in row.get_text(" ", strip=True)


def test_proposed_changes_sent_as_a_draft_are_answered_through_the_draft_plan_pages(
    app: Flask, client: FlaskClient
) -> None:
    """A case system that sends an amendment as a draft of the changed plan: the family
    comments on it with the draft plan's own pages, within its 15 days."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    today = deadlines.council_today()
    with sessions() as session:
        plan, review = session.get(Plan, demo.FINAL), session.get(Review, demo.FINAL)
        before = (plan.status, plan.issued_on, review.amendment_notice_on)
        plan.status, plan.issued_on, review.amendment_notice_on = "draft", today, today
        session.commit()
    try:
        family = linked(app, client, demo.FINAL, "parent_carer")
        shown = page(family.get(f"/account/cases/{demo.FINAL}/annual-review"))
        [button] = shown.select(f"a[href='/account/cases/{demo.FINAL}/draft-plan']")
        assert button.get_text(strip=True) == "Comment on the proposed changes"
        text = shown.get_text(" ", strip=True)
        assert f"until {long_date(today + dt.timedelta(days=14))}" in text
        assert family.get(f"/account/cases/{demo.FINAL}/draft-plan").status_code == 200
    finally:
        with sessions() as session:
            plan, review = session.get(Plan, demo.FINAL), session.get(Review, demo.FINAL)
            plan.status, plan.issued_on, review.amendment_notice_on = before
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()


def propose_amendments(app: Flask, notice: dt.date | None) -> tuple[Any, ...]:
    """The case system sends the proposed amendments to Amara's plan as a draft of the
    amended plan on `notice` (no move of school brings the amended plan's date sooner);
    None puts the demonstration case back. Returns what it replaced."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        plan, review = session.get(Plan, demo.FINAL), session.get(Review, demo.FINAL)
        before = (plan.status, plan.issued_on, review.amendment_notice_on, review.phase_transfer)
        if notice is None:
            plan.status, plan.issued_on, review.amendment_notice_on = "final", *DEMO_FINAL
            review.phase_transfer = "school"
        else:
            plan.status, plan.issued_on, review.amendment_notice_on = "draft", notice, notice
            review.phase_transfer = None
        session.commit()
    with app.app_context():
        db.session().execute(delete(CaseCache))
        db.session().commit()
    return before


DEMO_FINAL = (dt.date(2025, 7, 21), dt.date(2026, 7, 30))  # issued, amendment notice


def words(message: str) -> str:
    """A message's words, without the link to the response pages (".../draft-plan")."""
    return re.sub(r"\S*/draft-plan\S*", "", message).lower()


def test_proposed_amendments_are_told_and_shown_as_amendments_not_as_a_draft_plan(
    app: Flask, client: FlaskClient
) -> None:
    notice = deadlines.council_today() - dt.timedelta(days=1)
    before = propose_amendments(app, notice)
    assert before == ("final", *DEMO_FINAL, "school")
    try:
        family = linked(app, client, demo.FINAL, "parent_carer")
        choice = {"channels": ["email", "sms"], "mobile": "07700 900 123", "language": "en"}
        assert post(family, "/account/contact-preferences", choice).status_code == 302
        told = app.test_cli_runner().invoke(args=["draft-plans", "tell"]).output
        assert "Told 1 families" in told
        with app.app_context():
            sent = {
                m.kind: m.payload
                for m in db.session().scalars(
                    select(OutboxMessage).where(OutboxMessage.kind.in_(["email.send", "sms.send"]))
                )
            }
        close, amended = notice + dt.timedelta(days=14), notice + dt.timedelta(weeks=8)
        email = sent["email.send"]
        assert email["subject"] == "Proposed amendments to the EHC plan after the annual review"
        body = " ".join(email["body"].split())
        assert (
            f"You have until {long_date(close)} to tell us what you think of them: 15 days" in body
        )
        assert f"The council must send the amended plan by {long_date(amended)}." in body
        assert "draft" not in words(body)
        text = sent["sms.send"]["body"]
        assert text.startswith("Proposed amendments to your EHC plan after the annual review")
        assert "draft" not in words(text)

        case = page(family.get(f"/account/cases/{demo.FINAL}")).select("#draft-plan-response")
        assert "Respond to the proposed amendments" in case[0].get_text(" ", strip=True)
        hub = f"/account/cases/{demo.FINAL}/draft-plan"
        shown = page(family.get(hub))
        heading = shown.select_one("h1")
        assert heading is not None
        assert heading.get_text(strip=True) == "Respond to the proposed amendments to the EHC plan"
        main = " ".join(shown.select("main")[0].get_text(" ", strip=True).split())
        assert "After the annual review, the council proposes amendments to the EHC plan." in main
        assert f"You have until {long_date(close)} to respond. That is 15 days," in main
        assert f"Amended plan due by {long_date(amended)}" in main
        assert "draft" not in main.lower()

        # Reminded 5 days before the end, in the amendments' words.
        propose_amendments(app, deadlines.council_today() - dt.timedelta(days=9))
        reminded = app.test_cli_runner().invoke(args=["draft-plans", "remind"]).output
        assert "Queued 1 reminders." in reminded
        with app.app_context():
            [reminder] = db.session().scalars(
                select(OutboxMessage)
                .where(OutboxMessage.kind == "email.send")
                .order_by(OutboxMessage.created_at.desc())
                .limit(1)
            )
        last_day = long_date(deadlines.council_today() + dt.timedelta(days=5))
        assert reminder.payload["subject"] == (
            f"Respond to the proposed amendments to the EHC plan by {last_day}"
        )
        assert "draft" not in words(reminder.payload["body"])
        arabic = page(family.get(f"{hub}?lang=ar")).select_one("h1")
        assert (
            arabic is not None
            and arabic.get_text(strip=True) == "الرد على التعديلات المقترحة على خطة EHC"
        )
        assert (
            family.post(f"{hub}/check", data=hidden(family.get(f"{hub}/check")))
            .headers["Location"]
            .endswith(f"{hub}/sent")
        )
        shown = page(family.get(f"{hub}/sent?lang=en"))
        done = " ".join(shown.select("main")[0].get_text(" ").split())
        assert "You sent your response to the proposed amendments on" in done
        assert "We will read it before we send the amended plan." in done

        staff = app.test_client()
        sign_in(staff, "staff", "caseworker@council.example")
        row = page(staff.get("/caseworker/draft-plan-responses")).select(
            ".portal-draft-responses tbody tr"
        )[0]
        due = seen(row.select("td")[4])
        reminded_notice = deadlines.council_today() - dt.timedelta(days=9)
        amended_due = short_date(reminded_notice + dt.timedelta(weeks=8))
        assert due.startswith(amended_due) and "Amended plan" in due, "not the 20 weeks"
        assert "draft" not in done.lower()
    finally:
        propose_amendments(app, None)


def test_a_decision_to_stop_the_plan_shows_how_to_disagree_and_the_appeal_deadline(
    app: Flask, client: FlaskClient
) -> None:
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    decided = deadlines.council_today() - dt.timedelta(days=10)
    with sessions() as session:
        review = session.get(Review, demo.FINAL)
        before = (review.outcome, review.decided_on, review.amendment_notice_on)
        review.outcome, review.decided_on, review.amendment_notice_on = "stop", decided, None
        session.commit()
    try:
        family = linked(app, client, demo.FINAL, "parent_carer")
        shown = page(family.get(f"/account/cases/{demo.FINAL}/annual-review"))
        assert "The council decided to stop the plan." in shown.get_text(" ", strip=True)
        [box] = shown.select("#disagree-cease_plan")
        said = " ".join(box.get_text(" ", strip=True).split())
        assert "If you disagree with our decision to stop the EHC plan" in said
        assert f"Your appeal must reach the tribunal by {long_date(appeal_due(decided))}" in said
        assert "we must keep the EHC plan in place until the tribunal decides" in said
        record = box.select("a[href*='contacted-mediation']")[0]["href"]
        assert family.get(record).status_code == 200, "mediation can be recorded on it"
        case = page(family.get(f"/account/cases/{demo.FINAL}"))
        assert case.select("#disagree-cease_plan"), "the case page shows the same box"
        assert not case.select("#disagree-final_plan"), "the stop, not the contents"
    finally:
        with sessions() as session:
            review = session.get(Review, demo.FINAL)
            review.outcome, review.decided_on, review.amendment_notice_on = before
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()


def test_mediation_on_a_reviews_decision_to_stop_the_plan_counts_once_the_decision_is_dated(
    app: Flask, client: FlaskClient
) -> None:
    """The review decided to stop the plan; the family recorded their certificate; then the
    council's decision to stop it reached the case system with its own date. The appeal
    deadline is counted from that decision: 2 months from it, or 1 month from the
    certificate, whichever is later; the certificate is not lost, and the next step is
    keyed to the decision and its date."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    reviewed, decided = (deadlines.council_today() - dt.timedelta(days=d) for d in (70, 60))
    with sessions() as session:
        review = session.get(Review, demo.FINAL)
        before = (review.outcome, review.decided_on, review.amendment_notice_on)
        review.outcome, review.decided_on, review.amendment_notice_on = "stop", reviewed, None
        session.commit()
    since = last_entry_id(app)
    try:
        family = linked(app, client, demo.FINAL, "parent_carer")
        path = f"/account/cases/{demo.FINAL}"
        step = f"{path}/disagree/cease_plan"
        certificate = deadlines.council_today() - dt.timedelta(days=1)
        day = [str(certificate.day), str(certificate.month), str(certificate.year)]
        assert (
            post(family, f"{step}/mediation-certificate", {"happened_on": day}).status_code == 302
        )

        with sessions() as session:
            council_decisions.record(session, session.get(Case, demo.FINAL), "cease_plan", decided)
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()
        later = appeal_due(decided, certificate)
        assert later > appeal_due(decided), "the certificate gives the later deadline"
        for shown in (path, f"{path}/annual-review"):
            [box] = page(family.get(shown)).select("#disagree-cease_plan")
            said = " ".join(box.get_text(" ", strip=True).split())
            assert f"the date on your mediation certificate is {long_date(certificate)}" in said
            assert f"Your appeal must reach the tribunal by {long_date(later)}." in said, shown

        contacted = decided + dt.timedelta(days=3)
        day = [str(contacted.day), str(contacted.month), str(contacted.year)]
        assert post(family, f"{step}/contacted-mediation", {"happened_on": day}).status_code == 302
        outbox.run_once(app)
        kept = entries_since(app, since, demo.FINAL, "mediation_step")
        assert sorted((b["step"], b["decided_on"]) for b in kept) == [
            ("contacted_mediation", decided.isoformat()),
            ("mediation_certificate", reviewed.isoformat()),
        ], "each step once, the one after the decision keyed to its own date"
    finally:
        with sessions() as session:
            review = session.get(Review, demo.FINAL)
            review.outcome, review.decided_on, review.amendment_notice_on = before
            session.get(Case, demo.FINAL).status = "final_plan"
            session.execute(
                delete(Entry).where(
                    Entry.case_reference == demo.FINAL, Entry.kind == council_decisions.KIND
                )
            )
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()


def test_the_review_says_so_when_the_case_system_cannot_be_reached(
    app: Flask, family: FlaskClient
) -> None:
    assert family.get(HUB).status_code == 200  # read once, and kept a little while
    with app.app_context():
        db.session().execute(
            update(CaseCache).values(fetched_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        )
        db.session().commit()
    faults(app).add("error", times=10)
    try:
        shown = page(family.get(HUB)).get_text(" ", strip=True)
        assert (
            "This copy is from 1 January 2026. We cannot reach the case system right now." in shown
        )
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()
        assert family.get(HUB).status_code == 503, "no copy to show"
    finally:
        faults(app).clear()


def close_review(app: Flask, how: str) -> tuple[Any, ...]:
    """The meeting is held (yesterday) or the council records its decision, and the
    portal's copy of the review is read again; returns what to put back."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        review = session.get(Review, demo.REVIEW)
        before = (review.meeting_on, review.outcome, review.decided_on)
        if how == "meeting held":
            review.meeting_on = deadlines.council_today() - dt.timedelta(days=1)
        else:
            review.outcome, review.decided_on = "keep", deadlines.council_today()
        session.commit()
    forget_the_portals_copy(app)
    return before


def reopen_review(app: Flask, before: tuple[Any, ...]) -> None:
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        review = session.get(Review, demo.REVIEW)
        review.meeting_on, review.outcome, review.decided_on = before
        session.commit()
    forget_the_portals_copy(app)


def forget_the_portals_copy(app: Flask) -> None:
    with app.app_context():
        db.session().execute(delete(CaseCache))
        db.session().commit()


def not_saved_and_shown_back(response: Any, answers: dict[str, str]) -> str:
    assert response.status_code == 200, "the page answers, not a redirect that loses them"
    shown = page(response)
    banner = shown.select_one(".govuk-notification-banner")
    assert banner is not None, "the page says the views were not saved"
    said = " ".join(banner.get_text(" ", strip=True).split())
    assert "Your views were not saved" in said
    assert "We are no longer asking for views for this review." in said
    kept = shown.select_one(".portal-not-sent")
    assert kept is not None, "what they wrote is shown back"
    for answer in answers.values():
        assert answer in kept.get_text(" ", strip=True)
    assert "(optional)" not in kept.get_text(" "), "questions read back without it"
    assert not shown.select("main form"), "nothing to save or send now"
    return said


@pytest.mark.parametrize("how", ["meeting held", "decision recorded"])
def test_views_written_as_the_review_closed_are_shown_back_not_lost(
    app: Flask, family: FlaskClient, how: str
) -> None:
    """Views saved in time are kept as they were; what the family wrote after the review
    closed is not saved (the council is no longer asking) but shown back to them."""
    post(family, VIEWS, {"working": ANSWERS["working"]})
    assert page(family.get(VIEWS)).select("main form textarea"), "they go on writing"
    before = close_review(app, how)
    try:
        late = {"working": ANSWERS["working"], "hopes": ANSWERS["hopes"]}
        not_saved_and_shown_back(post(family, VIEWS, late), {"hopes": ANSWERS["hopes"]})
        saved = {key: text for key, text in the_views(app).answers.items() if text}
        assert saved == {"review.working": ANSWERS["working"]}, (
            "what was saved in time is kept, and nothing written late is added"
        )
    finally:
        reopen_review(app, before)


def test_a_young_person_and_an_arabic_reader_are_told_their_views_were_not_saved(
    app: Flask, client: FlaskClient
) -> None:
    young = linked(app, client, demo.REVIEW, "young_person")
    assert young.get(VIEWS).status_code == 200
    before = close_review(app, "meeting held")
    try:
        words = {"working": "My mentor on Tuesdays."}
        not_saved_and_shown_back(post(young, VIEWS, words), words)
        assert not any(the_views(app).answers.values()), "nothing written late is saved"
        young.get("/account/?lang=ar")
        arabic = post(young, VIEWS, words)
        assert arabic.status_code == 200
        html = page(arabic).select_one("html")
        assert html is not None and html["lang"] == "ar"
        kept = page(arabic).select_one(".portal-not-sent")
        assert kept is not None and words["working"] in kept.get_text(" ")
    finally:
        reopen_review(app, before)


def reports_of(app: Flask) -> str:
    return f"/account/review-views/{the_views(app).id}/reports"


def upload(family: FlaskClient, path: str, form: dict[str, str], name: str, about: str) -> Any:
    chosen = {"file": (io.BytesIO(PDF), name), "description": about}
    return family.post(path, data={**form, **chosen}, content_type="multipart/form-data")


@pytest.mark.parametrize("how", ["meeting held", "decision recorded"])
def test_a_report_chosen_after_the_review_closed_is_named_back_not_added(
    app: Flask, family: FlaskClient, how: str
) -> None:
    """The reports page is open while the review closes, the views not yet sent: the report
    is not added (the council is no longer asking for views, as the views page says), and
    the page names it, with what was written about it, why, and how to get it to the
    council; the report added in time is kept."""
    post(family, VIEWS, {"working": ANSWERS["working"]})
    reports = reports_of(app)
    upload(family, reports, hidden(family.get(reports)), "school.pdf", "School report")
    left_open = hidden(family.get(reports))
    before = close_review(app, how)
    try:
        added = upload(family, reports, left_open, "speech-therapy.pdf", "Speech report")

        assert added.status_code == 200, added.headers.get("Location")
        shown = page(added)
        said = " ".join(one(shown, "main").get_text(" ", strip=True).split())
        assert "Your file was not added" in said
        assert (
            "We are no longer asking for views for this review, so this file was not added "
            "to your views." in said
        )
        rows = [r.get_text(" ", strip=True) for r in shown.select(".portal-not-sent dd")]
        assert rows == ["speech-therapy.pdf", "Speech report"]
        assert "send it to the SEN team or your caseworker another way" in said
        assert not shown.select("main form"), "nothing to upload now"
        assert shown.select_one(f"a.govuk-back-link[href$='{HUB}#your-views']") is not None
        with app.app_context():
            names = db.session().scalars(select(Document.filename)).all()
        assert names == ["school.pdf"], "the report added in time is kept, the late one is not"
        hub = page(family.get(HUB)).get_text(" ", strip=True)
        assert "school.pdf" in hub and "speech-therapy.pdf" not in hub
        assert the_views(app).submitted_at is None
    finally:
        reopen_review(app, before)


def test_once_the_review_closed_its_reports_no_longer_change(
    app: Flask, family: FlaskClient
) -> None:
    """As the views page does once the review closed, the reports page and a report's removal
    go back to the review page, and the report added in time stays with the views."""
    post(family, VIEWS, {"working": ANSWERS["working"]})
    reports = reports_of(app)
    upload(family, reports, hidden(family.get(reports)), "school.pdf", "School report")
    with app.app_context():
        document_id = db.session().scalars(select(Document.id)).one()
    remove = f"{reports}/{document_id}/remove"
    left_open = hidden(family.get(remove))
    before = close_review(app, "meeting held")
    try:
        for response in (
            family.get(reports),
            family.post(reports, data=left_open),
            family.get(remove),
            family.post(remove, data=left_open),
        ):
            assert response.status_code == 302
            assert response.headers["Location"].endswith(f"{HUB}#your-views")
        with app.app_context():
            names = db.session().scalars(select(Document.filename)).all()
        assert names == ["school.pdf"], "the report added in time is not removed"
        assert family.get(f"{reports}/{document_id}").status_code == 200, "it can still be read"
    finally:
        reopen_review(app, before)
