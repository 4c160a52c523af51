"""Every page in a real browser: accessible (axe-core, WCAG 2.2 A and AA), scripts
running under the CSP, and laid out the right way round in English and in Arabic."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.browser.conftest import run_axe

pytestmark = pytest.mark.browser
NOT_PAGES = {"/healthz", "/readyz"}


def page_paths(app: Flask) -> list[str]:
    """Every GET route that takes no arguments, plus a page that does not exist."""
    paths = sorted(
        rule.rule
        for rule in app.url_map.iter_rules()
        if "GET" in (rule.methods or ()) and not rule.arguments and rule.rule not in NOT_PAGES
    )
    return [*paths, "/this-page-does-not-exist"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "path" in metafunc.fixturenames:
        import tempfile
        from pathlib import Path

        from portal import create_app
        from tests.conftest import make_settings

        with tempfile.TemporaryDirectory() as folder:
            app = create_app(make_settings(Path(folder), f"sqlite:///{folder}/x.db"))
            metafunc.parametrize("path", page_paths(app))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_page_is_accessible(page, path: str, language: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{path}?lang={language}")
    assert page.locator("html").get_attribute("lang") == language
    violations = run_axe(page)
    assert violations == [], f"{path} in {language}: {violations}"
    errors = [e for e in page.console_errors if not e.endswith(f"{path}?lang={language})")]
    assert errors == [], f"{path}: {errors}"
    assert "govuk-frontend-supported" in page.locator("body").get_attribute("class")


def test_arabic_is_laid_out_right_to_left(page) -> None:  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto("/privacy?lang=en")
    container = page.locator("main").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert abs(heading["x"] - container["x"]) < 20

    page.goto("/privacy?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    container = page.locator("main").bounding_box()
    heading = page.locator("h1").bounding_box()
    right_gap = (container["x"] + container["width"]) - (heading["x"] + heading["width"])
    assert right_gap < 20, "the heading should sit against the right-hand edge"
    bullet_list = page.locator("main ul.govuk-list--bullet").first
    padding = bullet_list.evaluate(
        "el => [getComputedStyle(el).paddingRight, getComputedStyle(el).paddingLeft]"
    )
    assert padding == ["20px", "0px"]


def test_the_switcher_changes_language_and_stays_on_the_page(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/cookies")
    page.get_by_role("navigation", name="Choose a language").get_by_role(
        "link", name="Polski"
    ).click()
    page.wait_for_load_state()
    assert page.url.endswith("/cookies")
    assert page.locator("html").get_attribute("lang") == "pl"
    page.goto("/privacy")
    assert page.locator("html").get_attribute("lang") == "pl", "the choice is remembered"
