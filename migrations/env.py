"""Runs migrations against the portal's database, or a connection a test hands in."""

from __future__ import annotations

from alembic import context

import feedback.models  # noqa: F401  (the feedback service keeps its own table)
import portal.models  # noqa: F401  (registers every table on Base.metadata)
from portal.models.base import Base
from portal.platform.db import make_engine
from portal.platform.settings import load_settings

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(load_settings().database_url)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
