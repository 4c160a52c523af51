"""One Chromium (Debian's, driven by Playwright) for every browser test and journey.

Playwright's sync API runs one event loop per process, so the browser tests and the
journeys, collected into one run by `make test`, share this session's browser.
`JOURNEYS_HEADED=1` shows it (under `xvfb-run` where there is no screen), slowed down by
`JOURNEYS_SLOW_MO` milliseconds a step (300 by default).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    headed = os.environ.get("JOURNEYS_HEADED") == "1"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable,
            args=CHROMIUM_FLAGS,
            headless=not headed,
            slow_mo=int(os.environ.get("JOURNEYS_SLOW_MO", "300")) if headed else 0,
        )
        yield chromium
        chromium.close()
