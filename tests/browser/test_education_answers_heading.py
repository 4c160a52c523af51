"""A tester read a young person's own request on "Your data" and found where she studies
now, her college, her course and her previous schools under "About you: attendance":
none of them is about attendance. They are read under a heading about education, there
and on the caseworker's Answers tab."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted, young_person_answers
from tests.support.tabs import new_tab, sign_in_in_browser

pytestmark = pytest.mark.browser

PERSON = "young.learner@example.org"
# Each answer's key (its first line: the caseworker's says "Their choice" under it), with
# the heading it is read under (the nearest one before it).
UNDER = """() => {
  let heading = ""
  const found = {}
  for (const e of document.querySelectorAll("main h2, main h3, main .govuk-summary-list__key")) {
    if (e.tagName === "H2" || e.tagName === "H3") heading = e.innerText.trim()
    else found[e.innerText.trim().split(String.fromCharCode(10))[0]] = heading
  }
  return found
}"""


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A young person's own request, with where she studies (set up without a browser)."""
    answers = young_person_answers()
    answers["education"] = {
        "setting": {
            "setting_type": "college",
            "setting_name": "Barnet College",
            "year_group": "Level 2 Catering",
        },
        "history": {"previous_settings": "Oak Academy, until Year 11", "exclusions": ""},
    }
    young = live_app.test_client()
    sign_in(young, person=PERSON)
    return submitted(young, role="young_person", answers=answers)


def _under_education(headings: dict[str, str], keys: tuple[str, ...]) -> None:
    for key in keys:
        assert key in headings, (key, headings)
        assert "education" in headings[key].lower(), (key, headings[key])
        assert "attendance" not in headings[key].lower(), (key, headings[key])


def test_where_a_young_person_studies_is_under_education_on_your_data(
    browser, base_url: str, reference: str
) -> None:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    try:
        sign_in_in_browser(tab, "/account/your-data/assessment-requests?lang=en", PERSON)
        headings = tab.evaluate(UNDER)
        _under_education(
            headings,
            (
                "Where do you learn now?",
                "Name of the college, school, training provider or employer",
                "Year group or course",
                "Which schools, colleges or other settings did you go to before?",
            ),
        )
    finally:
        tab.context.close()


def test_where_a_young_person_studies_is_under_education_for_the_caseworker(
    people, reference: str
) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/answers?lang=en")
    headings = staff.evaluate(UNDER)
    _under_education(
        headings,
        (
            "Current type of setting",
            "Name of the college, school, training provider or employer",
            "Year group or course",
            "Previous nurseries, schools or colleges",
        ),
    )
