"""Uploaded files at rest: encrypted, named by random keys, kept in instance/uploads,
outside the web root."""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from flask import current_app

from portal.platform import extensions


def storage_root() -> Path:
    root = Path(current_app.instance_path) / "uploads"
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def store(data: bytes) -> tuple[str, str]:
    """Write the bytes, encrypted, under a new random name; returns the storage key and
    the SHA-256 of the plain bytes."""
    key = secrets.token_hex(16)
    path = storage_root() / key[:2] / key
    path.parent.mkdir(exist_ok=True, mode=0o700)
    with open(path, "wb", opener=lambda p, flags: os.open(p, flags, 0o600)) as handle:
        handle.write(extensions.cipher().encrypt(data))
    return key, hashlib.sha256(data).hexdigest()


def read(key: str) -> bytes:
    return extensions.cipher().decrypt(path_of(key).read_bytes())


def path_of(key: str) -> Path:
    if not key.isalnum():
        raise ValueError("not a storage key")
    return storage_root() / key[:2] / key


def remove(key: str) -> None:
    path_of(key).unlink(missing_ok=True)
