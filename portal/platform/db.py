"""The database: one engine per application, one session per request.

SQLite (a file in instance/) is the development default; PostgreSQL is selected by
DATABASE_URL and used in production and CI.

A request uses one connection: its session, the server-side web session's read and
write included (see portal.auth.sessions). Pooled connections are not pinged before use
(a round trip on every checkout); instead a statement that finds its connection dropped
(the database restarted, or an idle connection was closed) is run again, once, on a new
connection when it was the first of its transaction, and the pool then replaces every
connection made before the drop.

The statements family pages run on every view are built once, at import, with bound
parameters: building a statement and its cache key costs more than running it on a
small table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import Flask, abort, current_app, g
from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Engine,
    Executable,
    create_engine,
    event,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from portal.models.base import Base

# Where init_app keeps the application's engine and its session factory.
ENGINE_KEY = "db_engine"
SESSION_FACTORY_KEY = "db_sessionmaker"

log = logging.getLogger(__name__)


def engine(app: Flask | None = None) -> Engine:
    """The engine of the application given, or of the current one."""
    return cast(Engine, (current_app if app is None else app).extensions[ENGINE_KEY])


def session_factory(app: Flask | None = None) -> sessionmaker[Session]:
    """Opens sessions of their own (workers, commands) on the application's database."""
    factory = (current_app if app is None else app).extensions[SESSION_FACTORY_KEY]
    return cast("sessionmaker[Session]", factory)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True
        )

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
    return create_engine(url, pool_size=5, max_overflow=10, hide_parameters=True)


def _run_again_if_dropped(state: ORMExecuteState) -> Any:
    """A transaction's first statement on a connection the database has dropped is run
    again on a new one: nothing was done in that transaction, so nothing is repeated.
    Not when the session holds unsaved changes, which that statement would have flushed
    and the rollback forgets."""
    current = state.session
    if current.in_transaction() or current.new or current.dirty or current.deleted:
        return None
    try:
        return state.invoke_statement()
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    log.warning("a pooled database connection had been dropped: running again on a new one")
    current.rollback()
    return state.invoke_statement()


def session() -> Session:
    """The current request's session, opened on first use and closed at the end."""
    if "db_session" not in g:
        g.db_session = session_factory()()
    return cast(Session, g.db_session)


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


def rows_changed(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and say how many rows it changed (SQLAlchemy types
    `Session.execute` as returning any result; for such a statement it is a cursor's)."""
    return cast("CursorResult[Any]", session.execute(statement)).rowcount


def get_or_404(model: type[Base], key: str) -> Any:
    """The row with this primary key, or the page not found."""
    found = session().get(model, key)
    if found is None:
        abort(404)
    return found


def ping() -> None:
    with engine().connect() as connection:
        connection.execute(text("SELECT 1"))


# Set on a connection, until its transaction ends, once it has sent anything but a SELECT
# or met an error.
_WROTE = "portal_wrote"


def _note_writes(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _began(connection: Any) -> None:
        connection.info[_WROTE] = False

    @event.listens_for(engine, "before_cursor_execute")
    def _sent(connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip()[:6].upper() != "SELECT":
            connection.info[_WROTE] = True

    @event.listens_for(engine, "handle_error")
    def _failed(context: Any) -> None:
        if context.connection is not None:
            context.connection.info[_WROTE] = True


def end_transaction(db_session: Session, failed: bool = False) -> None:
    """End a transaction whose work is not to be kept: one that only read is committed,
    which changes nothing; one that wrote, failed or holds unsaved changes is rolled
    back. psycopg forgets every statement it has prepared on the connection when it rolls
    back, so ending each request with a rollback made PostgreSQL plan every statement of
    every page afresh."""
    if not db_session.in_transaction():
        return
    unsaved = db_session.new or db_session.dirty or db_session.deleted
    if failed or unsaved or db_session.connection().info.get(_WROTE, True):
        db_session.rollback()
    else:
        db_session.commit()


def _close_session(exc: BaseException | None) -> None:
    """Runs after the response is made: a connection the database has dropped must not
    turn a finished request into a bare server error."""
    db_session = g.pop("db_session", None)
    if db_session is not None:
        try:
            end_transaction(db_session, failed=exc is not None)
            db_session.close()
        except SQLAlchemyError:
            db_session.invalidate()


def init_app(app: Flask, url: str) -> None:
    made = make_engine(url)
    _note_writes(made)
    app.extensions[ENGINE_KEY] = made
    factory = sessionmaker(made, expire_on_commit=False)
    event.listen(factory, "do_orm_execute", _run_again_if_dropped)
    app.extensions[SESSION_FACTORY_KEY] = factory
    app.teardown_appcontext(_close_session)


_Row = TypeVar("_Row", bound=Base)


def add_or_twin(row: _Row, twin: Callable[[], _Row | None]) -> tuple[_Row, bool]:
    """Add `row` to the request's session and flush it. When another request (another tab)
    added its twin at the same moment, a unique constraint refuses this one: roll back and
    return the twin. The flag says whether `row` was added, so what records its beginning
    is written once."""
    db_session = session()
    db_session.add(row)
    try:
        db_session.flush()
    except IntegrityError:
        db_session.rollback()
        found = twin()
        if found is None:
            raise
        return found, False
    return row, True
