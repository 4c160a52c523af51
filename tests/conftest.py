"""Shared fixtures: settings, databases (SQLite always, PostgreSQL when configured),
the application, and a test client that checks every HTML page it fetches."""

from __future__ import annotations

import functools
import gc
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from alembic import command
from alembic.config import Config
from flask import Flask
from flask.testing import FlaskClient
from joserfc.jwk import RSAKey
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from werkzeug.test import TestResponse

from portal.app import create_app
from portal.platform.settings import PROJECT_ROOT, Settings, load_settings
from tests.support.html_checks import check_page
from tests.support.url_builders import share_url_builders

pytest_plugins = ["tests.support.browser"]

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")
if IN_CI and not POSTGRES_URL:
    raise pytest.UsageError("CI=true needs TEST_DATABASE_URL: .ci/run exports it")

DATABASES = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]
# Rate-limit counts in Redis, as in production, when configured (always in CI); each app
# counts under a prefix of its own, so tests never see each other's counts.
RATELIMIT_URL = os.environ.get("TEST_RATELIMIT_STORAGE_URI", "")
if IN_CI and not RATELIMIT_URL:
    raise pytest.UsageError("CI=true needs TEST_RATELIMIT_STORAGE_URI: .ci/run exports it")


# A test's tier is the folder it lives in: `make check` runs unit and integration only.
TIERS = ("unit", "integration", "sweeps", "browser", "journeys", "reliability")


# The order of a run in one process: the files that take longest first, and before them
# a file that waits for real time to pass (the time-out tests, marked `real_time`). Under
# xdist (`make test`) that order only breaks ties: `--dist loadfile` hands out the files
# with most tests first, which mixes the CPU-bound integration files with the browser
# files' waiting (docs/development.md).
LONGEST_FIRST = ("journeys", "browser", "sweeps", "reliability", "integration", "unit")


def pytest_configure(config: pytest.Config) -> None:
    """Python's cyclic garbage collector, as tuned for a test process: what was imported
    is set aside for good (`gc.freeze`), and a collection runs after 100,000 new objects
    rather than 700. The tests build an app, pages and their trees by the thousand, and
    the collector kept walking them: two integration files took 56.2 s with the default
    and 45.1 s tuned, one after the other on this machine (browser files, whose time is
    Chromium's, alike either way)."""
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    tests = Path(__file__).resolve().parent
    folders: dict[pytest.Item, str] = {}
    for item in items:
        path = Path(str(item.path)).resolve()
        folder = path.relative_to(tests).parts[0] if path.is_relative_to(tests) else ""
        if folder not in TIERS:
            raise pytest.UsageError(f"{item.nodeid} is outside the tiers' folders {TIERS}")
        item.add_marker(getattr(pytest.mark, folder))
        folders[item] = folder
    items.sort(
        key=lambda item: (
            item.get_closest_marker("real_time") is None,
            LONGEST_FIRST.index(folders[item]),
        )
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """In CI nothing may be skipped: a skip is reported as a failure."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which is not allowed: {report.longrepr}"


@functools.cache
def family_client_key() -> str:
    """One families' client key per test process: making a 2048-bit RSA key for every
    test's app cost more than the rest of the app's set-up."""
    return json.dumps(RSAKey.generate_key(2048, private=True, auto_kid=True).as_dict(private=True))


def make_settings(instance: Path, database_url: str, **environ: str) -> Settings:
    return load_settings(
        {
            "PORTAL_ENV": "test",
            "PORTAL_INSTANCE_PATH": str(instance),
            "DATABASE_URL": database_url,
            "SECRET_KEY": "test-secret-key-that-is-long-enough-for-tests",
            "FAMILY_OIDC_PRIVATE_KEY": family_client_key(),
            **({"RATELIMIT_STORAGE_URI": RATELIMIT_URL} if RATELIMIT_URL else {}),
            **environ,
        }
    )


def _alembic(database_url: str, step, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    engine = create_engine(database_url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)
    engine.dispose()


def migrate(database_url: str, revision: str = "head") -> None:
    _alembic(database_url, command.upgrade, revision)


def downgrade(database_url: str, revision: str) -> None:
    """The database taken back to `revision`, as an operator undoes a release."""
    _alembic(database_url, command.downgrade, revision)


def fresh_postgres_schema(base_url: str) -> str:
    """A schema of its own for one test, so tests never see each other's rows."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base_url.replace("postgresql://", "postgresql+psycopg://", 1))
    # pg_trgm is one per database, in the schema that first made it: were that a test's
    # schema, dropping it would drop every other schema's trigram index with it (and
    # deadlock with whoever was using one). Made in public first, no test schema owns it.
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
    except DBAPIError:
        pass  # another process made it at the same moment
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    separator = "&" if "?" in base_url else "?"
    url = base_url.replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{url}{separator}options=-csearch_path%3D{schema}"


def drop_postgres_schema(url: str) -> None:
    schema = re.search(r"search_path%3D(t_[0-9a-f]+)", url).group(1)  # type: ignore[union-attr]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def _admin_engine() -> Engine:
    url = POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    # No pool: a few statements a run, and no connection left open between tests.
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _with_database(name: str) -> str:
    parts = urlsplit(POSTGRES_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated once per run; each test gets a copy of it."""
    path = tmp_path_factory.mktemp("template") / "portal.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def migrated_postgres() -> Iterator[str]:
    """One PostgreSQL database migrated once per run, the template each test's is made from."""
    name = f"portal_template_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    migrate(_with_database(name))
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def sqlite_copy(template: Path, folder: Path) -> str:
    """The URL of a migrated SQLite database in `folder`: a copy of the run's template,
    which costs a file copy where running the migrations again cost half a second."""
    shutil.copyfile(template, folder / "portal.db")
    return f"sqlite:///{folder / 'portal.db'}"


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of its own: each test runs once per configured database.

    Migrations run once per test run (into a template); a test's database is a copy.
    """
    if request.param == "sqlite":
        yield sqlite_copy(request.getfixturevalue("migrated_sqlite"), tmp_path)
        return
    template = request.getfixturevalue("migrated_postgres")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine()
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    yield _with_database(name)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


share_url_builders()


def build_app(settings: Settings) -> Flask:
    application = create_app(settings)
    application.test_client_class = HtmlCheckingClient
    return application


@pytest.fixture
def app(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Flask]:
    """The application on a migrated SQLite database, for tests about pages."""
    application = build_app(make_settings(tmp_path, sqlite_copy(migrated_sqlite, tmp_path)))
    yield application
    application.extensions["db_engine"].dispose()


@pytest.fixture
def db_app(tmp_path: Path, database_url: str) -> Iterator[Flask]:
    """The application on each configured database, for tests about stored data."""
    application = build_app(make_settings(tmp_path, database_url))
    yield application
    application.extensions["db_engine"].dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


class HtmlCheckingClient(FlaskClient):
    """Checks every HTML page it fetches, as a careful reviewer would."""

    def open(self, *args, **kwargs) -> TestResponse:  # type: ignore[no-untyped-def, override]
        kwargs.setdefault("base_url", "https://localhost")
        response = super().open(*args, **kwargs)
        encoded = response.headers.get("Content-Encoding")
        if response.mimetype == "text/html" and not encoded and not response.location:
            check_page(response)
        return response


def write_config(folder: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of app.yaml with `change` applied to its data, for one test."""
    import yaml

    data = yaml.safe_load((PROJECT_ROOT / "app.yaml").read_text())
    change(data)
    path = folder / "app.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


def relative(url: str) -> str:
    """The path and query of a URL, for the test client."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def authorize(
    client: FlaskClient,
    provider: str = "families",
    person: str = "parent@example.org",
    next_path: str | None = None,
) -> str:
    """Start signing in and choose a person at the embedded provider, over real HTTP.

    Returns the callback (path and query) the provider sends the browser back to.
    """
    import requests

    query = {"next": next_path} if next_path else {}
    start = client.get(f"/auth/{provider}/start", query_string=query)
    assert start.status_code == 302, start.status_code
    chosen = requests.post(
        start.headers["Location"], data={"sub": person}, allow_redirects=False, timeout=10
    )
    assert chosen.status_code == 302, chosen.text[:500]
    return relative(chosen.headers["Location"])


def sign_in(
    client: FlaskClient,
    provider: str = "families",
    person: str = "parent@example.org",
    next_path: str | None = None,
) -> TestResponse:
    """Sign in through the embedded provider, as a browser would."""
    return client.get(authorize(client, provider, person, next_path))
