"""The reference case system's database: one session per request, and one writer at a
time.

`create_reference_app` keeps its state in `app.extensions["case_system"]`: the engine,
the session factory, the write lock, the tokens it has seen and the faults tests queue.
"""

from __future__ import annotations

import fcntl
import os
import threading
from contextlib import AbstractContextManager
from typing import Any

from flask import current_app, g
from sqlalchemy.orm import Session


class SQLiteWriter:
    """One writer at a time, across this process's threads and the other processes
    serving the same file. SQLite allows one writer too, but a writer that finds it taken
    polls in sleeps of milliseconds; queueing on a lock hands it over at once."""

    def __init__(self, database: str | None) -> None:
        self._thread = threading.Lock()
        self._path = f"{database}.lock" if database and database != ":memory:" else None
        self._file: tuple[int, Any] | None = None  # this process's id, its open lock file

    def __enter__(self) -> None:
        self._thread.acquire()
        if self._path:
            # Opened once per process (a forked process opens its own: a lock on a
            # file shared with the parent would be the parent's lock too).
            if self._file is None or self._file[0] != os.getpid():
                self._file = (os.getpid(), open(self._path, "a"))
            fcntl.flock(self._file[1], fcntl.LOCK_EX)

    def __exit__(self, *_exc: object) -> None:
        if self._file is not None:
            fcntl.flock(self._file[1], fcntl.LOCK_UN)
        self._thread.release()


def state() -> dict[str, Any]:
    """This application's state (see the module's docstring)."""
    return current_app.extensions["case_system"]


def db() -> Session:
    """This request's session, opened on first use."""
    if "db" not in g:
        g.db = state()["sessions"]()
    return g.db


def write_lock() -> AbstractContextManager[Any]:
    """Held around every write (on SQLite; on other databases it holds nothing)."""
    return state()["write_lock"]


def close_db(_exc: BaseException | None) -> None:
    """Close this request's session, if it opened one (a teardown_request function)."""
    session = g.pop("db", None)
    if session is not None:
        session.close()
