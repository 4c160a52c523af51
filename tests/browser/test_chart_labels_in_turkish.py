"""The manager's dashboard in Turkish: the chart of open requests by age drew each label
under its bar a word a line (the band from 2 to 4 weeks on five lines), because one label
was a little too wide for its bar. A label now takes a line or two, and the chart still
reflows at 320 px with nothing wider than the screen."""

from __future__ import annotations

import pytest

from tests.support.tabs import check_accessible

pytestmark = pytest.mark.browser

# Each label drawn under a bar: its words, the lines it takes on screen (tops of its lines
# as drawn), its height and the height of one line, in CSS pixels.
LABELS = """() => [...document.querySelectorAll("figure svg text")]
  .filter(text => text.querySelector("tspan"))
  .map(text => {
    const lines = [...text.querySelectorAll("tspan")]
    return {
      words: lines.map(line => line.textContent).join(" ").split(/\\s+/),
      lines: new Set(lines.map(line => Math.round(line.getBoundingClientRect().top))).size,
      height: text.getBoundingClientRect().height,
      line: lines[0].getBoundingClientRect().height,
    }
  })"""


def test_a_turkish_managers_chart_labels_take_a_line_or_two(people) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.set_viewport_size({"width": 1280, "height": 900})
    try:
        manager.goto("/caseworker/dashboard?lang=tr")
        labels = manager.evaluate(LABELS)
        long = [label for label in labels if " ".join(label["words"]) == "2 ile 4 hafta arası"]
        assert long, [" ".join(label["words"]) for label in labels]
        for label in labels:
            said = " ".join(label["words"])
            assert label["lines"] <= 2, f"{said} is on {label['lines']} lines"
            assert label["height"] <= 2.5 * label["line"], f"{said} is {label['height']} px high"
            if len(label["words"]) > 2:
                assert label["lines"] < len(label["words"]), f"{said}: a word a line"
        check_accessible(manager, "the dashboard at a desktop width", "tr")
    finally:
        manager.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.parametrize("path", ["/caseworker/dashboard", "/feedback/reports"])
def test_a_turkish_managers_charts_reflow_at_320_px(people, path: str) -> None:  # type: ignore[no-untyped-def]
    manager = people["manager"]
    manager.set_viewport_size({"width": 320, "height": 640})
    try:
        manager.goto(f"{path}?lang=tr")
        wide = manager.evaluate("document.documentElement.scrollWidth")
        assert wide <= 320, f"{path} is {wide} px wide at 320 px"
        charts = manager.locator("figure svg").all()
        assert charts, path
        for chart in charts:
            box = chart.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 320.5
        for label in manager.evaluate(LABELS):
            assert label["lines"] <= 2, f"{path}: {' '.join(label['words'])}"
        check_accessible(manager, f"{path} at 320 px", "tr")
    finally:
        manager.set_viewport_size({"width": 1280, "height": 800})
