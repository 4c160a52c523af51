"""What a tester met on a caseworker's request pages in Chromium: the family's language
and interpreter need shown nowhere a caseworker writes to them, a skip link that passed
the request's identity bar and sections, a decision to assess that kept the reasons not
to, names typed without their accents found nothing, and references broken over three
lines in the Arabic queue; and the language of a caseworker's own reasons, now asked."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from portal.models import AssessmentRequest, OutboxMessage
from portal.platform import db, deadlines
from tests.conftest import sign_in
from tests.support.answers import PARENT_ANSWERS
from tests.support.queue import add_request
from tests.support.requests import submitted
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def arabic(live_app: Flask) -> str:
    """A request a family answered in Arabic, asking for an interpreter (set up without a
    browser)."""
    family = live_app.test_client()
    sign_in(family, person="arabic.parent@example.org")
    family.get("/language/ar")
    answers = {section: dict(pages) for section, pages in PARENT_ANSWERS.items()}
    answers["child"] = {
        **answers["child"],
        "language": {"first_language": "العربية", "interpreter_needed": "yes"},
    }
    return submitted(family, answers=answers)


def test_the_caseworker_sees_the_familys_language_where_they_write_to_them(
    people, arabic: str
) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{arabic}")
    bar = staff.get_by_role("region", name="The request")
    assert "Arabic" in bar.inner_text(), "the identity bar names the family's language"
    summary = staff.locator("main .govuk-summary-list").first.inner_text()
    assert "Arabic" in summary, summary
    assert "Interpreter" in summary and "Needed" in summary, summary

    staff.goto(f"/caseworker/requests/{arabic}/actions/more_information")
    box = staff.get_by_label("What do you need from the family?")
    hint = " ".join(
        staff.locator(f"#{described}").inner_text()
        for described in box.get_attribute("aria-describedby").split()
    )
    assert "The family reads Arabic and asked for an interpreter" in hint, hint
    check_accessible(staff, "asking an Arabic-speaking family", "en")

    staff.set_viewport_size({"width": 320, "height": 800})
    try:
        staff.goto(f"/caseworker/requests/{arabic}")
        assert staff.evaluate("document.documentElement.scrollWidth") <= 320, "fits at 320 px"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 720})

    staff.goto(f"/caseworker/requests/{arabic}?lang=ar")
    assert "العربية" in staff.locator("main .govuk-summary-list").first.inner_text()
    staff.goto(f"/caseworker/requests/{arabic}?lang=en")


def test_the_skip_link_leads_to_the_start_of_the_request(people, arabic: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{arabic}")
    main = staff.locator("main#main-content")
    assert main.locator(".moj-identity-bar").count() == 1
    assert main.locator(".moj-sub-navigation").count() == 1
    staff.keyboard.press("Tab")
    assert staff.evaluate("document.activeElement.classList.contains('govuk-skip-link')")
    staff.keyboard.press("Enter")
    staff.keyboard.press("Tab")
    focused = staff.evaluate(
        "document.activeElement.closest('.moj-identity-bar, .moj-sub-navigation') !== null"
    )
    assert focused, staff.evaluate("document.activeElement.outerHTML")
    check_accessible(staff, "a request's summary", "en")


def test_a_decision_to_assess_keeps_no_reasons_not_to(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    reference = "BNT-2026-710001"
    add_request(live_app, reference, "Ada Decided", status="accepted")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide")
    staff.get_by_label("Do not carry out an assessment").check()
    reasons = staff.get_by_label("They are making good progress with the support they have now.")
    reasons.check()
    staff.get_by_label("Other reasons (optional)").fill("Doing well at Oak Primary.")
    staff.get_by_label("Carry out an EHC needs assessment").check()
    assert not reasons.is_visible(), "the reasons not to assess go with their choice"
    today = deadlines.council_today()
    for part, value in zip(
        ("day", "month", "year"), (today.day, today.month, today.year), strict=True
    ):
        staff.locator(f"#decide-decided_on-{part}").fill(str(value))
    send(staff)
    assert "Doing well at Oak Primary." not in staff.inner_text("main"), "nor shows them"
    send(staff, staff.get_by_role("button", name="Record the decision"))
    assert "Decision recorded: carry out an EHC needs assessment" in staff.inner_text("main")
    with live_app.app_context():
        found = (
            db.session()
            .scalars(select(AssessmentRequest).where(AssessmentRequest.reference == reference))
            .one()
        )
        assert (found.status, found.decision) == ("decided_assess", None)
        sent = [
            message.payload["decision"]
            for message in db.session().scalars(
                select(OutboxMessage).where(OutboxMessage.kind == "triage_decision.create")
            )
            if message.payload.get("case_reference") == reference
        ]
    assert [told["decision"] for told in sent] == ["assess"]
    assert sent[0].get("reason") is None, sent[0]


def test_names_and_references_are_found_as_caseworkers_type_them(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    add_request(live_app, "BNT-2026-641403", "Elif Yılmaz")
    add_request(live_app, "BNT-2026-641404", "Zofia Przykładowa")
    staff = people["staff"]
    found = {
        "Yilmaz": "BNT-2026-641403",
        "yılmaz": "BNT-2026-641403",
        "Przykladowa": "BNT-2026-641404",
        "BNT 2026 641403": "BNT-2026-641403",
        "BNT2026641403": "BNT-2026-641403",
        "bnt 2026-641404": "BNT-2026-641404",
    }
    for term, reference in found.items():
        staff.goto("/caseworker/queue?tray=all")
        staff.locator("#q").fill(term)
        with staff.expect_navigation():
            staff.locator("#q").press("Enter")
        shown = staff.locator("main tbody td:nth-of-type(2) a").all_inner_texts()
        assert shown == [reference], (term, shown)


def test_references_keep_to_one_line_in_the_arabic_queue(people) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    try:
        for width in (1280, 320):
            staff.set_viewport_size({"width": width, "height": 900})
            staff.goto("/caseworker/queue?tray=all&lang=ar")
            lines = staff.evaluate(
                """() => [...document.querySelectorAll("main tbody td:nth-of-type(2) a")]
                .map((link) => {
                  const range = document.createRange();
                  range.selectNodeContents(link);
                  const tops = [...range.getClientRects()].map((box) => Math.round(box.top));
                  return [link.textContent.trim(), new Set(tops).size];
                })"""
            )
            assert lines and all(count == 1 for _text, count in lines), (width, lines)
            assert staff.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        staff.set_viewport_size({"width": 1280, "height": 720})
        staff.goto("/caseworker/queue?lang=en")


def test_the_caseworker_says_which_language_their_reasons_are_in(live_app: Flask, people) -> None:  # type: ignore[no-untyped-def]
    """A caseworker wrote their reasons in English to a Bulgarian family: the page asks
    which language, under the reasons, and says so when they did not choose."""
    reference = "BNT-2026-710002"
    add_request(live_app, reference, "Ivo Decided", status="accepted", language="bg")
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/decide?lang=en")
    question = staff.get_by_role("group", name="Which language did you write the other reasons in?")
    assert not question.is_visible(), "asked only under the choice not to assess"
    staff.get_by_label("Do not carry out an assessment").check()
    staff.get_by_label("Other reasons (optional)").fill("The school report shows needs are met.")
    assert question.is_visible()
    today = deadlines.council_today()
    for part, value in zip(
        ("day", "month", "year"), (today.day, today.month, today.year), strict=True
    ):
        staff.locator(f"#decide-decided_on-{part}").fill(str(value))
    send(staff)
    summary = staff.locator(".govuk-error-summary").inner_text()
    assert "Select the language you wrote the other reasons in" in summary, summary
    check_accessible(staff, "the decision asking for the reasons' language", "en")
    question.get_by_label("English").check()
    send(staff)
    send(staff, staff.get_by_role("button", name="Record the decision"))
    assert "Decision recorded: do not carry out an assessment" in staff.inner_text("main")


@pytest.mark.parametrize("language", ["en", "fa", "pl"])
def test_the_identity_bar_keeps_words_together(people, arabic: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """At 320 px the bar read "Decision   due   28   November   2026": MoJ's identity bar
    justifies its text (a trick for laying out its parts), and every fact took it up."""
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 800})
    try:
        staff.goto(f"/caseworker/requests/{arabic}?lang={language}")
        aligned = staff.eval_on_selector_all(
            ".portal-identity-bar__fact, .portal-identity-bar__fact *",
            "facts => [...new Set(facts.map(f => getComputedStyle(f).textAlign))]",
        )
        assert aligned and "justify" not in aligned, aligned
    finally:
        staff.set_viewport_size({"width": 1280, "height": 720})
        staff.goto(f"/caseworker/requests/{arabic}?lang=en")
