"""The case page's dates agree with the annual review page and the caseworkers' lists: a
review held and decided is not overdue; a final plan past its date, not yet issued, is
shown as late."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Plan, Review
from tests.conftest import sign_in
from tests.support.case_system import sessions
from tests.support.contributions import answer_all, begin
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import one, page

DAY = dt.date(2026, 12, 2)


@pytest.fixture(autouse=True)
def today(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """The portal's day, once the app (and the process's case system, whose demonstration
    cases take their dates from the real day, for every module that follows) is made."""
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: DAY)


def linked(app: Flask, client: FlaskClient, reference: str, name: str, role: str) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, reference, name, role), BORN[reference])
    return client


def row(client: FlaskClient, path: str, key: str) -> str:
    for found in page(client.get(path)).select(".govuk-summary-list__row"):
        if one(found, "dt").get_text(strip=True) == key:
            return " ".join(one(found, "dd").get_text(" ", strip=True).split())
    raise AssertionError(f"no row {key!r} on {path}")


def test_a_review_held_and_decided_is_not_overdue_on_the_case_page(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
    case = f"/account/cases/{demo.FINAL}"
    review_page = page(family.get(f"{case}/annual-review")).get_text(" ", strip=True)
    assert "Decision made on 30 July 2026" in review_page  # after the 8 July meeting
    assert row(family, case, "Next annual review due") == "8 July 2027"
    text = page(family.get(case)).get_text(" ", strip=True)
    assert "The annual review was due by" not in text


def test_a_late_final_plan_is_shown_as_late_to_the_young_person(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, demo.DRAFT, "Jordan Hale", "young_person")
    progress = page(family.get(f"/account/cases/{demo.DRAFT}")).select_one(".portal-progress")
    assert progress is not None
    text = " ".join(progress.get_text(" ", strip=True).split())
    assert "The final plan is due by 19 October 2026" not in text
    assert "The final plan was due by 19 October 2026 Overdue" in text


def test_amaras_plan_is_due_its_next_review_within_a_year_of_the_last(
    app: Flask, client: FlaskClient
) -> None:
    """The demo: after the July 2026 review's decision, the plan's next review moved on."""
    family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
    case = f"/account/cases/{demo.FINAL}"
    assert row(family, case, "Last annual review") == "8 July 2026"
    assert row(family, case, "Next annual review due") == "8 July 2027"
    text = " ".join(page(family.get(case)).get_text(" ", strip=True).split())
    assert "The next annual review is due by 8 July 2027" in text
    assert "21 July 2026" not in text


def test_the_next_review_is_not_linked_to_the_last_reviews_page(
    app: Flask, client: FlaskClient
) -> None:
    """A tester in Polish read "Next annual review by 8 July 2027" followed by "The annual
    review: your views, the meeting and the decision", which opened the July 2026 review,
    decided, saying views were no longer being collected."""
    family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
    shown = page(family.get(f"/account/cases/{demo.FINAL}"))
    due = next(p for p in shown.select("main p") if "next annual review is due by" in p.text)
    assert "your views" not in due.get_text(), due
    last = [
        a.get_text(" ", strip=True)
        for a in shown.select("main a")
        if str(a.get("href", "")).endswith("/annual-review")
    ]
    assert "The last annual review: the meeting and the decision" in last, last
    assert "The annual review: your views, the meeting and the decision" not in last, last


def test_a_review_already_held_is_not_shown_as_still_due(app: Flask, client: FlaskClient) -> None:
    """A plan whose next review date is the one the case system's review was held for (its
    meeting on 8 July, decided on 30 July): the page does not say that past date is still
    due, nor ask for views for it."""
    with sessions(app)() as session:
        plan = session.get(Plan, demo.FINAL)
        before = plan.last_review_on, plan.next_review_due
        plan.last_review_on, plan.next_review_due = None, dt.date(2026, 7, 21)
        session.commit()
    try:
        family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
        case = f"/account/cases/{demo.FINAL}"
        text = " ".join(page(family.get(case)).get_text(" ", strip=True).split())
        assert "due by 21 July 2026" not in text
        assert "The annual review was held on 8 July 2026." in text
        rows = [
            one(found, "dt").get_text(strip=True)
            for found in page(family.get(case)).select(".govuk-summary-list__row")
        ]
        assert "Next annual review due" not in rows
        assert row(family, case, "Last annual review") == "8 July 2026"
        views = begin(family, "parent_carer", f"case:{demo.FINAL}")
        answer_all(family, views, {})
        check = page(family.get(f"/account/contributions/{views}/check")).get_text(" ")
        assert "21 July 2026" not in check  # no "send your views well before then"
    finally:
        with sessions(app)() as session:
            plan = session.get(Plan, demo.FINAL)
            plan.last_review_on, plan.next_review_due = before
            session.commit()


def test_a_review_with_its_meeting_still_to_come_is_due_not_held(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, demo.REVIEW, "Jo Parent", "parent_carer")
    text = " ".join(page(family.get(f"/account/cases/{demo.REVIEW}")).get_text(" ").split())
    assert "held on" not in text
    assert "The next annual review is due by" in text


def test_a_review_past_its_date_with_a_meeting_booked_names_the_meeting(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The family read that the review was overdue and to contact us "if you have not heard
    from us", though a meeting was booked; the caseworkers' list counted it as in hand."""
    with sessions(app)() as session:
        plan = session.get(Plan, demo.REVIEW)
        found = session.query(Review).filter_by(case_reference=demo.REVIEW).one()
        before = found.meeting_on
        found.meeting_on = plan.next_review_due + dt.timedelta(days=14)
        meeting = found.meeting_on
        session.commit()
    monkeypatch.setattr(
        "portal.platform.deadlines.council_today",
        lambda: plan.next_review_due + dt.timedelta(days=7),
    )
    try:
        family = linked(app, client, demo.REVIEW, "Jo Parent", "parent_carer")
        text = " ".join(page(family.get(f"/account/cases/{demo.REVIEW}")).get_text(" ").split())
        assert "Contact us if you have not heard from us about it" not in text
        assert f"The annual review meeting is on {meeting.day} {meeting:%B} {meeting.year}." in text
    finally:
        with sessions(app)() as session:
            found = session.query(Review).filter_by(case_reference=demo.REVIEW).one()
            found.meeting_on = before
            session.commit()


def test_one_late_date_is_tagged_in_the_singular_where_a_language_agrees_in_number(
    app: Flask, client: FlaskClient
) -> None:
    """A Bulgarian reader saw "Просрочени" ("overdue", plural, as the caseworkers' tray of
    requests is named) beside the one date that was late."""
    family = linked(app, client, demo.DRAFT, "Jordan Hale", "young_person")
    shown = page(family.get(f"/account/cases/{demo.DRAFT}?lang=bg"))
    tags = [tag.get_text(strip=True) for tag in shown.select(".portal-progress .govuk-tag--red")]
    assert tags == ["Просрочено"]


@contextlib.contextmanager
def _past_review(app: Flask, **changed: object) -> Iterator[None]:
    """Amara's July review (decided on 30 July to amend her plan), changed for a test."""
    with sessions(app)() as session:
        found = session.query(Review).filter_by(case_reference=demo.FINAL).one()
        before = {name: getattr(found, name) for name in changed}
        for name, value in changed.items():
            setattr(found, name, value)
        session.commit()
    try:
        yield
    finally:
        with sessions(app)() as session:
            found = session.query(Review).filter_by(case_reference=demo.FINAL).one()
            for name, value in before.items():
                setattr(found, name, value)
            session.commit()


def test_a_changed_plan_late_after_the_review_is_said_on_the_case_page(
    app: Flask, client: FlaskClient
) -> None:
    """The annual review page said the changed plan was overdue; the case page said only
    when the next review was due, so a family reading it had no reason to look further."""
    with _past_review(app, amended_plan_issued_on=None):
        family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
        case = f"/account/cases/{demo.FINAL}"
        shown = page(family.get(case))
        text = " ".join(shown.get_text(" ", strip=True).split())
        assert "The next annual review is due by 8 July 2027" in text
        assert "The amended plan was due on 24 September 2026 and is late." in text
        late = shown.find("a", string=lambda s: s is not None and "See the dates" in s)
        assert late is not None and late["href"] == f"{case}/annual-review"
        review = page(family.get(f"{case}/annual-review")).get_text(" ", strip=True)
        assert "Overdue" in review


def test_a_changed_plan_issued_in_time_is_not_said_to_be_late(
    app: Flask, client: FlaskClient
) -> None:
    with _past_review(app, amended_plan_issued_on=dt.date(2026, 9, 14)):
        family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
        text = page(family.get(f"/account/cases/{demo.FINAL}")).get_text(" ", strip=True)
        assert "The next annual review is due by 8 July 2027" in text
        assert "and is late" not in text
