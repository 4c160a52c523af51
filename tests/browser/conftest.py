"""A real server and a real Chromium (Debian's, driven by Playwright) for browser tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import build_app, make_settings, migrate
from tests.support.browser import run_axe


@pytest.fixture(scope="session")
def live_app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    instance: Path = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{instance / 'portal.db'}"
    migrate(url)
    app = build_app(make_settings(instance, url))
    from devtools import demo

    demo.seed(app)
    return app


@pytest.fixture(scope="session")
def base_url(live_app: Flask) -> Iterator[str]:
    """The portal served over real HTTP on a free port, as `localhost` (a secure context)."""
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_port}"
    server.shutdown()


def new_tab(browser, base_url: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=base_url, locale="en-GB")
    tab = context.new_page()
    tab.context_base_url = base_url
    tab.console_errors = []
    tab.on(
        "console",
        lambda m: (
            m.type == "error"
            and tab.console_errors.append(f"{m.text} ({m.location.get('url', '')})")
        ),
    )
    tab.on("pageerror", lambda e: tab.console_errors.append(str(e)))
    return tab


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    yield tab
    tab.context.close()


def sign_in_in_browser(tab, start: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """Sign in through the embedded provider's own page, as a newcomer would."""
    tab.goto(start)
    tab.get_by_role("button", name=person, exact=True).click()
    tab.wait_for_url(f"{tab.context_base_url}/**")
    tab.console_errors.clear()  # the mock provider page asks for a stylesheet offline


def finish_signing_out(tab) -> None:  # type: ignore[no-untyped-def]
    """After "Sign out": confirm on the embedded provider's end-session page (One Login
    itself asks nothing), then land on the portal's "You have signed out"."""
    tab.wait_for_load_state()
    end_session = tab.get_by_role("button", name="End session")
    if not tab.url.startswith(tab.context_base_url) and end_session.count():
        end_session.click()
    tab.wait_for_url(f"{tab.context_base_url}/signed-out**")


@pytest.fixture(scope="module")
def people(browser, base_url: str) -> Iterator[dict[str, object]]:  # type: ignore[no-untyped-def]
    """A visitor, a signed-in parent, caseworker and manager, each in their own browser."""
    tabs = {
        "public": new_tab(browser, base_url),
        "family": new_tab(browser, base_url),
        "staff": new_tab(browser, base_url),
        "manager": new_tab(browser, base_url),
    }
    sign_in_in_browser(tabs["family"], "/account/", "parent@example.org")
    sign_in_in_browser(tabs["staff"], "/caseworker/", "caseworker@council.example")
    sign_in_in_browser(tabs["manager"], "/caseworker/", "manager@council.example")
    yield tabs
    for tab in tabs.values():
        tab.context.close()


def check_accessible(tab, what: str, language: str) -> None:  # type: ignore[no-untyped-def]
    """The page is in the language asked for, passes axe, and its scripts ran cleanly."""
    assert tab.locator("html").get_attribute("lang") == language, what
    violations = run_axe(tab)
    assert violations == [], f"{what} in {language}: {violations}"
    errors = [e for e in tab.console_errors if "status of 404" not in e]
    tab.console_errors.clear()
    assert errors == [], f"{what}: {errors}"
    assert "govuk-frontend-supported" in (tab.locator("body").get_attribute("class") or "")
