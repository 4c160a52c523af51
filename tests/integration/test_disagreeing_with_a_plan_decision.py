"""The two other decisions a family can take to the tribunal: not to issue a plan after
the assessment, and to stop (cease) a plan. The case system says so (a status and the
decision's date); the family sees mediation first, the tribunal, the appeal deadline from
the real dates and free help, records mediation, and sees the later deadline."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from devtools.reference_case_system import demo
from forms.kit.question import TODAY
from portal.case_api import outbox
from portal.models import MediationStep
from portal.platform import db, deadlines
from portal.platform.deadlines import add_months, appeal_due, appeal_period_ends
from tests.conftest import sign_in
from tests.support.case_system import decided_on, entries_since, faults, last_entry_id
from tests.support.links import BORN, issue_code, redeem
from tests.support.pages import page, post, token

# decision: (case, relationship, person)
DECISIONS = {
    "not_to_issue": (demo.NOT_ISSUING, "parent_carer", "parent@example.org"),
    "cease_plan": (demo.CEASED, "young_person", "young.adult@example.org"),
}


# What stays as it is in every language: the tribunal's official name (given after its
# translation), the services' names, emails and websites.
TRIBUNAL = "First-tier Tribunal (Special Educational Needs and Disability)"
NAMES_AND_ADDRESSES = {
    "Barnet",
    "SENDIASS",
    "SEND",
    "send",
    "mediation",
    "example",
    "service",
    "https",
    "barnet",
    "sendiass",
}


def said(day: dt.date) -> str:
    return f"{day.day} {day:%B} {day.year}"


def boxes(day: dt.date) -> list[str]:
    return [str(day.day), str(day.month), str(day.year)]


def text_of(client: FlaskClient, path: str, selector: str = "main") -> str:
    found = page(client.get(path)).select_one(selector)
    assert found is not None, f"the page has {selector}"
    return " ".join(found.get_text(" ", strip=True).split())


def linked(app: Flask, client: FlaskClient, kind: str) -> FlaskClient:
    reference, relationship, person = DECISIONS[kind]
    staff = app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    sign_in(client, person=person)
    redeem(client, issue_code(staff, reference, "Sam Morris", relationship), BORN[reference])
    return client


@pytest.fixture(params=list(DECISIONS))
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


def test_the_case_system_reports_each_decision_with_its_date(app: Flask) -> None:
    not_issued_on = decided_on(app, demo.NOT_ISSUING, "not_to_issue")
    ceased_on = decided_on(app, demo.CEASED, "cease_plan")
    with app.app_context():
        client = app.extensions["case_api"]
        not_issuing = client.get_case(demo.NOT_ISSUING)
        ceased = client.get_case(demo.CEASED)
        final = client.get_case(demo.FINAL)
    assert (not_issuing["status"], not_issuing["not_issuing_on"]) == (
        "not_issuing",
        not_issued_on.isoformat(),
    )
    assert (ceased["status"], ceased["ceased_on"]) == ("plan_ceased", ceased_on.isoformat())
    assert (final["not_issuing_on"], final["ceased_on"]) == (None, None)


def test_a_decision_not_to_issue_a_plan_is_shown_with_what_to_do(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, "not_to_issue")
    not_issued_on = decided_on(app, demo.NOT_ISSUING, "not_to_issue")
    path = f"/account/cases/{demo.NOT_ISSUING}"
    main = text_of(family, path)
    assert f"After the assessment, we decided on {said(not_issued_on)} not to issue" in main
    # A tester read "There is no EHC plan for this case yet" below it: as if one would come.
    assert "There is no EHC plan for this case" not in main
    box = text_of(family, path, "#disagree-not_to_issue")
    assert "If you disagree with our decision not to issue an EHC plan" in box
    assert "it takes place within 30 days of being told that you want it" in box
    assert "SEND mediation service" in box and "send.mediation@example.org" in box
    assert f"Contact the mediation adviser by {said(add_months(not_issued_on, 2))}" in box
    assert "First-tier Tribunal (Special Educational Needs and Disability)" in box
    assert f"Your appeal must reach the tribunal by {said(appeal_due(not_issued_on))}." in box
    if appeal_due(not_issued_on) == appeal_period_ends(not_issued_on):
        assert f"2 months from the date of the decision, {said(not_issued_on)}" in box
    else:  # the 2 months end in the tribunal's holidays (tests/integration/test_disagreement.py)
        ends = said(appeal_period_ends(not_issued_on))
        assert f"The time to appeal ends on {ends}, 2 months from the date of the decision." in box
    assert "Barnet SENDIASS" in box and "020 7946 0456" in box
    shown = page(family.get(path))
    assert [s["id"] for s in shown.select(".portal-disagree")] == ["disagree-not_to_issue"]


def test_a_decision_to_stop_a_plan_is_shown_instead_of_the_plans_own(
    app: Flask, client: FlaskClient
) -> None:
    family = linked(app, client, "cease_plan")
    ceased_on = decided_on(app, demo.CEASED, "cease_plan")
    path = f"/account/cases/{demo.CEASED}"
    main = text_of(family, path)
    assert f"We decided on {said(ceased_on)} to stop the EHC plan." in main
    assert "Status Being stopped, unless there is an appeal" in main, "no longer said final"
    box = text_of(family, path, "#disagree-cease_plan")
    assert "If you disagree with our decision to stop the EHC plan" in box
    assert "we must keep the EHC plan in place until the tribunal decides" in box
    assert f"Your appeal must reach the tribunal by {said(appeal_due(ceased_on))}." in box
    assert "Barnet SENDIASS" in box
    shown = page(family.get(path))
    assert [s["id"] for s in shown.select(".portal-disagree")] == ["disagree-cease_plan"]
    final = f"{path}/disagree/final_plan/contacted-mediation"
    assert family.get(final).status_code == 404, "the stopped plan's contents are not challenged"


def test_recording_mediation_then_a_certificate_gives_the_later_deadline(
    app: Flask, client: FlaskClient, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = DECISIONS[kind][0]
    decided = decided_on(app, reference, kind)
    family = linked(app, client, kind)
    before = last_entry_id(app)
    path = f"/account/cases/{reference}"
    contacted_on = decided + dt.timedelta(days=3)
    contacted = post(
        family, f"{path}/disagree/{kind}/contacted-mediation", {"happened_on": boxes(contacted_on)}
    )
    assert contacted.status_code == 302
    assert contacted.headers["Location"].endswith(path)
    box = text_of(family, path, f"#disagree-{kind}")
    assert f"You told us you contacted the mediation adviser on {said(contacted_on)}" in box
    assert "it takes place within 30 days of being told that you want it" in box
    assert said(contacted_on + dt.timedelta(days=30)) not in box, "no day follows from the contact"
    assert f"by {said(appeal_due(decided))}." in box, "contacting mediation changes nothing"

    # The certificate comes on the last day to appeal, and the family records it that day:
    # a month from it is later whatever today is (a certificate of this week may not be, when
    # the decision's 2 months end in the tribunal's holidays).
    certificate_on = appeal_due(decided)
    monkeypatch.setattr(deadlines, "council_today", lambda: certificate_on)
    monkeypatch.setitem(app.extensions, TODAY, lambda: certificate_on)
    later = appeal_due(decided, certificate_on)
    assert later > appeal_due(decided)
    certified = post(
        family,
        f"{path}/disagree/{kind}/mediation-certificate",
        {"happened_on": boxes(certificate_on)},
    )
    assert certified.status_code == 302
    box = text_of(family, path, f"#disagree-{kind}")
    assert f"the date on your mediation certificate is {said(certificate_on)}" in box
    assert f"Your appeal must reach the tribunal by {said(later)}." in box
    assert "1 month from the date on your mediation certificate." in box
    assert "within 30 days of being told" not in box, "a certificate: no mediation to come"

    outbox.run_once(app)
    kept = entries_since(app, before, reference, "mediation_step")
    assert sorted((b["decision"], b["step"], b["decided_on"], b["happened_on"]) for b in kept) == [
        (kind, "contacted_mediation", decided.isoformat(), contacted_on.isoformat()),
        (kind, "mediation_certificate", decided.isoformat(), certificate_on.isoformat()),
    ]


def test_a_step_can_be_recorded_while_the_case_system_is_down_after_the_last_one_arrived(
    app: Flask, client: FlaskClient, kind: str
) -> None:
    """Delivering a step makes the portal ask the case system again next time, but keeps
    its last copy: with the case system down, the certificate can still be recorded."""
    reference = DECISIONS[kind][0]
    decided = decided_on(app, reference, kind)
    family = linked(app, client, kind)
    before = last_entry_id(app)
    path = f"/account/cases/{reference}"
    contacted = post(
        family, f"{path}/disagree/{kind}/contacted-mediation", {"happened_on": boxes(decided)}
    )
    assert contacted.status_code == 302
    outbox.run_once(app)
    assert len(entries_since(app, before, reference, "mediation_step")) == 1
    faults(app).add("error", times=10_000)
    try:
        step = f"{path}/disagree/{kind}/mediation-certificate"
        assert family.get(step).status_code == 200, "the page is there, from the last copy"
        certificate_on = deadlines.council_today() - dt.timedelta(days=2)
        certified = post(family, step, {"happened_on": boxes(certificate_on)})
        assert certified.status_code == 302
        box = text_of(family, path, f"#disagree-{kind}")
        assert f"by {said(appeal_due(decided, certificate_on))}." in box
        assert "We cannot reach the case system right now." in text_of(family, path)
    finally:
        faults(app).clear()
    outbox.run_once(app)
    kept = entries_since(app, before, reference, "mediation_step")
    assert sorted(b["step"] for b in kept) == ["contacted_mediation", "mediation_certificate"]


def test_a_certificate_before_the_decision_is_refused(
    app: Flask, client: FlaskClient, kind: str
) -> None:
    reference = DECISIONS[kind][0]
    decided = decided_on(app, reference, kind)
    family = linked(app, client, kind)
    refused = post(
        family,
        f"/account/cases/{reference}/disagree/{kind}/mediation-certificate",
        {"happened_on": boxes(decided - dt.timedelta(days=1))},
    )
    assert refused.status_code == 200
    assert (
        f"The date must be on or after {said(decided)}, the date of the decision"
        in page(refused).get_text()
    )
    with app.app_context():
        assert db.session().scalars(select(MediationStep)).all() == []


def test_another_family_cannot_see_or_record_on_the_decision(
    app: Flask, client: FlaskClient, kind: str
) -> None:
    reference = DECISIONS[kind][0]
    other = app.test_client()
    sign_in(other, person="someone.else@example.org")
    path = f"/account/cases/{reference}"
    assert other.get(path).status_code == 404
    step = f"{path}/disagree/{kind}/contacted-mediation"
    assert other.get(step).status_code == 404
    csrf = token(other, "/account/link")
    refused = other.post(step, data={"csrf_token": csrf, "happened_on": ["1", "8", "2025"]})
    assert refused.status_code == 404
    with app.app_context():
        assert db.session().scalars(select(MediationStep)).all() == []


def test_only_the_decision_the_case_has_can_be_recorded_on(app: Flask, client: FlaskClient) -> None:
    family = linked(app, client, "not_to_issue")
    path = f"/account/cases/{demo.NOT_ISSUING}/disagree"
    for other in ("cease_plan", "final_plan", "not_to_assess"):
        assert family.get(f"{path}/{other}/contacted-mediation").status_code == 404, other


def test_the_box_is_in_the_familys_language(app: Flask, client: FlaskClient, kind: str) -> None:
    reference = DECISIONS[kind][0]
    family = linked(app, client, kind)
    shown = page(family.get(f"/account/cases/{reference}?lang=ar"))
    box = shown.select_one(f"#disagree-{kind}")
    assert box is not None
    assert shown.html is not None and shown.html.get("dir") == "rtl"
    words = box.get_text(" ", strip=True).replace(TRIBUNAL, "")
    english = [w for w in re.findall(r"[A-Za-z]{4,}", words) if w not in NAMES_AND_ADDRESSES]
    assert english == [], "every sentence of the box is in Arabic"
    phones = [s for s in box.select("[dir=ltr]") if "7946" in s.get_text()]
    assert len(phones) == 2


def test_your_data_names_the_decision(app: Flask, client: FlaskClient, kind: str) -> None:
    reference = DECISIONS[kind][0]
    decided = decided_on(app, reference, kind)
    family = linked(app, client, kind)
    post(
        family,
        f"/account/cases/{reference}/disagree/{kind}/contacted-mediation",
        {"happened_on": boxes(decided)},
    )
    text = " ".join(page(family.get("/account/your-data")).get_text(" ", strip=True).split())
    label = {
        "not_to_issue": "Our decision not to issue an EHC plan",
        "cease_plan": "Our decision to stop the EHC plan",
    }[kind]
    assert label in text


def test_a_plan_being_stopped_is_not_called_stopped_while_it_can_be_appealed(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A young person read "Status: Stopped" above "If you appeal, we must keep the EHC plan
    in place until the tribunal decides"."""
    family = linked(app, client, "cease_plan")
    path = f"/account/cases/{demo.CEASED}"

    def status_row() -> str:
        rows = page(family.get(path)).select(".govuk-summary-list__row")
        found = [row for row in rows if row.dt and row.dt.get_text(strip=True) == "Status"]
        assert found, "the plan has a status"
        return " ".join(found[0].dd.get_text(" ", strip=True).split()) if found[0].dd else ""

    assert status_row() == "Being stopped, unless there is an appeal"
    after = appeal_due(decided_on(app, demo.CEASED, "cease_plan")) + dt.timedelta(days=1)
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: after)
    assert status_row() == "Stopped"
