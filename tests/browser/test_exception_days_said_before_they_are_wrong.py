"""What a tester met recording a time limit exception (in Polish): "How many days it covers"
had no hint, and its rules showed only as errors once broken: from 1 to 365 days, and 28
or more for a closure or the child, young person or their parent being away. The box
says them before anything is typed, and the screen reader reads them with it."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.staff import act
from tests.support.tabs import check_accessible, send

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_days_box_says_its_rules_before_they_are_broken(  # type: ignore[no-untyped-def]
    people, live_app: Flask, language: str
) -> None:
    family = live_app.test_client()
    sign_in(family, person=f"exception.rules.{language}@example.org")
    reference = submitted(family)
    caseworker = live_app.test_client()
    sign_in(caseworker, "staff", "caseworker@council.example")
    assert act(caseworker, reference, "accept").status_code == 302
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/actions/exception?lang={language}")
    days = staff.locator("input[name$=days]")
    described = (days.get_attribute("aria-describedby") or "").split()
    hints = [staff.locator(f"[id='{ref}']") for ref in described if ref.endswith("-hint")]
    assert hints, "a hint under the question, read with the box"
    said = hints[0].inner_text()
    assert "365" in said and "28" in said, said
    check_accessible(staff, "the time limit exception's form", language)

    staff.locator("input[name$=kind][value=family_away]").check()
    days.fill("10")
    staff.locator("textarea[name$=reason]").fill("Away until the new year.")
    send(staff)
    assert "-error" in (days.get_attribute("aria-describedby") or ""), "still an error"
    assert days.input_value() == "10"
