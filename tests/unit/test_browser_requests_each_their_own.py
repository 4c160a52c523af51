"""The browser tests share one portal and its database (tests/browser/conftest.py), and
a request they add with `add_request` is kept under the reference the test gives it: two
test files giving the same reference met as "UNIQUE constraint failed" in a full run,
whichever ran second. Each reference belongs to one file."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

BROWSER_TESTS = Path(__file__).parents[1] / "browser"
REFERENCE = re.compile(r"BNT-\d{4}-\d{6}")


def test_no_two_browser_test_files_add_the_same_request() -> None:
    files: dict[str, set[str]] = defaultdict(set)
    for path in BROWSER_TESTS.glob("*.py"):
        text = path.read_text()
        if "add_request(" in text:
            for reference in set(REFERENCE.findall(text)):
                files[reference].add(path.name)
    shared = {reference: sorted(names) for reference, names in files.items() if len(names) > 1}
    assert shared == {}
