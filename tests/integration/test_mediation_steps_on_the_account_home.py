"""The account home says where a family stands on a decision they disagree with as "If you
disagree" on the case page does, from the same decision and the same mediation steps: a
tester recorded contacting a mediation adviser, then a certificate, on a decision not to
issue a plan, and the home still said to contact an adviser by the end of the 2 months
(tests/browser/test_mediation_steps_on_the_account_home.py). Here the same for a final
plan, a decision not to assess on a request the family sent, and a young person's
stopped plan."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from flask.testing import FlaskClient

from devtools.reference_case_system import demo
from forms.kit.question import TODAY
from portal.case_api import outbox
from portal.platform import deadlines
from tests.conftest import sign_in
from tests.support.case_system import decided_on
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import page, post, seen
from tests.support.requests import submitted
from tests.support.staff import act
from tests.support.voice_marks import MARK, marked_voice

FINAL = f"/account/cases/{demo.FINAL}"  # its final plan was issued on 21 July 2025
CONTACT_BY = "contact a mediation adviser by"


def on(app: Flask, monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr(deadlines, "council_today", lambda: day)
    monkeypatch.setitem(app.extensions, TODAY, lambda: day)


def boxes(day: dt.date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


def said(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def linked(app: Flask, client: FlaskClient, reference: str, role: str, person: str) -> None:
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client, person=person)
    redeem(client, issue_code(staff, reference, "Jo Parent", role), BORN[reference])


def line_under(client: FlaskClient, reference: str) -> str:
    home = page(client.get("/account/"))
    case = next(
        li
        for li in home.select("main li")
        if li.select_one(f"a[href$='/account/cases/{reference}']") is not None
    )
    return " ".join(" ".join(seen(hint).split()) for hint in case.select(".govuk-hint"))


def box(client: FlaskClient, path: str, kind: str) -> str:
    found = page(client.get(path)).select_one(f"#disagree-{kind}")
    assert found is not None
    return " ".join(found.get_text(" ", strip=True).split())


def test_a_final_plan_stays_on_the_home_while_its_appeal_is_open(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    on(app, monkeypatch, dt.date(2025, 9, 1))
    linked(app, client, demo.FINAL, "parent_carer", "parent@example.org")
    assert (
        post(
            client,
            f"{FINAL}/disagree/final_plan/contacted-mediation",
            {"happened_on": boxes(dt.date(2025, 8, 1))},
        ).status_code
        == 302
    )
    line = line_under(client, demo.FINAL)
    assert (
        "We issued the final EHC plan on 21 July 2025. You told us you contacted the mediation "
        "adviser on 1 August 2025. If you want mediation, we must make sure it takes place "
        "within 30 days of being told that you want it. When mediation ends, or if you decide "
        "not to have it, the mediation adviser gives you a certificate. You need it to appeal. "
        "Your appeal must reach the tribunal by 22 September 2025. If you get a mediation "
        "certificate, you have until 1 month from its date if that is later."
    ) in line, line
    assert CONTACT_BY not in line and "within 2 months of the date of our letter" not in line
    assert "Find out about mediation, appealing and free help" in line

    # The 2 months are over, but the appeal waits on the certificate, as the case page says.
    on(app, monkeypatch, dt.date(2025, 10, 1))
    line = line_under(client, demo.FINAL)
    waiting = (
        "The 2 months from the decision ended on 22 September 2025. As you contacted the "
        "mediation adviser, your appeal must reach the tribunal within 1 month of the date on "
        "your mediation certificate."
    )
    assert waiting in line, line
    assert waiting in box(client, FINAL, "final_plan")

    assert (
        post(
            client,
            f"{FINAL}/disagree/final_plan/mediation-certificate",
            {"happened_on": boxes(dt.date(2025, 9, 30))},
        ).status_code
        == 302
    )
    line = line_under(client, demo.FINAL)
    assert (
        "We issued the final EHC plan on 21 July 2025. You told us the date on your mediation "
        "certificate is 30 September 2025. Your appeal must reach the tribunal by 30 October "
        "2025."
    ) in line, line
    assert "Your appeal must reach the tribunal by 30 October 2025." in box(
        client, FINAL, "final_plan"
    )

    on(app, monkeypatch, dt.date(2025, 10, 31))
    assert line_under(client, demo.FINAL) == "", "once the appeal is over, it is the plan"


def test_a_decision_not_to_assess_on_a_sent_request_follows_the_steps(
    app: Flask, client: FlaskClient
) -> None:
    sign_in(client)
    reference = submitted(client)
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    assert act(staff, reference, "accept").status_code == 302
    today = deadlines.council_today()
    decision = {
        "decision": "not_assess",
        "decided_on": boxes(today),
        "standard_reasons": ["needs_met_by_setting"],
    }
    assert act(staff, reference, "decide", decision).status_code == 302
    outbox.run_once(app)
    assert CONTACT_BY in line_under(client, reference)

    path = f"/account/cases/{reference}/disagree/not_to_assess/contacted-mediation"
    assert post(client, path, {"happened_on": boxes(today)}).status_code == 302
    line = line_under(client, reference)
    assert "We decided not to carry out an assessment. You told us you contacted" in line, line
    assert f"Your appeal must reach the tribunal by {said(deadlines.appeal_due(today))}." in line
    assert CONTACT_BY not in line


def test_a_young_person_reads_where_their_stopped_plan_stands_in_their_own_voice(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    linked(app, client, demo.CEASED, "young_person", "young.adult@example.org")
    ceased = decided_on(app, demo.CEASED, "cease_plan")
    certified = deadlines.council_today()
    path = f"/account/cases/{demo.CEASED}/disagree/cease_plan/mediation-certificate"
    assert post(client, path, {"happened_on": boxes(certified)}).status_code == 302
    with marked_voice(monkeypatch):
        line = line_under(client, demo.CEASED)
    due = said(deadlines.appeal_due(ceased, certified))
    assert f"{MARK}We decided on {said(ceased)} to stop the EHC plan." in line, line
    assert f"{MARK}You told us the date on your mediation certificate is {said(certified)}." in line
    assert f"{MARK}Your appeal must reach the tribunal by {due}." in line, line
    assert CONTACT_BY not in line
