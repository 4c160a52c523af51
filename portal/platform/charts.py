"""Bar charts laid out on the server from plain figures, for the dashboard and feedback
reports (no script, no chart library).

A chart is drawn as wide as its column and is not scaled: its words are 12 px on a phone
as on a desktop (scaled from a fixed width, they were 5 px at 320 px). Its bars stretch
across a fixed width of units, BAR_UNITS. What goes under and over the bars is laid out
for the narrowest the column is (NARROWEST): a label that does not fit its bar on two
lines there, or a number wider than its bar, is turned to read along it."""

from __future__ import annotations

from dataclasses import dataclass

BAR_UNITS = 600
NARROWEST = 290  # px: the column on a 320 px screen
TEXT_SIZE = 12  # px
CHARACTER_WIDTH = 7.1  # px: an average character of Arial at 12 px (Persian, Arabic alike)
LINE = 14  # px between a label's lines
AXIS = 180  # px from the top: where the bars stand
MOST_LINES = 2


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: nothing to measure (no bar), unlike a measured 0


@dataclass(frozen=True)
class DrawnBar:
    x: float  # in BAR_UNITS
    y: float  # px
    width: float  # in BAR_UNITS
    height: float  # px
    label: str
    value: int | None
    label_x: float  # per cent of the chart's width
    lines: tuple[str, ...] = ()  # the label as drawn under the bar, a line each


@dataclass(frozen=True)
class Chart:
    bars: list[DrawnBar]
    height: int  # px
    # Degrees the labels, and the numbers, are turned to read along their bars: -90 reads
    # upwards, 90 downwards (right to left, so that each still reads from its start); 0 not.
    labels_turned: int
    numbers_turned: int


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


def _fits(lines: tuple[str, ...], room: float) -> bool:
    return len(lines) <= MOST_LINES and all(len(line) * CHARACTER_WIDTH <= room for line in lines)


def bars(data: list[Bar], right_to_left: bool = False) -> Chart:
    """Where each bar goes, tallest bar at full height: the first from the left, or from
    the right on a page read `right_to_left` (so weeks run the way the page reads); the
    table beside it keeps the same order."""
    top = max((bar.value for bar in data if bar.value is not None), default=0) or 1
    slot = NARROWEST / max(len(data), 1)
    lines = label_lines([bar.label for bar in data], slot)
    level = all(_fits(each, slot * 0.8) for each in lines)
    if not level:
        lines = [(bar.label,) for bar in data]
    # A number is said with a sign or separator at most ("100%", "1,250"): one more.
    widest = max((len(str(bar.value)) + 1 for bar in data if bar.value is not None), default=1)
    number = widest * CHARACTER_WIDTH
    numbers_level = number <= slot * 0.9
    above = 20 if numbers_level else number + 8
    turn = 90 if right_to_left else -90
    units = BAR_UNITS / max(len(data), 1)
    drawn = []
    for place, bar in enumerate(data):
        index = len(data) - 1 - place if right_to_left else place
        bar_height = (AXIS - above) * (bar.value or 0) / top
        drawn.append(
            DrawnBar(
                x=index * units + units * 0.15,
                y=AXIS - bar_height,
                width=units * 0.7,
                height=bar_height,
                label=bar.label,
                value=bar.value,
                label_x=(index + 0.5) * 100 / max(len(data), 1),
                lines=lines[place],
            )
        )
    if level:
        rows = max((len(each) for each in lines), default=1)
        height = AXIS + 24 + (rows - 1) * LINE
    else:
        longest = max((len(bar.label) for bar in data), default=0)
        height = AXIS + 12 + round(longest * CHARACTER_WIDTH)
    return Chart(drawn, height, 0 if level else turn, 0 if numbers_level else turn)
