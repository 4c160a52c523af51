"""What a tester met on the caseworker's home page at 320 px, in Polish and Romanian: the
table of link codes issued recently was wider than the screen, its "Status" column cut to
"Sta" at the edge. Each code is a card of its own on a phone, every column named."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools.reference_case_system import demo
from tests.conftest import sign_in
from tests.support.links import issue_code
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def code_issued(live_app: Flask) -> None:
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    issue_code(staff, demo.FINAL, "Aleksandra Wiśniewska-Kowalczyk", "parent_carer")


@pytest.mark.parametrize("language", ["pl", "ro", "fa"])
def test_link_codes_fit_a_phone(people, code_issued, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 800})
    try:
        staff.goto(f"/caseworker/?lang={language}")
        table = staff.locator("main table", has=staff.locator("#link-codes-caption"))
        wider = table.evaluate(
            """table => [...table.querySelectorAll('th, td')].filter(cell => {
                 const box = cell.getBoundingClientRect()
                 return box.left < 0 || box.right > window.innerWidth
               }).map(cell => cell.textContent.trim())"""
        )
        assert wider == [], f"cut off at the edge in {language}: {wider}"
        assert "Aleksandra Wiśniewska-Kowalczyk" in table.inner_text()
        assert staff.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        check_accessible(staff, "the caseworker's home at 320 px", language)
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
        staff.goto("/caseworker/?lang=en")
