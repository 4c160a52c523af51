"""A real server and a real Chromium (Debian's, driven by Playwright) for browser tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.conftest import build_app, make_settings, sqlite_copy
from tests.support.tabs import new_tab, sign_in_in_browser


@pytest.fixture(scope="session")
def live_app(tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path) -> Flask:
    instance: Path = tmp_path_factory.mktemp("browser")
    app = build_app(make_settings(instance, sqlite_copy(migrated_sqlite, instance)))
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


@pytest.fixture(scope="module")
def own_portal(
    tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path
) -> Iterator[tuple[Flask, str]]:
    """For a module whose tests change the demonstration families' cases: the portal with
    those families on a database and server of the module's own, so the other browser
    tests find the cases as they were, whatever order they run in."""
    folder: Path = tmp_path_factory.mktemp("own_portal")
    app = build_app(make_settings(folder, sqlite_copy(migrated_sqlite, folder)))
    from devtools import demo

    demo.seed(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield app, f"http://localhost:{server.server_port}"
    server.shutdown()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    tab = new_tab(browser, base_url)
    yield tab
    tab.context.close()


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
