"""The queue in Arabic (right to left) at 768 px: a tester saw a child's name run into the
Received date beside it, nothing between them. The name cell, written left to right for a
name in Latin letters, kept its space on its right, away from the date at its left."""

from __future__ import annotations

from itertools import pairwise

import pytest
from flask import Flask

from tests.support.queue import add_request

pytestmark = pytest.mark.browser

# Where the text of the first row's cells is, cell by cell, from the reference on.
TEXT_EDGES = """() => [...document.querySelector('main tbody tr').cells].slice(1).map(cell => {
  const range = document.createRange()
  range.selectNodeContents(cell)
  const r = range.getBoundingClientRect()
  return {left: r.left, right: r.right, text: cell.innerText.trim()}
})"""


def test_a_latin_name_keeps_apart_from_the_date_in_arabic(people, live_app: Flask) -> None:  # type: ignore[no-untyped-def]
    add_request(live_app, "BNT-2026-768001", "Zu Papadimitropoulouwiczowa", due_in=1)
    staff = people["staff"]
    staff.set_viewport_size({"width": 768, "height": 900})
    try:
        staff.goto("/caseworker/queue?lang=ar&q=BNT-2026-768001")
        cells = staff.evaluate(TEXT_EDGES)
        assert "Papadimitropoulouwiczowa" in cells[1]["text"], cells
        for start, end in pairwise(cells):
            gap = start["left"] - end["right"]  # right to left: each cell's next is at its left
            assert gap >= 8, f"{start['text']!r} and {end['text']!r} are {gap} px apart"
    finally:
        staff.set_viewport_size({"width": 1280, "height": 800})
