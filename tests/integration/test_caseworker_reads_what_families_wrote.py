"""A caseworker opens one family's response to a draft plan, and one family's views for an
annual review, from the lists: what the family wrote, question by question, each opening
audited (what a family writes is special category data)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import AuditEvent
from portal.platform import db, deadlines
from tests.support.draft_plans import CASE, HUB, linked_parent, send_response
from tests.support.files import PDF
from tests.support.nu_html import nu_html_errors
from tests.support.own_pages import review_views_sent
from tests.support.pages import hidden, page


@pytest.fixture
def app(db_app: Flask) -> Flask:
    """Each test here on each configured database (SQLite, and PostgreSQL when set)."""
    return db_app


def _seen(app: Flask, action: str) -> list[tuple[str | None, str | None]]:
    with app.app_context():
        rows = db.session().execute(
            select(AuditEvent.actor_kind, AuditEvent.object_id).where(AuditEvent.action == action)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _opened_from_the_list(staff: FlaskClient, listing: str, row_text: str) -> str:
    """The link in the list's row that shows `row_text` to what the family wrote: its last
    (on the annual reviews, the case's reference opens its consent first)."""
    rows = page(staff.get(listing)).select("tbody tr")
    row = next(r for r in rows if row_text in r.get_text())
    link = (row.select("a") or [None])[-1]
    assert link is not None, f"no link to open the row: {row.get_text(' ', strip=True)}"
    return str(link["href"])


def _response_sent(app: Flask, client: FlaskClient, sent_on: Any) -> FlaskClient:
    family = linked_parent(app, client)
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    assert family.get(HUB).status_code == 200
    send_response(
        family,
        "Speech therapy must be weekly.",
        setting={"setting_name": "Meadow School", "setting_type": "special"},
        meeting={"meeting": "yes"},
    )
    return family


def _views_sent(app: Flask, client: FlaskClient) -> FlaskClient:
    return review_views_sent(app, client, {"working": "Her new class.", "hopes": "To swim."})


def test_a_caseworker_opens_a_familys_response_to_a_draft_plan(
    app: Flask, client: FlaskClient, staff: FlaskClient, sent_on: Any
) -> None:
    family = _response_sent(app, client, sent_on)

    path = _opened_from_the_list(staff, "/caseworker/draft-plan-responses", CASE)
    shown = page(staff.get(path))
    text = shown.main.get_text(" ", strip=True)  # type: ignore[union-attr]
    assert "Speech therapy must be weekly." in text
    comment = next(dd for dd in shown.select("dd") if "Speech therapy" in dd.get_text())
    heading = comment.find_previous_sibling("dt")
    assert heading is not None and heading.get_text(strip=True).startswith("F")
    assert "Meadow School" in text and "Parent or carer" in text
    back = shown.select_one("a.govuk-back-link")
    assert back is not None and back["href"] == "/caseworker/draft-plan-responses"
    assert _seen(app, "viewed_draft_response") == [("staff", CASE)]

    assert staff.get("/caseworker/draft-plan-responses/" + "0" * 32).status_code == 404
    assert family.get(path).status_code in (302, 403, 404), "caseworkers only"


def test_a_caseworker_opens_a_familys_views_for_an_annual_review(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    family = _views_sent(app, client)

    path = _opened_from_the_list(staff, "/caseworker/annual-reviews", demo.REVIEW)
    shown = page(staff.get(path))
    rows = {
        dt_.get_text(strip=True): dd.get_text(" ", strip=True)
        for dt_ in shown.select("dt")
        if (dd := dt_.find_next_sibling("dd")) is not None
    }
    # Each answer is named as staff name it, not by the family's question ("What are
    # your hopes...?" spoke to the caseworker as if they were the parent).
    assert rows["What is working well"] == "Her new class."
    assert rows["What is not working"] == "Not answered"
    assert rows["Hopes for the next year and further ahead"] == "To swim."
    assert not [key for key in rows if "your" in key.lower() or key.endswith("?")], rows
    assert "Parent or carer" in shown.main.get_text(" ", strip=True)  # type: ignore[union-attr]
    assert _seen(app, "viewed_review_views") == [("staff", demo.REVIEW)]

    assert staff.get("/caseworker/annual-reviews/BNT-0000-000000/views").status_code == 404
    assert family.get(path).status_code in (302, 403, 404), "caseworkers only"


def test_views_sent_by_two_parents_each_say_who_sent_them(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    """Two parents each sent views: a caseworker tells whose are whose by the name the
    portal knows each account by (the name on the link code that gave the parent the case,
    else the account's email), not only by "Parent or carer" twice."""
    review_views_sent(app, client, {"hopes": "To swim."})
    review_views_sent(
        app, app.test_client(), {"hopes": "To read."}, "second.parent@example.org", "Sam Okafor"
    )

    path = _opened_from_the_list(staff, "/caseworker/annual-reviews", demo.REVIEW)
    shown = page(staff.get(path))
    hopes = "Hopes for the next year and further ahead"
    sent = []
    for heading in shown.select("main h2"):
        answer = next(
            dt_.find_next_sibling("dd")
            for dt_ in heading.find_all_next("dt")
            if dt_.get_text(strip=True) == hopes
        )
        assert answer is not None
        sent.append((heading.get_text(" ", strip=True), answer.get_text(strip=True)))
    assert sent == [
        ("Parent or carer Jo Okafor", "To swim."),
        ("Parent or carer Sam Okafor", "To read."),
    ]
    assert _seen(app, "viewed_review_views") == [("staff", demo.REVIEW)]


def test_the_pages_of_what_a_family_wrote_are_valid_html(
    app: Flask, client: FlaskClient, staff: FlaskClient, sent_on: Any, tmp_path: Path
) -> None:
    _response_sent(app, client, sent_on)
    _views_sent(app, app.test_client())
    paths = (
        _opened_from_the_list(staff, "/caseworker/draft-plan-responses", CASE),
        _opened_from_the_list(staff, "/caseworker/annual-reviews", demo.REVIEW),
    )
    assert nu_html_errors({p: staff.get(p).get_data(as_text=True) for p in paths}, tmp_path) == []


def test_a_caseworker_opens_the_evidence_sent_with_a_response(
    app: Flask, client: FlaskClient, staff: FlaskClient, sent_on: Any
) -> None:
    """The evidence a family sent with their response opens from the response's page, as
    a request's documents do: each file a link, its opening audited."""
    family = linked_parent(app, client)
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    link = page(family.get(HUB)).select_one("main a[href*='/evidence']")
    assert link is not None
    evidence = str(link["href"])
    form = hidden(family.get(evidence))
    chosen = {"file": (io.BytesIO(PDF), "speech-report.pdf"), "description": "Therapist"}
    added = family.post(evidence, data={**form, **chosen}, content_type="multipart/form-data")
    assert added.status_code == 302
    send_response(family, "Speech therapy must be weekly.")
    # A tester could not tell from the list which responses came with files.
    listed = page(staff.get("/caseworker/draft-plan-responses"))
    row = next(r for r in listed.select("tbody tr") if CASE in r.get_text())
    assert "1 file" in row.get_text(" ", strip=True)

    path = _opened_from_the_list(staff, "/caseworker/draft-plan-responses", CASE)
    shown = page(staff.get(path))
    opening = shown.find("a", string=lambda s: s is not None and "speech-report.pdf" in s)
    assert opening is not None, "the evidence's name opens it"
    opened = staff.get(str(opening["href"]))
    assert opened.status_code == 200
    assert opened.data == PDF
    assert "speech-report.pdf" in opened.headers["Content-Disposition"]
    assert [kind for kind, _id in _seen(app, "viewed_document")] == ["staff"]
    assert family.get(str(opening["href"])).status_code in (302, 403, 404), "caseworkers only"


def test_a_caseworker_reads_what_each_file_sent_with_a_response_is(
    app: Flask, client: FlaskClient, staff: FlaskClient, sent_on: Any
) -> None:
    """A caseworker saw the files sent with a response but not the family's description of
    each, so could not tell what a file was without opening it. Each file now has its
    description beside it, with its size and checks, as a request's Documents section."""
    family = linked_parent(app, client)
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    link = page(family.get(HUB)).select_one("main a[href*='/evidence']")
    assert link is not None
    evidence = str(link["href"])
    described = "Speech therapist's <b>report</b> from May"
    chosen = {"file": (io.BytesIO(PDF), "scan-0042.pdf"), "description": described}
    added = family.post(
        evidence,
        data={**hidden(family.get(evidence)), **chosen},
        content_type="multipart/form-data",
    )
    assert added.status_code == 302
    send_response(family, "Speech therapy must be weekly.")

    path = _opened_from_the_list(staff, "/caseworker/draft-plan-responses", CASE)
    shown = page(staff.get(path))
    opening = shown.find("a", string=lambda s: s is not None and "scan-0042.pdf" in s)
    assert opening is not None, "the evidence's name opens it"
    item = opening.find_parent("li")
    assert item is not None, "each file is an item of its own"
    beside = " ".join(item.get_text(" ").split())
    assert described in beside, beside
    assert item.find("b") is None, "the family's words are shown as written, not as markup"
    assert "PDF" in beside and "KB" in beside, beside
    assert "Not scanned for viruses" in beside or "no virus found" in beside, beside


def test_a_report_sent_with_views_for_a_review_opens_from_the_views_page(
    app: Flask, client: FlaskClient, staff: FlaskClient
) -> None:
    """A caseworker read a report's name on the review's views page with no way to open it."""
    from portal.models import ReviewViews
    from tests.support.own_pages import linked_to_case
    from tests.support.pages import post

    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    review = f"/account/cases/{demo.REVIEW}/annual-review"
    post(family, f"{review}/views", {"hopes": "To swim."})
    with app.app_context():
        views_id = db.session().scalars(select(ReviewViews.id)).one()
    reports = f"/account/review-views/{views_id}/reports"
    chosen = {"file": (io.BytesIO(PDF), "school.pdf"), "description": "School report"}
    added = family.post(
        reports, data={**hidden(family.get(reports)), **chosen}, content_type="multipart/form-data"
    )
    assert added.status_code == 302
    assert family.post(review, data=hidden(family.get(review))).status_code == 302

    path = _opened_from_the_list(staff, "/caseworker/annual-reviews", demo.REVIEW)
    link = page(staff.get(path)).find("a", string="school.pdf")
    assert link is not None, "the report's name is a link"
    opened = staff.get(link["href"])
    assert opened.status_code == 200 and opened.data == PDF
