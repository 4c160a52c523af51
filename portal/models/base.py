"""What every table is built on: the declarative base, aware UTC timestamps, random ids
and the encrypted JSON column."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any, Protocol

from flask import current_app
from sqlalchemy import DateTime, Text
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator


class _Cipher(Protocol):
    def encrypt(self, data: bytes) -> bytes: ...

    def decrypt(self, token: bytes) -> bytes: ...


def _cipher() -> _Cipher:
    """The application's data keys (portal.platform.crypto builds them): the one thing a
    table needs from the running application, so this module reads Flask's app."""
    return current_app.extensions["portal_cipher"]


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A moment in time, always returned as an aware UTC datetime (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: use datetime.now(UTC)")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> str:
    return uuid.uuid4().hex


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value stored encrypted; needs an application context to read or write."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return _cipher().encrypt(json.dumps(value).encode()).decode()

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        if value is None:
            return None
        return json.loads(_cipher().decrypt(value.encode()))
