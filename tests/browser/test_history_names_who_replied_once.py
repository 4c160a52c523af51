"""A tester, as a caseworker, read a request's history: "The family replied", and under it
"by the family". The title names who replied; the byline said it again."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import reply, submitted
from tests.support.staff import act

pytestmark = pytest.mark.browser


def test_a_familys_reply_is_not_said_to_be_by_the_family(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    family = live_app.test_client()
    sign_in(family, person="history.reply@example.org")
    reference = submitted(family)
    caseworker = live_app.test_client()
    sign_in(caseworker, "staff", "caseworker@council.example")
    asked = {"message": "Please send the latest school report.", "written_in": "en"}
    assert act(caseworker, reference, "more_information", asked).status_code == 302
    assert reply(family, reference, "It is attached.", []).status_code == 302
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/history?lang=en")
    replied = staff.locator(".moj-timeline__item", has_text="The family replied")
    assert replied.count() == 1
    assert "by the family" not in replied.inner_text(), replied.inner_text()
