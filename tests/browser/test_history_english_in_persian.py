"""The History tab in Persian: a tester saw the council's English message to the family
at the far left of the page, across its full width, while its entry's heading, date and
marker were at the right. The English text stays within its entry, at its start edge."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.conftest import sign_in
from tests.support.requests import submitted
from tests.support.staff import act

pytestmark = pytest.mark.browser

ASKED = "Please send us the school's latest report."

# The right edges of the message's words (not of the box they are in) and of its entry's
# heading.
EDGES = """(asked) => {
  const text = [...document.querySelectorAll('.moj-timeline__description p')]
    .find(p => p.innerText.includes(asked))
  const heading = text.closest('.moj-timeline__item').querySelector('.moj-timeline__title')
  const words = document.createRange()
  words.selectNodeContents(text)
  return {text: words.getBoundingClientRect().right,
          heading: heading.getBoundingClientRect().right}
}"""


@pytest.fixture(scope="module")
def reference(live_app: Flask) -> str:
    """A request the council asked the family about in English (set up without a browser)."""
    family = live_app.test_client()
    sign_in(family, person="second.parent@example.org")
    sent = submitted(family)
    staff = live_app.test_client()
    sign_in(staff, "staff", "caseworker@council.example")
    asked = act(staff, sent, "more_information", {"message": ASKED, "written_in": "en"})
    assert asked.status_code == 302
    return sent


def test_english_in_the_persian_history_keeps_to_its_entry(people, reference: str) -> None:  # type: ignore[no-untyped-def]
    staff = people["staff"]
    staff.goto(f"/caseworker/requests/{reference}/history?lang=fa")
    edges = staff.evaluate(EDGES, ASKED)
    assert abs(edges["text"] - edges["heading"]) <= 40, edges
