"""What a family gave on this service, whatever they sent it through, is listed as given on
"Correct, restrict or erase your information" and leads to its rights; and "Your data"
shows each record's answers under the record's own heading, marked required only where
that form would not be sent without them."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.models import ReviewViews
from portal.platform import db, deadlines
from tests.support.draft_plans import linked_parent, send_response
from tests.support.own_pages import linked_to_case, review_views_sent
from tests.support.pages import hidden, one, page, post

RIGHTS = "/account/your-data/rights"
VIEWS = {
    "working": "The reading programme: he reads every evening now.",
    "not_working": "",
    "changed": "He was diagnosed with dyspraxia in March.",
    "hopes": "To travel to school on his own.",
}
SETTING = {"setting_name": "Meadow School", "setting_type": "special"}


def given_and_never(client: FlaskClient) -> tuple[list[str], list[str], str]:
    """The items listed as given, those set apart as never given, and the page's text."""
    shown = page(client.get(RIGHTS))
    apart = shown.select_one("details")
    given = [a["href"] for a in shown.select("tbody a") if a.find_parent("details") is None]
    never = [a["href"] for a in apart.select("tbody a")] if apart is not None else []
    return [str(h) for h in given], [str(h) for h in never], shown.get_text(" ", strip=True)


def test_annual_review_views_are_listed_as_given(app: Flask, client: FlaskClient) -> None:
    """A parent who had sent their views for the annual review was told they had given
    nothing, and found the review's questions nowhere."""
    family = review_views_sent(app, client, VIEWS)
    given, never, text = given_and_never(family)
    assert "You have not given us any information on this service yet." not in text
    for item in ("review.working", "review.changed", "review.hopes"):
        assert f"{RIGHTS}/{item}" in given and f"{RIGHTS}/{item}" not in never, item
    assert f"{RIGHTS}/review.not_working" in never, "left blank: never given"
    assert VIEWS["hopes"] in text, "what they told us is shown"


def test_a_draft_plan_response_is_listed_as_given(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    family = linked_parent(app, client)
    send_response(family, "Speech therapy must be weekly.", setting=SETTING)
    given, never, text = given_and_never(family)
    assert "You have not given us any information on this service yet." not in text
    for item in ("draft_plan.comment", "draft_plan.setting_name", "draft_plan.setting_type"):
        assert f"{RIGHTS}/{item}" in given and f"{RIGHTS}/{item}" not in never, item
    assert f"{RIGHTS}/draft_plan.meeting" in never, "not answered"
    assert "Meadow School" in text and "Speech therapy must be weekly." in text
    assert family.get(f"{RIGHTS}/draft_plan.setting_name").status_code == 200


CHOSEN = "Answers you chose to give: you could have left them out"


def answers_under(
    html: BeautifulSoup, heading_starts: str
) -> tuple[list[str], list[str], list[str]]:
    """The sub-headings, the summary rows and what is said above each list of them,
    between a record's heading and the next one."""
    heading = next(
        h for h in html.select("h2") if h.get_text(" ", strip=True).startswith(heading_starts)
    )
    subheadings, rows, captions = [], [], []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        if sibling.name == "dl" and (above := sibling.find_previous_sibling()) is not None:
            captions.append(above.get_text(" ", strip=True))
        if sibling.name == "h3":
            subheadings.append(sibling.get_text(" ", strip=True))
        rows += [
            " ".join(r.get_text(" ", strip=True).split())
            for r in sibling.select(".govuk-summary-list__row")
        ]
    return subheadings, rows, captions


def test_your_data_shows_a_draft_plan_response_under_its_own_heading(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    """The answers sat under the catalogue's categories ("About the child or young person:
    Attendance" above the setting) and were marked "Required" although the response could
    be sent without them."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    family = linked_parent(app, client)
    send_response(
        family,
        "Speech therapy must be weekly.",
        setting=SETTING,
        **{"personal-budget": {"personal_budget": "yes"}},
    )
    for path in ("/account/your-data", "/account/your-data.html"):
        html = page(family.get(path))
        subheadings, rows, captions = answers_under(html, "Your response to the draft EHC plan of")
        assert subheadings == [], (path, subheadings)
        setting = next(r for r in rows if r.startswith("Which school, college or other setting"))
        budget = next(r for r in rows if r.startswith("Do you want to ask for a personal budget?"))
        assert "Meadow School" in setting and "Yes" in budget
        assert [c for c in captions if c.startswith("Answers")] == [CHOSEN], (path, captions)
    held = family.get("/account/your-data.json").get_json()["draft_plan_responses"][0]
    answers = {a["id"]: a for a in held["answers"]}
    assert answers["draft_plan.personal_budget"]["required"] is False
    assert answers["draft_plan.setting_name"]["value"] == "Meadow School"
    assert answers["draft_plan.setting_name"]["category"] == "Attendance", "still available"


def test_your_data_shows_review_views_under_their_own_heading(
    app: Flask, client: FlaskClient
) -> None:
    family = review_views_sent(app, client, VIEWS)
    for path in ("/account/your-data", "/account/your-data.html"):
        html = page(family.get(path))
        subheadings, rows, captions = answers_under(html, "Your views for the annual review due by")
        assert subheadings == [], (path, subheadings)
        hopes = next(r for r in rows if VIEWS["hopes"] in r)
        assert VIEWS["hopes"] in hopes and CHOSEN in captions, (path, captions)
        assert "Views, interests and hopes" not in html.get_text(" ", strip=True)


def test_how_a_family_chose_to_hear_from_us_and_their_files_are_listed_as_given(
    app: Flask, client: FlaskClient
) -> None:
    """Their account's contact choices and the reports added to their review views are
    information they gave on this service too."""
    from tests.support.files import PDF

    family = linked_to_case(app, client, demo.REVIEW, "parent_carer")
    post(family, f"/account/cases/{demo.REVIEW}/annual-review/views", VIEWS)  # not sent yet
    chosen = {"channels": ["email", "sms"], "mobile": "07700 900982", "language": "pl"}
    assert post(family, "/account/contact-preferences", chosen).status_code == 302
    with app.app_context():
        [views] = db.session().scalars(select(ReviewViews)).all()
    path = f"/account/review-views/{views.id}/reports"
    added = family.post(
        path,
        data={**hidden(family.get(path)), "file": (io.BytesIO(PDF), "school.pdf")},
        content_type="multipart/form-data",
    )
    assert added.status_code == 302
    given, never, text = given_and_never(family)
    for item in ("contact.channels", "contact.mobile", "contact.language", "review.file"):
        assert f"{RIGHTS}/{item}" in given and f"{RIGHTS}/{item}" not in never, item
    assert "school.pdf" in text and "07700 900 982" in text and "Polski" in text


def test_mediation_dates_are_listed_as_given(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parent who had told us the date on their mediation certificate found it nowhere
    among what they gave."""
    monkeypatch.setattr(deadlines, "council_today", lambda: dt.date(2025, 9, 21))
    family = linked_to_case(app, client, demo.FINAL, "parent_carer")
    mediation = f"/account/cases/{demo.FINAL}/disagree/final_plan"
    for step, day in (("contacted-mediation", 1), ("mediation-certificate", 31)):
        on = {"happened_on": [str(day), "8", "2025"]}
        assert post(family, f"{mediation}/{step}", on).status_code == 302, step
    given, never, text = given_and_never(family)
    assert "You have not given us any information on this service yet." not in text
    for item in ("mediation.contacted_on", "mediation.certificate_on"):
        assert f"{RIGHTS}/{item}" in given and f"{RIGHTS}/{item}" not in never, item
    assert "31 August 2025" in text and "1 August 2025" in text
    assert family.get(f"{RIGHTS}/mediation.certificate_on").status_code == 200


def test_each_table_of_items_has_a_name_of_its_own(
    app: Flask, client: FlaskClient, sent_on: Any
) -> None:
    """axe found two regions named "Special educational needs": one of what the family
    gave, one of what they had not; and the child's and the parent's "Characteristics"."""
    sent_on(deadlines.council_today() - dt.timedelta(days=3))
    family = linked_parent(app, client)
    send_response(family, "Speech therapy must be weekly.", setting=SETTING)
    shown = page(family.get(RIGHTS))
    names = [
        " ".join(
            one(shown, f"#{label}").get_text(" ", strip=True)
            for label in str(region["aria-labelledby"]).split()
        )
        for region in shown.select("[role=region]")
    ]
    assert len(names) > 2
    assert len(names) == len(set(names)), sorted(names)
