"""The caseworker's queue and the annual reviews on a phone (320 px): a tester saw only the
box, Reference and Child columns, the table scrolling sideways in its region with nothing
to say more was to the right, and missed that a request was overdue. Below tablet width
each row is a card of its columns' names and values, the overdue badge on the screen."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.support.queue import add_request
from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

# Where the first row's red badge and each of its cells are, across the screen.
FIRST_ROW = """() => {
  const row = document.querySelector('main tbody tr')
  const edges = element => {
    const r = element.getBoundingClientRect()
    return {left: r.left, right: r.right, text: element.innerText.trim()}
  }
  const badge = row.querySelector('.moj-badge--red, .govuk-tag--red')
  return {badge: badge && edges(badge), cells: [...row.cells].map(edges),
          page: document.documentElement.scrollWidth}
}"""


def _on_screen(box: dict[str, object]) -> bool:
    return box["left"] >= -0.5 and box["right"] <= 320.5  # type: ignore[operator]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_first_rows_overdue_badge_is_on_a_320_px_screen(  # type: ignore[no-untyped-def]
    people, live_app: Flask, language: str
) -> None:
    reference = {"en": "BNT-2026-320101", "ar": "BNT-2026-320102"}[language]
    add_request(live_app, reference, "Ola Overdue", due_in=-400)
    staff = people["staff"]
    staff.set_viewport_size({"width": 320, "height": 640})
    try:
        staff.goto(f"/caseworker/queue?lang={language}")
        check_accessible(staff, "the queue at 320 px", language)
        row = staff.evaluate(FIRST_ROW)
        assert row["page"] <= 320, row
        assert row["badge"] is not None, f"the first row is not overdue: {row}"
        assert _on_screen(row["badge"]), f"the overdue badge is off screen in {language}: {row}"
        for cell in row["cells"]:
            assert _on_screen(cell), f"{cell['text']!r} is off screen in {language}: {row}"
        if language == "en":
            said = staff.locator("main tbody tr").first.inner_text()
            for name in ("Decision due", "Status", "Assigned to"):
                assert name in said, f"{name} is not named in the card: {said}"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("language", ["en", "fa"])
def test_each_annual_review_column_is_on_a_320_px_screen(people, language: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["manager"]
    staff.set_viewport_size({"width": 320, "height": 640})
    try:
        staff.goto(f"/caseworker/annual-reviews?lang={language}")
        check_accessible(staff, "the annual reviews at 320 px", language)
        row = staff.evaluate(FIRST_ROW)
        assert row["page"] <= 320, row
        for cell in row["cells"]:
            assert _on_screen(cell), f"{cell['text']!r} is off screen in {language}: {row}"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
