"""One statement sent to PostgreSQL at once, on a pooled connection of its own, and its
answer read later: the database runs it, and commits it, while the page goes on.

Made for the audit of what a page shows (portal.platform.audit.record_meanwhile): the
event's commit waits for the database's disk (its write-ahead log flushed), on a busy
machine 4-5 ms, more than a light page's own work. The statement travels as one
simple-protocol message, which PostgreSQL runs as a transaction of its own and commits
before it answers; nothing else is sent on that connection until the answer is read.
No thread: libpq's non-blocking calls send it and later read the answer.
"""

from __future__ import annotations

import selectors
from collections.abc import Mapping
from typing import Any, cast

import psycopg
from psycopg import pq
from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError


def supported(engine: Engine) -> bool:
    return engine.dialect.driver == "psycopg"


class Sent:
    """A statement on its way. `wait` reads its answer (once) and gives the connection
    back to the pool; it raises if the statement failed."""

    def __init__(self, engine: Engine, sql: str, params: Mapping[str, Any]) -> None:
        self._pooled: Any = engine.raw_connection()
        self._sql = sql
        try:
            driver = cast(psycopg.Connection[Any], self._pooled.driver_connection)
            text = psycopg.ClientCursor(driver).mogrify(sql, params)  # psycopg's quoting
            self._pgconn = driver.pgconn
            self._pgconn.send_query(text.encode(driver.info.encoding))
            while self._pgconn.flush():
                _ready(self._pgconn.socket, selectors.EVENT_WRITE)
        except Exception as error:
            self._give_back(broken=True)
            raise OperationalError(sql, None, error) from error

    def wait(self) -> None:
        if self._pooled is None:
            return
        failure: str | None = None
        try:
            while (result := self._answer()) is not None:
                if result.status != pq.ExecStatus.COMMAND_OK and failure is None:
                    failure = (result.error_message or b"").decode(errors="replace")
        except Exception as error:
            self._give_back(broken=True)
            raise OperationalError(self._sql, None, error) from error
        self._give_back(broken=False)
        if failure is not None:
            raise DatabaseError(self._sql, None, psycopg.DatabaseError(failure))

    def _answer(self) -> pq.abc.PGresult | None:
        while self._pgconn.is_busy():
            _ready(self._pgconn.socket, selectors.EVENT_READ)
            self._pgconn.consume_input()
        return self._pgconn.get_result()

    def _give_back(self, broken: bool) -> None:
        pooled, self._pooled = self._pooled, None
        if broken:
            pooled.invalidate()
        pooled.close()


def _ready(socket: int, events: int) -> None:
    with selectors.DefaultSelector() as selector:
        selector.register(socket, events)
        selector.select()
