"""The database: one engine per application, one session per request.

SQLite (a file in instance/) is the development default; PostgreSQL is selected by
DATABASE_URL and used in production and CI.
"""

from __future__ import annotations

from typing import Any, cast

from flask import Flask, abort, current_app, g
from sqlalchemy import ColumnElement, Engine, create_engine, event, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from portal.models.base import Base

# Where init_app keeps the application's engine and its session factory.
ENGINE_KEY = "db_engine"
SESSION_FACTORY_KEY = "db_sessionmaker"


def engine(app: Flask | None = None) -> Engine:
    """The engine of the application given, or of the current one."""
    return cast(Engine, (current_app if app is None else app).extensions[ENGINE_KEY])


def session_factory(app: Flask | None = None) -> sessionmaker[Session]:
    """Opens sessions of their own (workers, commands) on the application's database."""
    factory = (current_app if app is None else app).extensions[SESSION_FACTORY_KEY]
    return cast("sessionmaker[Session]", factory)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection: Any, _record: Any) -> None:
            """SQLite serves development and tests only: production refuses it. With its
            write-ahead log and synchronous=NORMAL, a commit does not wait for the disk;
            nothing is lost when a process dies, only a power cut could lose the last."""
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def session() -> Session:
    """The current request's session, opened on first use and closed at the end."""
    if "db_session" not in g:
        g.db_session = session_factory()()
    return g.db_session


def lock(model: type[Base], *where: ColumnElement[bool]) -> None:
    """Hold the write lock on the rows until the transaction ends, so two requests acting
    on one subject run one after the other and the second then reads what the first did.

    PostgreSQL locks the rows (SELECT ... FOR UPDATE). SQLite has one writer at a time and
    its reads do not wait for it, so a write that changes nothing takes the lock first."""
    current = session()
    key = next(iter(model.__mapper__.primary_key))
    if current.get_bind().dialect.name == "sqlite":
        current.execute(update(model).where(*where).values({key.name: key}))
    else:
        current.execute(select(key).where(*where).order_by(key).with_for_update())


def get_or_404(model: type[Base], key: str) -> Any:
    """The row with this primary key, or the page not found."""
    found = session().get(model, key)
    if found is None:
        abort(404)
    return found


def ping() -> None:
    with engine().connect() as connection:
        connection.execute(text("SELECT 1"))


def _close_session(_exc: BaseException | None) -> None:
    """Runs after the response is made: a connection the database has dropped must not
    turn a finished request into a bare server error."""
    db_session = g.pop("db_session", None)
    if db_session is not None:
        try:
            db_session.close()
        except SQLAlchemyError:
            db_session.invalidate()


def init_app(app: Flask, url: str) -> None:
    made = make_engine(url)
    app.extensions[ENGINE_KEY] = made
    app.extensions[SESSION_FACTORY_KEY] = sessionmaker(made, expire_on_commit=False)
    app.teardown_appcontext(_close_session)
