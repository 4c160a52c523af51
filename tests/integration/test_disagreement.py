"""When a family disagrees with a decision: the case page shows mediation first, the
tribunal, the appeal deadline counted from the real dates and free help; the family
records that they contacted mediation and their certificate's date, and the deadline
follows."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from portal.case_api import outbox
from portal.models import AuditEvent, MediationStep, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.deadlines import add_months, appeal_due
from tests.conftest import sign_in
from tests.support.case_system import entries_since, last_entry_id
from tests.support.links import issue_code, redeem
from tests.support.pages import error, page, post, token
from tests.support.requests import submitted
from tests.support.staff import act

CASE = f"/account/cases/{demo.FINAL}"
CONTACTED = f"{CASE}/disagree/final_plan/contacted-mediation"
CERTIFICATE = f"{CASE}/disagree/final_plan/mediation-certificate"


def boxes(day: dt.date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


def section(client: FlaskClient, path: str, kind: str) -> str:
    found = page(client.get(path)).select_one(f"#disagree-{kind}")
    assert found is not None, f"the page has an 'If you disagree' section for {kind}"
    return " ".join(found.get_text(" ", strip=True).split())


def on(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: day)


@pytest.fixture
def family(app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> FlaskClient:
    """A parent linked to the demo case whose final plan was issued on 21 July 2025, on the
    last day of the 2 months to appeal it (test_disagreement_dates.py: after it)."""
    on(monkeypatch, dt.date(2025, 9, 21))
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client)
    redeem(client, issue_code(staff, demo.FINAL, "Jo Parent", "parent_carer"))
    return client


def test_a_final_plan_shows_mediation_the_tribunal_the_deadline_and_free_help(
    family: FlaskClient,
) -> None:
    text = section(family, CASE, "final_plan")
    assert "If you disagree with the final EHC plan" in text
    assert "it takes place within 30 days of being told that you want it" in text
    assert "SEND mediation service" in text and "send.mediation@example.org" in text
    assert "First-tier Tribunal (Special Educational Needs and Disability)" in text
    # Issued on 21 July 2025: 2 months on is Sunday 21 September, so the tribunal takes the
    # appeal until the Monday (it said 21 September, a day the tribunal was closed).
    assert "Your appeal must reach the tribunal by 22 September 2025." in text
    assert (
        "The time to appeal ends on 21 September 2025, 2 months from the date of the decision. "
        "When it ends on a weekend or a bank holiday, the tribunal accepts appeals until its "
        "next working day." in text
    )
    assert "Barnet SENDIASS" in text and "020 7946 0456" in text


def test_phone_numbers_and_emails_are_kept_left_to_right(family: FlaskClient) -> None:
    found = page(family.get(f"{CASE}?lang=ar")).select_one("#disagree-final_plan")
    assert found is not None
    phones = [s for s in found.select("[dir=ltr]") if "7946" in s.get_text()]
    emails = [a for a in found.select("a[href^=mailto]") if a.get("dir") == "ltr"]
    assert len(phones) == 2 and len(emails) == 2


def test_a_decision_not_to_assess_shows_its_deadline(app: Flask, client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    decided = act(
        staff,
        reference,
        "decide",
        {
            "decision": "not_assess",
            "decided_on": boxes(today),
            "standard_reasons": ["needs_met_by_setting"],
        },
    )
    assert decided.status_code == 302, page(decided).get_text(" ")
    outbox.run_once(app)
    path = f"/account/cases/{reference}"
    text = section(client, path, "not_to_assess")
    assert "If you disagree with our decision not to assess" in text
    due = appeal_due(today)
    assert f"Your appeal must reach the tribunal by {due.day} {due:%B} {due.year}." in text
    adviser = add_months(today, 2)
    assert f"Contact the mediation adviser by {adviser.day} {adviser:%B} {adviser.year}" in text
    # The family records it, and it waits behind the request in the outbox.
    recorded = post(
        client, f"{path}/disagree/not_to_assess/contacted-mediation", {"happened_on": boxes(today)}
    )
    assert recorded.status_code == 302
    assert recorded.headers["Location"].endswith(path)


def test_no_section_before_a_decision(client: FlaskClient) -> None:
    sign_in(client)
    reference = submitted(client)
    shown = page(client.get(f"/account/cases/{reference}"))
    assert shown.select_one(".portal-disagree") is None
    assert (
        client.get(
            f"/account/cases/{reference}/disagree/not_to_assess/contacted-mediation"
        ).status_code
        == 404
    )


def test_recording_mediation_and_a_certificate_moves_the_deadline(
    app: Flask, family: FlaskClient
) -> None:
    contacted = post(family, CONTACTED, {"happened_on": ["1", "8", "2025"]})
    assert contacted.status_code == 302
    text = section(family, CASE, "final_plan")
    assert "You told us you contacted the mediation adviser on 1 August 2025" in text
    assert "31 August 2025" not in text, "the 30 days do not run from the contact"
    assert "by 22 September 2025." in text, "contacting mediation alone changes nothing"

    certified = post(family, CERTIFICATE, {"happened_on": ["31", "8", "2025"]})
    assert certified.status_code == 302
    text = section(family, CASE, "final_plan")
    assert "the date on your mediation certificate is 31 August 2025" in text
    assert "Your appeal must reach the tribunal by 30 September 2025." in text
    assert "1 month from the date on your mediation certificate" in text

    with app.app_context():
        actions = list(db.session().scalars(select(AuditEvent.action)))
    assert "recorded_contacted_mediation" in actions
    assert "recorded_mediation_certificate" in actions


def test_an_early_certificate_keeps_the_2_months(family: FlaskClient) -> None:
    assert post(family, CERTIFICATE, {"happened_on": ["25", "7", "2025"]}).status_code == 302
    assert "by 22 September 2025." in section(family, CASE, "final_plan")


def test_the_steps_reach_the_case_system(app: Flask, family: FlaskClient) -> None:
    before = last_entry_id(app)
    post(family, CONTACTED, {"happened_on": ["1", "8", "2025"]})
    post(family, CERTIFICATE, {"happened_on": ["31", "8", "2025"]})
    with app.app_context():
        queued = db.session().scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "mediation_step.create")
        )
        assert len(list(queued)) == 2
    outbox.run_once(app)
    kept = entries_since(app, before, demo.FINAL, "mediation_step")
    assert sorted((b["step"], b["happened_on"], b["decided_on"]) for b in kept) == [
        ("contacted_mediation", "2025-08-01", "2025-07-21"),
        ("mediation_certificate", "2025-08-31", "2025-07-21"),
    ]
    with app.app_context():
        statuses = db.session().scalars(
            select(OutboxMessage.status).where(OutboxMessage.kind == "mediation_step.create")
        )
        assert set(statuses) == {"delivered"}


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (["", "", ""], "Enter the date on your mediation certificate"),
        (["31", "2", "2026"], "The date on the certificate must be a real date"),
        (["12", "", "2025"], "The date on the certificate must include a month"),
        (
            ["1", "1", str(deadlines.council_today().year + 1)],
            "The date on the certificate must be today or in the past",
        ),
        (
            ["20", "7", "2025"],
            "The date must be on or after 21 July 2025, the date of the decision",
        ),
    ],
)
def test_a_wrong_date_is_refused_with_what_was_typed_kept(
    app: Flask, family: FlaskClient, typed: list[str], message: str
) -> None:
    refused = post(family, CERTIFICATE, {"happened_on": typed})
    assert refused.status_code == 200
    assert error(refused) == message
    shown = page(refused)
    assert shown.title is not None and shown.title.get_text(strip=True).startswith("Error:")
    assert shown.select_one(".govuk-error-message") is not None
    kept = [box.get("value", "") for box in shown.select("input[name=happened_on]")]
    assert kept == typed
    with app.app_context():
        assert db.session().scalars(select(MediationStep)).all() == []


def test_another_family_cannot_see_or_record_on_the_case(app: Flask, family: FlaskClient) -> None:
    other = app.test_client()
    sign_in(other, person="someone.else@example.org")
    assert other.get(CONTACTED).status_code == 404
    csrf = token(other, "/account/link")
    refused = other.post(CONTACTED, data={"csrf_token": csrf, "happened_on": ["1", "8", "2025"]})
    assert refused.status_code == 404
    with app.app_context():
        assert db.session().scalars(select(MediationStep)).all() == []


def test_a_decision_the_case_does_not_have_is_not_found(family: FlaskClient) -> None:
    assert family.get(f"{CASE}/disagree/not_to_assess/contacted-mediation").status_code == 404
    assert family.get(f"{CASE}/disagree/final_plan/something-else").status_code == 404


def test_one_familys_steps_are_not_anothers(app: Flask, family: FlaskClient) -> None:
    post(family, CERTIFICATE, {"happened_on": ["31", "8", "2025"]})
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    other = app.test_client()
    sign_in(other, person="second.parent@example.org")
    redeem(other, issue_code(staff, demo.FINAL, "Sam Parent", "parent_carer"))
    assert "by 22 September 2025." in section(other, CASE, "final_plan")


def test_your_data_lists_what_the_family_told_us_about_mediation(family: FlaskClient) -> None:
    post(family, CERTIFICATE, {"happened_on": ["31", "8", "2025"]})
    steps = family.get("/account/your-data.json").get_json()["mediation"]
    assert [(s["case"], s["decision"], s["step"], s["on"]) for s in steps] == [
        (demo.FINAL, "final_plan", "mediation_certificate", "2025-08-31")
    ]
    shown = page(family.get("/account/your-data"))
    assert "What you told us about mediation" in shown.get_text(" ", strip=True)
    lines = [" ".join(li.get_text().split()) for li in shown.select("main li")]
    assert any("The date on your mediation certificate, 31 August 2025" in line for line in lines)


def test_persian_mediation_steps_join_their_parts_with_the_persian_comma(
    family: FlaskClient,
) -> None:
    post(family, CERTIFICATE, {"happened_on": ["31", "8", "2025"]})
    family.get("/account/?lang=fa")
    shown = page(family.get("/account/your-data"))
    steps = [li.get_text(" ", strip=True) for li in shown.select("li") if "۲۰۲۵" in li.get_text()]
    assert steps, "the step is listed"
    for said in steps:
        assert "،" in said and "," not in said, said


def test_changing_a_date_starts_from_the_one_given(family: FlaskClient) -> None:
    post(family, CERTIFICATE, {"happened_on": ["31", "8", "2025"]})
    shown = page(family.get(CERTIFICATE))
    assert [box.get("value") for box in shown.select("input[name=happened_on]")] == [
        "31",
        "8",
        "2025",
    ]
    assert post(family, CERTIFICATE, {"happened_on": ["2", "9", "2025"]}).status_code == 302
    assert "by 2 October 2025." in section(family, CASE, "final_plan")


def test_a_deadline_over_the_new_year_moves_to_the_first_working_day(
    family: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(monkeypatch, dt.date(2025, 12, 1))
    assert post(family, CERTIFICATE, {"happened_on": ["28", "11", "2025"]}).status_code == 302
    text = section(family, CASE, "final_plan")
    assert "Your appeal must reach the tribunal by 2 January 2026." in text
    assert (
        "The time to appeal ends on 28 December 2025, 1 month from the date on your mediation "
        "certificate." in text
    )
    # A parent read "by 2 January 2026. This is 1 month from the date on your mediation
    # certificate." with the true month's end only after it.
    assert "This is 1 month from the date on your mediation certificate" not in text
