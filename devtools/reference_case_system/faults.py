"""Misbehaviour on purpose: tests queue faults, and each request but a token request
takes the next one (`app.extensions["case_system"]["faults"].add("error")`).

Kinds: "error" (answer 500), "slow" (a read sleeps first; a write sleeps after claiming
its Idempotency-Key), "drop" (close the connection before handling) and
"drop_after_commit" (close it after the write is committed, so the client never hears).
"""

from __future__ import annotations

import socket
import threading
import time
from collections import deque
from dataclasses import dataclass

from flask import Response, g, request

from devtools.reference_case_system.common import problem
from devtools.reference_case_system.database import state


@dataclass
class Fault:
    kind: str  # "error", "slow", "drop" (before handling) or "drop_after_commit"
    seconds: float = 0.0


class Faults:
    """Misbehaviour queued by tests: each request to a write or read takes the next one."""

    def __init__(self) -> None:
        self._queue: deque[Fault] = deque()
        self._lock = threading.Lock()

    def add(self, kind: str, times: int = 1, seconds: float = 0.0) -> None:
        with self._lock:
            self._queue.extend(Fault(kind, seconds) for _ in range(times))

    def take(self) -> Fault | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()


def drop_connection() -> None:
    """Close the socket under the request, so the client gets no answer at all."""
    connection = request.environ.get("werkzeug.socket")
    if isinstance(connection, socket.socket):
        connection.shutdown(socket.SHUT_RDWR)
    raise ConnectionAbortedError("connection dropped on purpose")


def inject_next() -> Response | None:
    """Take the next queued fault and act on it: an answer to give instead of handling
    the request, or None to go on (perhaps slowly, or marked to drop after its commit)."""
    fault = state()["faults"].take()
    if fault is None:
        return None
    if fault.kind == "error":
        return problem(500, "Internal Server Error", "a fault injected by a test")
    if fault.kind == "slow" and request.method == "GET":
        time.sleep(fault.seconds)
    if fault.kind == "slow":
        g.slow = fault.seconds  # a write is slow after it has claimed its key
    if fault.kind == "drop":
        drop_connection()
    if fault.kind == "drop_after_commit":
        g.drop_after_commit = True
    return None
