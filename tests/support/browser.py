"""One Chromium (Debian's, driven by Playwright) for every browser test and journey.

Playwright's sync API runs one event loop per process, so the browser tests and the
journeys, collected into one run by `make test`, share this session's browser.
`JOURNEYS_HEADED=1` shows it (under `xvfb-run` where there is no screen), slowed down by
`JOURNEYS_SLOW_MO` milliseconds a step (300 by default).
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from portal.platform.settings import PROJECT_ROOT

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# axe's own rules of good practice besides WCAG's, as a tester's axe DevTools runs them
# (every part of a page in a landmark, one main, headings in order...).
AXE_RULES = [*WCAG_22_AA, "best-practice"]
AXE_SOURCE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Browsers that follow CLDR's default for Arabic (Firefox, Safari, older Chrome) write
# Arabic-Indic digits for a plain `ar`; Debian's Chromium writes 0-9. An init script that
# makes a test's Chromium behave like the former, so only an explicit numbering system passes.
ARABIC_INDIC_BY_DEFAULT = """
(() => {
  const Original = Intl.NumberFormat
  const plain = (tag) =>
    typeof tag === 'string' && /^ar(-[A-Za-z]{2})?$/.test(tag) ? tag + '-u-nu-arab' : tag
  function NumberFormat (locales, options) {
    return new Original(Array.isArray(locales) ? locales.map(plain) : plain(locales), options)
  }
  NumberFormat.supportedLocalesOf = Original.supportedLocalesOf.bind(Original)
  NumberFormat.prototype = Original.prototype
  Intl.NumberFormat = NumberFormat
})()
"""

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path(headed: bool = False) -> str | None:
    """`CHROMIUM_PATH`, else Debian's Chromium: its headless shell (the package
    chromium-headless-shell) unless the browser is to be shown. The shell is the same
    Blink without the browser's window and profile machinery, as Playwright's own headless
    runs use; on this 2-core machine it took 30 to 35 % less CPU over the browser tests."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    shell = None if headed else shutil.which("chromium-headless-shell")
    return shell or shutil.which("chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    headed = os.environ.get("JOURNEYS_HEADED") == "1"
    executable = chromium_path(headed)
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=executable,
            args=CHROMIUM_FLAGS,
            headless=not headed,
            slow_mo=int(os.environ.get("JOURNEYS_SLOW_MO", "300")) if headed else 0,
        )
        yield chromium
        chromium.close()


@functools.cache
def _axe_source() -> str:
    return AXE_SOURCE.read_text(encoding="utf-8")


def run_axe(page) -> list[dict]:  # type: ignore[no-untyped-def]
    """axe-core's WCAG 2.2 A and AA rules and its best practices on the page as it is now;
    returns violations."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(_axe_source())
    # Only what a failure reports crosses back to Python, not axe's whole result (every
    # rule it ran, each with a node).
    return page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: 'tag', values: tags},
            resultTypes: ['violations'],
        }).then(result => result.violations.map(violation => ({
            id: violation.id,
            help: violation.help,
            targets: violation.nodes.slice(0, 3).map(node => node.target),
        })))""",
        AXE_RULES,
    )
