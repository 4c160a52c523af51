"""Structured JSON logs, one line per event, each carrying the request id.

Only the method, the path's route pattern, the status and the timing of a request are
logged: never query strings, form data, cookies or the values in a URL, which can hold
personal data.
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from typing import Any

from flask import Flask, g, has_request_context, request
from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter as _LibraryJsonFormatter
from werkzeug.wrappers import Response

REQUEST_ID_HEADER = "X-Request-Id"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class JsonFormatter(_LibraryJsonFormatter):
    """python-json-logger's formatter with the portal's field names, UTC times ending in Z,
    the request id, and the record's `fields` (passed as `extra={"fields": {...}}`) at
    the top level."""

    converter = time.gmtime  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__(
            "{asctime}{levelname}{name}{message}",
            style="{",
            rename_fields={
                "asctime": "time",
                "levelname": "level",
                "name": "logger",
                "exc_info": "exception",
            },
            json_default=str,
            json_ensure_ascii=True,
        )

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return super().formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z"

    def add_fields(
        self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]
    ) -> None:
        super().add_fields(log_data, record, message_dict)
        log_data["level"] = log_data["level"].lower()
        if has_request_context() and "request_id" in g:
            log_data["request_id"] = g.request_id
        exception = log_data.pop("exception", None)
        for key, value in (log_data.pop("fields", None) or {}).items():
            # A field never replaces the line's own message, time or level.
            log_data[f"fields.{key}" if key in log_data else key] = value
        if exception:
            log_data["exception"] = exception


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is now, so a replaced stream (tests, gunicorn) is used."""

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:  # type: ignore[no-untyped-def]
        pass


def configure_logging(level: str = "INFO") -> None:
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter())
    handler.formatter.converter = time.gmtime  # type: ignore[union-attr]
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)


def _start_request() -> None:
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
    g.request_started = time.perf_counter()


def _log_request(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
    if request.endpoint == "static":
        return response
    elapsed_ms = (time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000
    logging.getLogger("portal.request").info(
        "request",
        extra={
            "fields": {
                "method": request.method,
                "route": request.url_rule.rule if request.url_rule else None,
                "status": response.status_code,
                "duration_ms": round(elapsed_ms, 1),
            }
        },
    )
    return response


def init_app(app: Flask) -> None:
    app.before_request(_start_request)
    app.after_request(_log_request)


class GunicornLogger(Logger):
    """Gunicorn's own error and access logs as JSON lines like the portal's.

    An access line has the method, status, size and time, and the request id the
    portal gave the response, never the path or query (they can hold personal data):
    the portal's own line with the same request id has the route.
    """

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JsonFormatter())

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        if not self.access_log_enabled:
            return
        headers = {name.lower(): value for name, value in resp.headers}
        fields = {
            "method": environ.get("REQUEST_METHOD"),
            "status": resp.status_code,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "request_id": headers.get(REQUEST_ID_HEADER.lower(), ""),
        }
        self.access_log.info("access", extra={"fields": fields})
