"""Where a browser draws each character of some text, for tests of what a reader sees
rather than what the HTML says: the order of a date's words in a right-to-left line, a
legal reference's order, a time kept on one line with its am/pm marker."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Box:
    left: float
    right: float
    top: float
    bottom: float


def characters_drawn(locator, pattern: str) -> list[list[Box]]:  # type: ignore[no-untyped-def]
    """For each match of the JavaScript regular expression `pattern` in the element's text
    (within one text node), the box each of its characters is drawn in, in text order."""
    found = locator.evaluate(
        """(element, source) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
          const found = []
          while (walker.nextNode()) {
            const node = walker.currentNode
            for (const match of node.data.matchAll(new RegExp(source, "gu"))) {
              const boxes = []
              for (let i = match.index; i < match.index + match[0].length; i++) {
                const range = document.createRange()
                range.setStart(node, i)
                range.setEnd(node, i + 1)
                const box = range.getBoundingClientRect()
                if (box.width > 0) boxes.push([box.left, box.right, box.top, box.bottom])
              }
              found.push(boxes)
            }
          }
          return found
        }""",
        pattern,
    )
    return [[Box(*box) for box in boxes] for boxes in found]


def lines(boxes: list[Box]) -> list[list[Box]]:
    """The boxes by the line they are drawn on, top first: a box below the bottom of the
    line before starts a line (letters of two scripts on one line differ in height)."""
    drawn: list[list[Box]] = []
    for box in sorted(boxes, key=lambda box: box.top):
        if drawn and box.top < min(b.bottom for b in drawn[-1]) - 1:
            drawn[-1].append(box)
        else:
            drawn.append([box])
    return drawn


def widest_gap(boxes: list[Box]) -> float:
    """The widest space between two of the boxes next to each other on a line: none when
    the text is drawn as one piece, the width of whatever came between where other text
    was drawn inside it."""
    gaps = [0.0]
    for line in lines(boxes):
        ordered = sorted(line, key=lambda box: box.left)
        gaps += [after.left - before.right for before, after in pairwise(ordered)]
    return max(gaps)


def left_to_right(boxes: list[Box]) -> bool:
    """Whether the characters, in text order, are drawn from left to right."""
    return all(before.left < after.left for before, after in pairwise(boxes))
