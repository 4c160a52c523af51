"""Whole journeys as a person takes them: a real portal over HTTP (one per module),
Debian's Chromium, the embedded providers' own sign-in pages.

Each journey runs once, on production's database where one is configured
(`TEST_DATABASE_URL`), else on SQLite: what differs between the databases is what they
store, which the integration tier proves on both; every journey twice over was an eighth
of `make test`'s time.

`JOURNEYS_HEADED=1` shows the browser (with `JOURNEYS_SLOW_MO` milliseconds between
steps, 300 unless set); `JOURNEYS_KEEP_GOING=1` records every page's problems and fails
at the end of the journey instead of at the first page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from devtools import demo
from portal.case_api import outbox
from tests.conftest import (
    POSTGRES_URL,
    build_app,
    drop_postgres_schema,
    fresh_postgres_schema,
    make_settings,
    migrate,
    write_config,
)
from tests.support.case_system import faults
from tests.support.page_checks import Person

# Each module's portal by its address, for journeys that look behind the pages (the case
# system's faults, what reached it).
PORTALS: dict[str, Any] = {}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.journeys)
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def portal_config() -> Callable[[dict], None] | None:  # type: ignore[type-arg]
    """A change to app.yaml for this module's portal; a module overrides it to set one."""
    return None


@pytest.fixture(scope="module")
def portal_url(
    tmp_path_factory: pytest.TempPathFactory,
    portal_config: Callable[[dict], None] | None,  # type: ignore[type-arg]
) -> Iterator[str]:
    """This module's portal, served over real HTTP with its outbox delivering."""
    instance = tmp_path_factory.mktemp("journeys")
    url = (
        fresh_postgres_schema(POSTGRES_URL)
        if POSTGRES_URL
        else f"sqlite:///{instance / 'portal.db'}"
    )
    migrate(url)
    environ = {}
    if portal_config is not None:
        environ["PORTAL_CONFIG"] = str(write_config(instance, portal_config))
    app = build_app(make_settings(instance, url, **environ))
    demo.seed(app)
    stop = outbox.start_thread(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    address = f"http://localhost:{server.server_port}"
    PORTALS[address] = app
    yield address
    PORTALS.pop(address, None)
    server.shutdown()
    stop.set()
    app.extensions["db_engine"].dispose()
    if POSTGRES_URL:
        drop_postgres_schema(url)


@pytest.fixture
def portal_app(portal_url: str) -> Any:
    """The application behind this module's portal."""
    return PORTALS[portal_url]


@pytest.fixture
def open_person(browser: Any, portal_url: str) -> Iterator[Callable[..., Person]]:
    """Opens a browser of their own for each person in a journey; checks their last page."""
    opened: list[Person] = []

    def opener(name: str, locale: str = "en-GB") -> Person:
        person = Person.open(browser, portal_url, name, locale)
        opened.append(person)
        return person

    yield opener
    try:
        for person in opened:
            person.finish()
    finally:
        for person in opened:
            person.close()


@pytest.fixture
def down(portal_app: Flask) -> Iterator[Callable[[], None]]:
    """Takes the case system down when called; it is always back after the test."""
    yield lambda: faults(portal_app).add("error", times=10_000)
    faults(portal_app).clear()
