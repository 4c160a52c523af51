"""The case page's sentence about the next annual review leads to the annual review's own
page (its questions, the meeting, the decision), not to the general views form beside it."""

from __future__ import annotations

import pytest
from flask import Flask

from devtools import demo
from devtools.identity import PEOPLE
from devtools.reference_case_system import demo as case_system_demo
from tests.conftest import sign_in
from tests.support.pages import page


@pytest.mark.parametrize(
    ("person", "reference"),
    [
        ("parent", case_system_demo.REVIEW),
        ("young_student", case_system_demo.OWN_REVIEW),
    ],
)
def test_the_next_annual_reviews_date_links_to_the_annual_review(
    app: Flask, person: str, reference: str
) -> None:
    demo.seed(app)
    family = app.test_client()
    sign_in(family, "families", PEOPLE[person])
    shown = page(family.get(f"/account/cases/{reference}"))
    paragraph = next(
        p for p in shown.select("#main-content p") if "annual review is due by" in p.get_text()
    )
    links = [a["href"] for a in paragraph.select("a")]
    assert links == [f"/account/cases/{reference}/annual-review"], paragraph
    views = next(a for a in shown.select("#main-content a") if a.get_text() == "Give your views")
    assert views.find_parent("p") is not paragraph
