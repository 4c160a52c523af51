"""A family whose final EHC plan (here, Amara's plan, amended after her annual review) had
just been issued found nothing on their account home about the right to appeal: under a
decision not to assess or not to issue a plan, the home gives the date to contact a
mediation adviser by, but under the final plan it said nothing. The home now says when
the plan was issued, what they can appeal about and in what time, and by when to contact
a mediation adviser (not needed for an appeal only about the school, college or other
setting), with a link to "If you disagree" on the case page."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import force_locale

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Plan, Review
from portal.platform import deadlines
from portal.platform.written_dates import format_date
from tests.conftest import sign_in
from tests.support.case_system import sessions
from tests.support.direction import shown_as_if_isolated
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import page, seen
from tests.support.voice_marks import MARK, marked_voice

DAY = dt.date(2026, 12, 2)
ISSUED = dt.date(2026, 11, 20)  # the amended plan, after the review's notice of 30 July
CASE = f"/account/cases/{demo.FINAL}"


@pytest.fixture(autouse=True)
def today(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: DAY)


@contextlib.contextmanager
def amended_plan_issued(app: Flask, reference: str, on: dt.date) -> Iterator[None]:
    """The case's plan issued again on `on`, as the case system holds it once an amended
    plan is final (and its review, if it decided to amend, dated so too)."""
    with sessions(app)() as session:
        plan = session.get(Plan, reference)
        review = session.query(Review).filter_by(case_reference=reference).one_or_none()
        before = (plan.issued_on, review.amended_plan_issued_on if review else None)
        plan.issued_on = on
        if review is not None and review.outcome == "amend":
            review.amended_plan_issued_on = on
        session.commit()
    try:
        yield
    finally:
        with sessions(app)() as session:
            plan = session.get(Plan, reference)
            review = session.query(Review).filter_by(case_reference=reference).one_or_none()
            plan.issued_on = before[0]
            if review is not None:
                review.amended_plan_issued_on = before[1]
            session.commit()


def linked(app: Flask, client: FlaskClient, reference: str, name: str, role: str) -> FlaskClient:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, reference, name, role), BORN[reference])
    return client


def line_under(client: FlaskClient, reference: str, language: str = "en") -> tuple[str, str]:
    """What a sighted reader reads under the case on the account home, and the link to
    "If you disagree" there, if there is one."""
    home = page(client.get(f"/account/?lang={language}"))
    case = next(
        li
        for li in home.select("main li")
        if li.select_one(f"a[href$='/account/cases/{reference}']") is not None
    )
    hints = " ".join(" ".join(seen(hint).split()) for hint in case.select(".govuk-hint"))
    link = case.select_one(".govuk-hint a[href*='#disagree-']")
    return hints, str(link["href"]) if link is not None else ""


def test_the_account_home_gives_the_right_to_appeal_a_final_plan(
    app: Flask, client: FlaskClient
) -> None:
    with amended_plan_issued(app, demo.FINAL, ISSUED):
        family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
        line, link = line_under(family, demo.FINAL)
        assert "We issued the final EHC plan on 20 November 2026." in line, line
        assert (
            "If you disagree with the special educational needs or the special educational "
            "support it sets out, or the school, college or other setting it names, you can "
            "appeal to the tribunal within 2 months of the date of our letter sending you the "
            "plan, or 1 month from the date on a mediation certificate if that is later."
        ) in line, line
        assert (
            "Before you appeal, contact a mediation adviser by 20 January 2027, unless your "
            "appeal is only about the school, college or other setting."
        ) in line, line
        assert link == f"{CASE}#disagree-final_plan"
        case_page = page(family.get(CASE))
        assert case_page.select_one("#disagree-final_plan") is not None, "the link's target"


def test_once_the_2_months_are_over_the_home_no_longer_says_it(
    app: Flask, client: FlaskClient
) -> None:
    """Amara's plan as the demonstration issues it, on 21 July 2025."""
    family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
    line, link = line_under(family, demo.FINAL)
    assert "final EHC plan" not in line and "mediation adviser" not in line, line
    assert link == ""


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_dates_read_in_a_right_to_left_language(
    app: Flask, client: FlaskClient, language: str
) -> None:
    """Each date reads as one, in its place, in the line as translated (untranslated, the
    English line around them does not: this fails until new_translations.json is merged)."""
    with amended_plan_issued(app, demo.FINAL, ISSUED):
        family = linked(app, client, demo.FINAL, "Jo Parent", "parent_carer")
        line, link = line_under(family, demo.FINAL, language)
        with app.test_request_context(), force_locale(language):
            issued = format_date(ISSUED, "long")
            by = format_date(deadlines.contact_adviser_by(ISSUED), "long")
        assert issued in line and by in line, line
        assert shown_as_if_isolated(line, [issued, by]), "each date reads as one, in order"
        assert link == f"{CASE}#disagree-final_plan"


def test_a_young_person_reads_it_in_their_own_voice(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Priya's own plan, issued again after a change."""
    with amended_plan_issued(app, demo.OWN_REVIEW, ISSUED):
        own = linked(app, client, demo.OWN_REVIEW, "Priya Shah", "young_person")
        with marked_voice(monkeypatch):
            line, _link = line_under(own, demo.OWN_REVIEW)
        assert f"{MARK}We issued the final EHC plan on 20 November 2026." in line, line
