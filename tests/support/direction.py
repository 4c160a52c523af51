"""Finding left-to-right values (phone numbers, email addresses, references, links) that
are not isolated inside right-to-left text, where they would show reversed."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import re

import pytest
from bs4 import BeautifulSoup, NavigableString

RIGHT_TO_LEFT = ["ar", "fa"]
LEFT_TO_RIGHT_RUN = re.compile(
    r"https?://\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[A-Z][0-9]{11}[0-9A-Z]\b"  # a UPN
    r"|(?<![\w+])\+?[0-9][0-9 ]{7,}[0-9]"
    r"|\b[A-Z]{2,5}-[0-9A-Z]+(?:-[0-9A-Z]+)*"
    # An English name with an English part in brackets: unisolated, its closing bracket
    # lands at the wrong end ("First-tier Tribunal (… Disability))").
    r"|(?<![)A-Za-z0-9])[A-Za-z][A-Za-z0-9 '&.,/-]*\([A-Za-z][^()\u0590-\u08ff]*\)"
    r"(?:[A-Za-z0-9 '&.,/-]*\([^()\u0590-\u08ff]*\))*(?:[A-Za-z0-9 '&.,/-]*[A-Za-z0-9])?"
)
OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
PDI = "\u2069"
RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _isolated_in_text(text: str, start: int, end: int) -> bool:
    before, after = text[:start], text[end:]
    opened = max(before.rfind(c) for c in OPENERS)
    return opened > before.rfind(PDI) and text[opened] != "\u2067" and PDI in after


# A web or email address in Latin letters, digits and ASCII punctuation that starts with a
# letter and ends with a letter or digit shows left to right by itself in a right-to-left
# line (digits after a Latin letter count as Latin, and punctuation between Latin goes with
# it). Plain-text emails leave such addresses bare, for link detectors to find them whole.
ADDRESS_ALONE = re.compile(r"(?:https?://|[A-Za-z0-9._+-]+@)[\x21-\x7e]*[A-Za-z0-9]")


def unisolated_in_text(text: str, bare_addresses: bool = False) -> list[str]:
    """The left-to-right values of `text` shown reversed; with `bare_addresses`, a web or
    email address that keeps its order by itself (ADDRESS_ALONE) is not one of them."""
    return [
        m.group(0)
        for m in LEFT_TO_RIGHT_RUN.finditer(text)
        if not _isolated_in_text(text, m.start(), m.end())
        and not _a_date(m.group(0))
        and not (bare_addresses and _alone(m.group(0)))
    ]


def _alone(run: str) -> bool:
    return bool(ADDRESS_ALONE.fullmatch(run)) and run[0].isascii() and run[0].isalpha()


def _a_date(run: str) -> bool:
    """'27 3 2015', a date example: read right to left in its parts, like the date boxes."""
    return bool(re.fullmatch(r"[0-9 ]+", run)) and sum(c.isdigit() for c in run) < 9


def _isolated_by_markup(node: NavigableString) -> bool:
    for parent in node.parents:
        if parent.name == "html":
            return False
        direction = parent.get("dir")
        if parent.name == "bdi" or direction:
            if direction == "ltr":
                return True
            if direction == "rtl":
                return False
            return not RTL_LETTER.search(parent.get_text())
    return False


def unisolated_in_page(html: str) -> list[str]:
    body = BeautifulSoup(html, "html.parser").body
    assert body is not None, "a page has a body"
    found = []
    for node in body.find_all(string=True):
        if node.parent is not None and node.parent.name in ("script", "style", "template"):
            continue
        for run in unisolated_in_text(str(node)):
            if not _isolated_by_markup(node):
                found.append(f"{run!r} in {str(node).strip()[:80]!r}")
    return found


# The Unicode bidirectional algorithm as mail clients and phones run it (GNU FriBidi, the
# library behind Pango, which Chromium here uses too), to see a plain-text line as shown.
@functools.cache
def _fribidi() -> ctypes.CDLL:
    """Loaded when first used, so the checks that need no display load without it. Debian
    installs it with Chromium (through Pango); without it the check is skipped, which CI
    counts as a failure."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("fribidi") or "libfribidi.so.0")
    except OSError:
        pytest.skip("GNU FriBidi is not installed (Debian: libfribidi0, or chromium)")


_PARAGRAPH = {"rtl": 0x111, "ltr": 0x110}  # FRIBIDI_PAR_RTL, FRIBIDI_PAR_LTR
INVISIBLE_MARKS = "\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"


def shown_positions(line: str, direction: str = "rtl") -> list[int]:
    """Where on screen, counted from the left, each character of `line` is shown, in a
    paragraph written in `direction`."""
    n = len(line)
    logical = (ctypes.c_uint32 * n)(*map(ord, line))
    base = ctypes.c_uint32(_PARAGRAPH[direction])
    visual = (ctypes.c_uint32 * (n + 1))()
    to_screen = (ctypes.c_int * n)()
    assert _fribidi().fribidi_log2vis(logical, n, ctypes.byref(base), visual, to_screen, None, None)
    return list(to_screen)


def shown_left_to_right(line: str, run: str, direction: str = "rtl") -> bool:
    """Whether every `run` in `line` is shown as one left-to-right run: each character
    just right of the one before it, as it is read."""
    positions = shown_positions(line, direction)
    starts = [m.start() for m in re.finditer(re.escape(run), line)]
    return bool(starts) and all(
        positions[start + i] == positions[start] + i for start in starts for i in range(len(run))
    )


def copied_whole(text: str, run: str) -> bool:
    """Whether each `run` in `text` has nothing invisible touching it, so selecting it
    (a double click on a reference, a drag across it) copies exactly its characters."""
    found = list(re.finditer(re.escape(run), text))
    return bool(found) and all(
        (text[m.start() - 1 : m.start()] or " ") not in INVISIBLE_MARKS
        and (text[m.end() : m.end() + 1] or " ") not in INVISIBLE_MARKS
        for m in found
    )


def shown(line: str, direction: str = "rtl") -> str:
    """What a person sees of `line`, left to right, without the invisible marks."""
    n = len(line)
    logical = (ctypes.c_uint32 * n)(*map(ord, line))
    base = ctypes.c_uint32(_PARAGRAPH[direction])
    visual = (ctypes.c_uint32 * (n + 1))()
    assert _fribidi().fribidi_log2vis(logical, n, ctypes.byref(base), visual, None, None, None)
    return "".join(chr(c) for c in visual[:n] if chr(c) not in INVISIBLE_MARKS)


def shown_as_if_isolated(line: str, values: list[str], direction: str = "rtl") -> bool:
    """Whether `line` looks exactly as it would with each of `values` in Unicode isolates,
    the way that shows a left-to-right value in a right-to-left line for certain."""
    isolated = "".join(c for c in line if c not in INVISIBLE_MARKS)
    for value in values:
        isolated = isolated.replace(value, f"\u2068{value}\u2069")
    return shown(line, direction) == shown(isolated, direction)
