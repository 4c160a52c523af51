"""A parent in English disagrees with their child's final plan; a parent in English and a
young person in Arabic each disagree with a decision not to issue a plan, and with a
decision to stop a plan. Each reads what to do (mediation first, the tribunal, free help)
and the last day to appeal, tells us they contacted the mediation adviser and the date on
their certificate, and sees the later deadline; each step reaches the case system once,
even when it was down as the young person sent it."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect
from sqlalchemy import select

from devtools.reference_case_system import demo
from forms.kit.question import TODAY
from portal.case_api.messages import mediation_step_key
from portal.models import Account, MediationStep, OutboxMessage
from portal.platform import db, deadlines
from portal.platform.deadlines import appeal_due
from portal.platform.voices import voiced
from portal.platform.written_dates import format_date
from tests.support.case_system import decided_on, entries_since, faults, last_entry_id
from tests.support.journeys import (
    enter_link_code,
    error_summary,
    quick_retries,
    sign_in,
    submit,
    wait_for,
)
from tests.support.links import BORN, code_for, young_persons_own_link

YOUNG_PERSON = "young.adult@example.org"


def certificate_on_last_day(
    app: Flask, monkeypatch: pytest.MonkeyPatch, decided: dt.date
) -> dt.date:
    """The certificate comes on the last day to appeal the decision, and the person records
    it that day (the portal's day is set to it): a month from it is later whatever today is.
    A certificate of this week may give no later deadline, or an earlier one, when the
    decision's 2 months end in the tribunal's holidays (from mid-July, and in December)."""
    day = appeal_due(decided)
    monkeypatch.setattr(deadlines, "council_today", lambda: day)
    monkeypatch.setitem(app.extensions, TODAY, lambda: day)
    return day


def extended_wording(
    app: Flask, language: str, decided: dt.date, certificate: dt.date, young: bool = False
) -> str:
    """What the box says of a deadline a certificate moved: with the day the time ends too,
    when that day is in the tribunal's holidays (tests/integration/test_disagreement.py)."""
    ends = deadlines.appeal_period_ends(decided, certificate)
    if appeal_due(decided, certificate) == ends:
        return said(
            app, language, "This is 1 month from the date on your mediation certificate.", young
        )
    return said(
        app,
        language,
        "The time to appeal ends on %(date)s, 1 month from the date on your mediation certificate.",
        young,
        date=in_language(app, ends, language),
    )


@pytest.fixture(scope="module")
def portal_config() -> Callable[[dict], None]:  # type: ignore[type-arg]
    return quick_retries


def steps_of(app: Flask, email: str, reference: str) -> dict[str, str]:
    """The mediation steps this person recorded on the case, by id: id -> step."""
    with app.app_context():
        rows = db.session().execute(
            select(MediationStep.id, MediationStep.step)
            .join(Account, Account.id == MediationStep.account_id)
            .where(Account.subject == email, MediationStep.case_reference == reference)
        )
        return {row.id: row.step for row in rows}


def reached_once(app: Flask, email: str, reference: str, since: int) -> list[dict[str, Any]]:
    """Each step the person recorded reached the case system, and once only."""
    ours = steps_of(app, email, reference)

    def arrived() -> list[dict[str, Any]]:
        found = entries_since(app, since, reference, "mediation_step")
        return [body for body in found if body["id"] in ours]

    wait_for(lambda: {body["id"] for body in arrived()} == set(ours))
    time.sleep(1.5)  # a second send, if there were one, would have come by now
    bodies = arrived()
    assert sorted(body["id"] for body in bodies) == sorted(ours), "each step once"
    return bodies


def said(app: Flask, language: str, text: str, young: bool = False, **values: Any) -> str:
    """A message as the portal says it in `language`, to a young person or a parent."""
    with app.test_request_context(f"/?lang={language}"):
        return " ".join(voiced(text, "young person" if young else None, **values).split())


def test_a_parent_records_mediation_and_sees_the_later_appeal_deadline(
    open_person, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The demo plan was issued on 21 July 2025: a day within the 2 months to appeal it.
    monkeypatch.setattr("portal.platform.deadlines.council_today", lambda: dt.date(2025, 9, 1))
    parent = open_person("the parent")
    page = parent.start("/")
    page.get_by_role("link", name="Sign in as a parent or a young person").click()
    sign_in(parent, "parent@example.org")
    page = parent.page
    page.locator(f"main a[href$='/cases/{demo.FINAL}']").first.click()
    section = parent.page.locator("#disagree-final_plan")
    expect(section).to_contain_text("If you disagree with the final EHC plan")
    expect(section).to_contain_text("Barnet SENDIASS")
    expect(section).to_contain_text("Your appeal must reach the tribunal by 22 September 2025.")

    section.get_by_role("link", name="Tell us you have contacted the mediation adviser").click()
    page = parent.page
    page.get_by_label("Day").fill("1")
    page.get_by_label("Month").fill("8")
    page.get_by_label("Year").fill("2025")
    submit(parent)
    section = parent.page.locator("#disagree-final_plan")
    expect(section).to_contain_text(
        "You told us you contacted the mediation adviser on 1 August 2025."
    )
    expect(section).not_to_contain_text("31 August 2025")

    section.get_by_role("link", name="Tell us you have a mediation certificate").click()
    page = parent.page
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("13")
    page.get_by_label("Year").fill("2025")
    submit(parent)
    assert error_summary(parent) == ["The date on the certificate must be a real date"]
    expect(parent.page.get_by_label("Month")).to_have_value("13")
    parent.page.get_by_label("Month").fill("8")
    submit(parent)
    section = parent.page.locator("#disagree-final_plan")
    expect(section).to_contain_text("Your appeal must reach the tribunal by 30 September 2025.")
    expect(section.get_by_role("link", name=re.compile("Change the date on your"))).to_be_visible()


def in_language(portal_app, day: dt.date, language: str) -> str:  # type: ignore[no-untyped-def]
    """A date as the portal writes it in `language`."""
    with portal_app.test_request_context(f"/?lang={language}"):
        return format_date(day)


def record_date(person, link: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    """Follow the box's link and give the date in the three boxes."""
    person.page.locator(f"a[href$='{link}']").click()
    boxes = person.page.locator("input[name=happened_on]")
    for index, value in enumerate((day.day, day.month, day.year)):
        boxes.nth(index).fill(str(value))
    submit(person)


def test_a_parent_challenges_a_decision_not_to_issue_a_plan(  # type: ignore[no-untyped-def]
    open_person, portal_app, monkeypatch
) -> None:
    decided = decided_on(portal_app, demo.NOT_ISSUING, "not_to_issue")
    since = last_entry_id(portal_app)
    parent = open_person("the parent")
    page = parent.start("/")
    page.get_by_role("link", name="Sign in as a parent or a young person").click()
    sign_in(parent, "parent@example.org")
    parent.page.locator(f"main a[href$='/cases/{demo.NOT_ISSUING}']").first.click()
    main = parent.page.locator("main")
    expect(main).to_contain_text(
        f"After the assessment, we decided on {in_language(portal_app, decided, 'en')}"
        " not to issue an EHC plan."
    )
    section = parent.page.locator("#disagree-not_to_issue")
    expect(section).to_contain_text("If you disagree with our decision not to issue an EHC plan")
    expect(section).to_contain_text(
        "If you want mediation, we must make sure it takes place within 30 days of being "
        "told that you want it."
    )
    expect(section).to_contain_text("send.mediation@example.org")
    expect(section).to_contain_text("Barnet SENDIASS")
    due = in_language(portal_app, appeal_due(decided), "en")
    expect(section).to_contain_text(f"Your appeal must reach the tribunal by {due}.")

    base = f"/cases/{demo.NOT_ISSUING}/disagree/not_to_issue"
    contacted = decided + dt.timedelta(days=5)
    record_date(parent, f"{base}/contacted-mediation", contacted)
    section = parent.page.locator("#disagree-not_to_issue")
    told = in_language(portal_app, contacted, "en")
    expect(section).to_contain_text(f"You told us you contacted the mediation adviser on {told}.")
    expect(section).to_contain_text(f"Your appeal must reach the tribunal by {due}.")

    certificate = certificate_on_last_day(portal_app, monkeypatch, decided)
    record_date(parent, f"{base}/mediation-certificate", certificate)
    section = parent.page.locator("#disagree-not_to_issue")
    later = in_language(portal_app, appeal_due(decided, certificate), "en")
    expect(section).to_contain_text(f"Your appeal must reach the tribunal by {later}.")
    expect(section).to_contain_text(extended_wording(portal_app, "en", decided, certificate))
    reached_once(portal_app, "parent@example.org", demo.NOT_ISSUING, since)


def test_a_young_person_challenges_the_decision_to_stop_their_plan_in_arabic(  # type: ignore[no-untyped-def]
    open_person, portal_app, monkeypatch
) -> None:
    decided = decided_on(portal_app, demo.CEASED, "cease_plan")
    since = last_entry_id(portal_app)
    person = open_person("the young person in Arabic")
    person.start("/")
    person.page.get_by_role("navigation").get_by_role("link", name="العربية", exact=True).click()
    expect(person.page.locator("html")).to_have_attribute("dir", "rtl")
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, YOUNG_PERSON)
    person.page.locator(f"main a[href$='/cases/{demo.CEASED}']").first.click()
    section = person.page.locator("#disagree-cease_plan")
    expect(section.locator("h2")).to_have_text("إذا كنتم لا توافقون على قرارنا بإيقاف خطة EHC")
    expect(section).to_contain_text("يجب علينا أن نُبقي خطة EHC سارية حتى تُصدر المحكمة قرارها")
    expect(section).to_contain_text("Barnet SENDIASS")
    due = in_language(portal_app, appeal_due(decided), "ar")
    expect(section).to_contain_text(f"يجب أن يصل طعنكم إلى المحكمة بحلول {due}.")
    expect(person.page.locator("main")).not_to_contain_text("If you disagree")

    mediation_steps(
        person, portal_app, monkeypatch, demo.CEASED, "cease_plan", decided, "ar", young=True
    )
    reached_once(portal_app, YOUNG_PERSON, demo.CEASED, since)


def mediation_steps(  # type: ignore[no-untyped-def]
    person,
    app: Flask,
    monkeypatch: pytest.MonkeyPatch,
    reference: str,
    kind: str,
    decided: dt.date,
    language: str,
    young: bool = False,
    down: Callable[[], None] | None = None,
) -> None:
    """Tell us of contacting the mediation adviser, then of the certificate (with the case
    system `down` first, if given), and see the day of the contact and the later appeal
    deadline, each in `language`."""
    base = f"/cases/{reference}/disagree/{kind}"
    contacted = decided + dt.timedelta(days=5)
    record_date(person, f"{base}/contacted-mediation", contacted)
    expect(person.page.locator("html")).to_have_attribute("lang", language)
    section = person.page.locator(f"#disagree-{kind}")
    told = said(
        app,
        language,
        "You told us you contacted the mediation adviser on %(date)s.",
        young,
        date=in_language(app, contacted, language),
    )
    expect(section).to_contain_text(told)
    due = in_language(app, appeal_due(decided), language)
    deadline = "Your appeal must reach the tribunal by %(date)s."
    expect(section).to_contain_text(said(app, language, deadline, young, date=due))

    if down is not None:
        down()
    certificate = certificate_on_last_day(app, monkeypatch, decided)
    record_date(person, f"{base}/mediation-certificate", certificate)
    expect(person.page.locator("html")).to_have_attribute("lang", language)
    section = person.page.locator(f"#disagree-{kind}")
    assert appeal_due(decided, certificate) > appeal_due(decided)
    later = in_language(app, appeal_due(decided, certificate), language)
    expect(section).to_contain_text(said(app, language, deadline, young, date=later))
    expect(section).to_contain_text(extended_wording(app, language, decided, certificate, young))


def test_a_parent_challenges_the_decision_to_stop_a_plan(  # type: ignore[no-untyped-def]
    open_person, portal_app, monkeypatch
) -> None:
    """Ella's parent, given access to her case with a link code."""
    decided = decided_on(portal_app, demo.CEASED, "cease_plan")
    since = last_entry_id(portal_app)
    parent = open_person("the parent")
    parent.start("/account/")
    sign_in(parent, "parent@example.org")
    code = code_for(portal_app, demo.CEASED, "Jo Morris", "parent_carer")
    enter_link_code(parent, code, BORN[demo.CEASED])
    main = parent.page.locator("main")
    expect(main).to_contain_text(
        f"We decided on {in_language(portal_app, decided, 'en')} to stop the EHC plan."
    )
    section = parent.page.locator("#disagree-cease_plan")
    expect(section.locator("h2")).to_have_text(
        "If you disagree with our decision to stop the EHC plan"
    )
    expect(section).to_contain_text(
        "If you appeal, we must keep the EHC plan in place until the tribunal decides."
    )
    expect(section).to_contain_text("Barnet SENDIASS")
    expect(main.locator("#disagree-final_plan")).to_have_count(0)
    mediation_steps(parent, portal_app, monkeypatch, demo.CEASED, "cease_plan", decided, "en")
    steps = reached_once(portal_app, "parent@example.org", demo.CEASED, since)
    assert {(s["decision"], s["decided_on"]) for s in steps} == {
        ("cease_plan", decided.isoformat())
    }


def test_a_young_person_in_arabic_challenges_not_issuing_a_plan_as_the_case_system_is_down(  # type: ignore[no-untyped-def]
    open_person, portal_app, down, monkeypatch
) -> None:
    """A young person with their own access to the case, who sends the date on their
    certificate while the case system is down: it arrives once when it is back. (The
    demonstration case is a child's, for whom no link code gives a young person's own
    access: the link is made directly.)"""
    decided = decided_on(portal_app, demo.NOT_ISSUING, "not_to_issue")
    since = last_entry_id(portal_app)
    young_persons_own_link(portal_app, demo.NOT_ISSUING, YOUNG_PERSON)
    person = open_person("the young person in Arabic")
    person.start("/")
    person.page.get_by_role("navigation").get_by_role("link", name="العربية", exact=True).click()
    person.page.locator("main a[href^='/account']").first.click()
    sign_in(person, YOUNG_PERSON)
    person.page.goto(f"{person.base_url}/account/cases/{demo.NOT_ISSUING}")
    expect(person.page.locator("html")).to_have_attribute("dir", "rtl")
    section = person.page.locator("#disagree-not_to_issue")
    heading = "If you disagree with our decision not to issue an EHC plan"
    expect(section.locator("h2")).to_have_text(said(portal_app, "ar", heading, young=True))
    expect(section).to_contain_text("Barnet SENDIASS")
    expect(person.page.locator("main")).not_to_contain_text("If you disagree")
    mediation_steps(
        person, portal_app, monkeypatch, demo.NOT_ISSUING, "not_to_issue", decided, "ar", True, down
    )
    ours = steps_of(portal_app, YOUNG_PERSON, demo.NOT_ISSUING)
    keys = [mediation_step_key(step_id) for step_id in ours]

    def tried_and_failed() -> bool:
        with portal_app.app_context():
            rows = db.session().scalars(
                select(OutboxMessage).where(OutboxMessage.idempotency_key.in_(keys))
            )
            return any(r.attempts >= 1 and r.last_error and r.status != "delivered" for r in rows)

    wait_for(tried_and_failed)
    faults(portal_app).clear()
    steps = reached_once(portal_app, YOUNG_PERSON, demo.NOT_ISSUING, since)
    assert sorted(s["step"] for s in steps) == ["contacted_mediation", "mediation_certificate"]
    assert {s["decided_on"] for s in steps} == {decided.isoformat()}
