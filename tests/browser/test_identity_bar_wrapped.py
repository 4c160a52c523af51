"""A request's identity bar wrapped onto a second line: a tester saw the second line
("Decision due…") start about 20 px in from the first ("Cleo Example"). Wrapped, its
items start at the same edge: the left in English, the right in Persian."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted

pytestmark = pytest.mark.browser

# The bar's items (the child's name, then its facts) with their edges and their lines' tops.
ITEMS = """() => [...document.querySelectorAll(
  '.portal-identity-bar .moj-identity-bar__title, .portal-identity-bar__fact'
)].map(item => {
  const r = item.getBoundingClientRect()
  return {text: item.innerText.trim(), left: r.left, right: r.right, top: r.top}
})"""


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    return submitted(family)


@pytest.mark.parametrize("width", [700, 900])
@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_wrapped_identity_bar_starts_each_line_at_one_edge(  # type: ignore[no-untyped-def]
    people, reference: str, language: str, width: int
) -> None:
    staff = people["staff"]
    staff.set_viewport_size({"width": width, "height": 800})
    try:
        staff.goto(f"/caseworker/requests/{reference}?lang={language}")
        first, *others = staff.evaluate(ITEMS)
        wrapped = [item for item in others if item["top"] > first["top"] + 10]
        assert wrapped, f"the bar no longer wraps at {width} px: {[first, *others]}"
        edge = "left" if language == "en" else "right"
        assert abs(wrapped[0][edge] - first[edge]) <= 2, (first, wrapped[0])
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
