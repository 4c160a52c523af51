"""A young person who disagrees with a decision on their own case is spoken to as the
account's holder: "If you disagree" (on a decision not to issue a plan, a plan stopped,
and a stop decided at the annual review) and the pages where they record a mediation
step, with their error messages, are informal in Polish, Romanian, Bulgarian and Turkish
("ty", "tu", "ти", "sen"), while a parent reads the same pages formally."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete

from devtools.reference_case_system import demo
from devtools.reference_case_system.models import Review
from portal.models import CaseCache
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.case_system import decided_on
from tests.support.links import (
    BORN,
    issue_code,
    of_young_person_age,
    redeem,
    young_persons_own_link,
)
from tests.support.pages import page, post
from tests.support.voices import FORMAL_ON_PAGE

CASES = {"not_to_issue": demo.NOT_ISSUING, "cease_plan": demo.CEASED}
LANGUAGES = sorted(FORMAL_ON_PAGE)


def boxes(day: dt.date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


def text(response, selector: str = "main") -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.status_code
    found = page(response).select(selector)
    assert found, selector
    return " ".join(" ".join(part.get_text(" ", strip=True) for part in found).split())


def formal_words(language: str, shown: str) -> list[str]:
    return FORMAL_ON_PAGE[language].findall(shown)


def link(app: Flask, cases: list[str]) -> tuple[FlaskClient, FlaskClient]:
    """A young person and a parent, each linked to every one of `cases`."""
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    young, parent = app.test_client(), app.test_client()
    sign_in(young, person="young.person@example.org")
    sign_in(parent, person="second.parent@example.org")
    for client, relationship in ((young, "young_person"), (parent, "parent_carer")):
        for reference in cases:
            if relationship == "young_person" and not of_young_person_age(reference):
                young_persons_own_link(app, reference, "young.person@example.org")
                continue
            code = issue_code(staff, reference, "Sam Morris", relationship)
            assert redeem(client, code, BORN[reference]).status_code == 302
    sign_in(young, person="young.person@example.org")  # its voice read afresh
    return young, parent


@pytest.fixture
def linked(app: Flask) -> tuple[FlaskClient, FlaskClient]:
    return link(app, list(CASES.values()))


def in_language(clients: tuple[FlaskClient, ...], language: str) -> None:
    for client in clients:
        client.get(f"/account/?lang={language}")


def reads(young: str, parent: str, language: str) -> None:
    assert formal_words(language, young) == [], young
    assert formal_words(language, parent), parent


@pytest.mark.parametrize("language", LANGUAGES)
def test_if_you_disagree_speaks_to_a_young_person_informally(
    app: Flask, linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """A decision not to issue a plan and a plan stopped, before and after recording that
    they contacted the mediation adviser and the date on their certificate."""
    in_language(linked, language)
    for kind, reference in CASES.items():
        path = f"/account/cases/{reference}"
        box = f"#disagree-{kind}"
        young, parent = (text(client.get(path), box) for client in linked)
        reads(young, parent, language)
        for client in linked:
            for step, day in (
                ("contacted-mediation", decided_on(app, reference, kind) + dt.timedelta(days=3)),
                ("mediation-certificate", deadlines.council_today() - dt.timedelta(days=2)),
            ):
                saved = post(client, f"{path}/disagree/{kind}/{step}", {"happened_on": boxes(day)})
                assert saved.status_code == 302, step
        young, parent = (text(client.get(path), box) for client in linked)
        reads(young, parent, language)
        young, parent = (text(client.get(path)) for client in linked)
        reads(young, parent, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_recording_a_mediation_step_speaks_to_a_young_person_informally(
    app: Flask, linked: tuple[FlaskClient, FlaskClient], language: str
) -> None:
    """Each step's page, and what it says when the date is left out, is not a real date
    or is before the decision."""
    in_language(linked, language)
    errors = "main .govuk-error-summary__list li, main .govuk-error-message"
    for kind, reference in CASES.items():
        for step in ("contacted-mediation", "mediation-certificate"):
            path = f"/account/cases/{reference}/disagree/{kind}/{step}"
            young, parent = (text(client.get(path)) for client in linked)
            reads(young, parent, language)
            shown: dict[FlaskClient, list[str]] = {client: [] for client in linked}
            for given in (
                ["", "", ""],
                ["31", "2", "2026"],
                ["", "2", "2026"],
                boxes(decided_on(app, reference, kind) - dt.timedelta(days=1)),
            ):
                for client in linked:
                    shown[client].append(text(post(client, path, {"happened_on": given}), errors))
            young, parent = (" ".join(shown[client]) for client in linked)
            reads(young, parent, language)


@pytest.fixture
def stopped_at_review(app: Flask) -> Iterator[None]:
    """The council decided at the annual review on the final plan's case to stop it."""
    sessions = app.extensions["case_system"].extensions["case_system"]["sessions"]
    with sessions() as session:
        review = session.get(Review, demo.FINAL)
        before = (review.outcome, review.decided_on, review.amendment_notice_on)
        decided = deadlines.council_today() - dt.timedelta(days=10)
        review.outcome, review.decided_on, review.amendment_notice_on = "stop", decided, None
        session.commit()
    try:
        yield
    finally:
        with sessions() as session:
            review = session.get(Review, demo.FINAL)
            review.outcome, review.decided_on, review.amendment_notice_on = before
            session.commit()
        with app.app_context():
            db.session().execute(delete(CaseCache))
            db.session().commit()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_stop_decided_at_the_annual_review_speaks_to_a_young_person_informally(
    app: Flask, stopped_at_review: None, language: str
) -> None:
    clients = link(app, [demo.FINAL])
    in_language(clients, language)
    path = f"/account/cases/{demo.FINAL}/annual-review"
    young, parent = (text(client.get(path), "#disagree-cease_plan") for client in clients)
    reads(young, parent, language)
