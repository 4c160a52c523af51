"""Bar charts laid out on the server from plain figures, for the dashboard and feedback
reports (no script, no chart library)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: nothing to measure (no bar), unlike a measured 0


@dataclass(frozen=True)
class DrawnBar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int | None
    label_x: float
    lines: tuple[str, ...] = ()  # the label as drawn under the bar, a line each


# Under each bar its label, at this size in the chart's units; a character of Arial is
# about this wide on average (Persian and Arabic letters about the same).
LABEL_SIZE = 11
CHARACTER_WIDTH = 6.5


def label_lines(labels: list[str], slot: float) -> list[tuple[str, ...]]:
    """Each label as the lines it is drawn on, each line no wider than its bar's width
    with room to spare, so that "14 Sept" and "۱۴ سپتامبر" never run into the next
    week's label (in either direction). Words are put together on a line while they fit:
    a label a little too wide for its bar takes two lines, not a word a line."""
    room = slot * 0.8
    return [_fitted(label.split(), room) or (label,) for label in labels]


def _fitted(words: list[str], room: float) -> tuple[str, ...]:
    lines: list[str] = []
    for word in words:
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and len(joined) * CHARACTER_WIDTH <= room:
            lines[-1] = joined
        else:
            lines.append(word)
    return tuple(lines)


def bars(
    data: list[Bar], width: int = 600, height: int = 200, right_to_left: bool = False
) -> list[DrawnBar]:
    """Where each bar goes in an SVG of the given size, tallest bar at full height: the
    first from the left, or from the right on a page read `right_to_left` (so weeks run
    the way the page reads); the table beside it keeps the same order."""
    top = max((bar.value for bar in data if bar.value is not None), default=0) or 1
    slot = width / max(len(data), 1)
    lines = label_lines([bar.label for bar in data], slot)
    drawn = []
    for place, bar in enumerate(data):
        index = len(data) - 1 - place if right_to_left else place
        bar_height = (height - 40) * (bar.value or 0) / top
        drawn.append(
            DrawnBar(
                x=index * slot + slot * 0.15,
                y=height - 20 - bar_height,
                width=slot * 0.7,
                height=bar_height,
                label=bar.label,
                value=bar.value,
                label_x=index * slot + slot / 2,
                lines=lines[place],
            )
        )
    return drawn
