"""The manager's dashboard at 768 px drew its charts 462 px wide from 600 units, and their
11 and 12 unit words came out 8 or 9 px high, barely readable: every word of a chart is
drawn at 12 px or more, from a phone to a desktop."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Each word of each chart (bars' labels and their numbers): its text and its size as drawn,
# in CSS pixels (the size it was given times the SVG's scale on screen).
DRAWN_SIZES = """() => [...document.querySelectorAll("figure > svg")].flatMap(chart => {
  const scale = chart.getScreenCTM().a
  return [...chart.querySelectorAll("text")]
    .filter(text => text.textContent.trim())
    .map(text => ({
      text: text.textContent.trim(),
      px: parseFloat(getComputedStyle(text).fontSize) * scale,
    }))
})"""


@pytest.mark.parametrize("width", [320, 768, 1280])
@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_managers_chart_words_are_drawn_at_12_px_or_more(  # type: ignore[no-untyped-def]
    people, width: int, language: str
) -> None:
    manager = people["manager"]
    manager.set_viewport_size({"width": width, "height": 900})
    try:
        for path in ("/caseworker/dashboard", "/feedback/reports"):
            manager.goto(f"{path}?lang={language}")
            drawn = manager.evaluate(DRAWN_SIZES)
            assert len(drawn) > 12, path
            small = [f"{word['text']} ({word['px']:.1f} px)" for word in drawn if word["px"] < 12]
            assert small == [], f"{path} in {language} at {width} px: {small[:4]}"
    finally:
        manager.set_viewport_size({"width": 1280, "height": 800})
