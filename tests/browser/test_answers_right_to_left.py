"""A tester read the caseworker's Answers tab, and a family's "Your data", in Persian:
every answer ("خیر", "مدرسه", a whole sentence) ran left to right from the far edge of
the row, about 800 px from its question. Each answer cell had `dir="auto"` around
answers isolated in `<bdi>`, and `dir="auto"` looks past an isolate for its first strong
letter: it found none, so the cell was left to right. An answer's cell now takes the
page's direction, and each answer inside it still its own."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.tabs import sign_in_in_browser

pytestmark = pytest.mark.browser

# Each answer cell holding right-to-left letters: its direction, and how far its text
# ends from the cell's right edge (0 when it starts there, as Persian does).
CELLS = """() => [...document.querySelectorAll('main dd.govuk-summary-list__value')]
  .filter(dd => /[\\u0600-\\u06FF]/.test(dd.innerText))
  .map(dd => {
    const range = document.createRange(); range.selectNodeContents(dd);
    const text = range.getBoundingClientRect(), cell = dd.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(dd).paddingRight);
    return {text: dd.innerText.trim(), direction: getComputedStyle(dd).direction,
            gap: Math.round(cell.right - padding - text.right)};
  })"""


FAMILY = "answers.rtl@example.org"


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    family = live_app.test_client()
    sign_in(family, person=FAMILY)
    family.get("/account/?lang=fa")
    return submitted(family)


def _cells(tab, path: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    tab.goto(path)
    found = tab.evaluate(CELLS)
    assert found, f"no answer in Persian on {path}"
    return found


def test_the_caseworkers_answers_start_at_the_right_in_persian(people, reference) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    try:
        for cell in _cells(staff, f"/caseworker/requests/{reference}/answers?lang=fa"):
            assert cell["direction"] == "rtl", cell
            assert abs(cell["gap"]) <= 2, cell
    finally:
        staff.goto("/caseworker/?lang=en")


def test_your_data_answers_start_at_the_right_in_persian(page, reference) -> None:  # type: ignore[no-untyped-def]
    sign_in_in_browser(page, "/account/", FAMILY)
    for cell in _cells(page, "/account/your-data?lang=fa"):
        assert cell["direction"] == "rtl", cell
        assert abs(cell["gap"]) <= 2, cell


# How far an English answer the family typed starts from its cell's left edge.
TYPED_IN_ENGLISH = """(words) => {
  const dd = [...document.querySelectorAll('main dd.govuk-summary-list__value')]
    .find(dd => dd.innerText.includes(words));
  const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
  let node; while ((node = walker.nextNode()) && !node.data.includes(words));
  const range = document.createRange(); range.selectNodeContents(node);
  const cell = dd.getBoundingClientRect();
  return {direction: getComputedStyle(node.parentElement).direction,
          gap: Math.round(range.getBoundingClientRect().left - cell.left
                          - parseFloat(getComputedStyle(dd).paddingLeft))};
}"""


def test_an_english_answer_starts_at_the_left_on_the_caseworkers_persian_page(
    people,  # type: ignore[no-untyped-def]
    reference: str,
) -> None:
    """A tester read a family's English description on the caseworker's Answers in
    Persian pushed to the right of its cell, as if it were Persian."""
    staff = people["staff"]
    try:
        staff.goto(f"/caseworker/requests/{reference}/answers?lang=fa")
        typed = staff.evaluate(TYPED_IN_ENGLISH, "Finds reading very hard.")
        assert typed == {"direction": "ltr", "gap": 0}
    finally:
        staff.goto("/caseworker/?lang=en")
