"""Files families upload: checked by their content, stored outside the web root, scanned.

- The type comes from the file's first bytes, never from its name or the browser.
- Each file is stored under a random name in instance/uploads/, which is never served
  as static content; only an access-checked route can read it.
- With CLAMD_ADDRESS set, every file is scanned with ClamAV before it is released: a
  clean result releases it, a virus refuses it, and a scanner error holds it. Without
  it (development), files are marked as not scanned, and production refuses to start.
"""

from __future__ import annotations

import hashlib
import io
import os
import secrets
import socket
import struct
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from flask import current_app

from portal.crypto import cipher


@dataclass(frozen=True)
class FileType:
    mime: str
    extension: str
    matches: Callable[[bytes], bool]
    image: bool = False


def _is_docx(data: bytes) -> bool:
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError):
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names


def _is_mp3(data: bytes) -> bool:
    return data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0)


ALLOWED = (
    FileType("application/pdf", ".pdf", lambda d: d.startswith(b"%PDF-")),
    FileType("image/png", ".png", lambda d: d.startswith(b"\x89PNG\r\n\x1a\n"), image=True),
    FileType("image/jpeg", ".jpg", lambda d: d[:3] == b"\xff\xd8\xff", image=True),
    FileType("image/gif", ".gif", lambda d: d[:6] in (b"GIF87a", b"GIF89a"), image=True),
    FileType("image/webp", ".webp", lambda d: d[:4] == b"RIFF" and d[8:12] == b"WEBP", image=True),
    FileType(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docx",
        _is_docx,
    ),
    FileType("application/msword", ".doc", lambda d: d[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    FileType("audio/wav", ".wav", lambda d: d[:4] == b"RIFF" and d[8:12] == b"WAVE"),
    FileType("audio/ogg", ".ogg", lambda d: d[:4] == b"OggS"),
    FileType(
        "audio/mp4", ".m4a", lambda d: d[4:8] == b"ftyp" and d[8:11] in (b"M4A", b"mp4", b"iso")
    ),
    FileType("audio/mpeg", ".mp3", _is_mp3),
)


MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 100
MARKUP = (b"<script", b"<html", b"<?php", b"<svg", b"<iframe", b"javascript:")
PDF_ACTIVE = (b"/JavaScript", b"/Launch", b"/EmbeddedFile")


def suspicious(data: bytes, kind: FileType) -> bool:
    """A file that is more than it says: a zip bomb, a file that is also a web page or a
    script (a polyglot), or a PDF that runs code when opened."""
    head = data[:4096].lower()
    if any(marker in head for marker in MARKUP):
        return True
    if kind.extension == ".pdf":
        return any(marker in data for marker in PDF_ACTIVE)
    if data.startswith(b"PK\x03\x04"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
        unpacked = sum(entry.file_size for entry in entries)
        packed = max(sum(entry.compress_size for entry in entries), 1)
        return unpacked > MAX_UNPACKED or unpacked / packed > MAX_RATIO
    return False


def detect(data: bytes) -> FileType | None:
    return next((kind for kind in ALLOWED if kind.matches(data)), None)


class Scan(StrEnum):
    CLEAN = "clean"
    INFECTED = "infected"
    HELD = "held"  # the scanner could not give an answer: not released
    NOT_SCANNED = "not_scanned"  # scanning is switched off (development only)

    @property
    def released(self) -> bool:
        return self in (Scan.CLEAN, Scan.NOT_SCANNED)


def scan(data: bytes, address: str | None) -> Scan:
    """Ask clamd (INSTREAM) about the bytes; address is host:port or a socket path."""
    if not address:
        return Scan.NOT_SCANNED
    try:
        if ":" in address and not address.startswith("/"):
            host, port = address.rsplit(":", 1)
            connection = socket.create_connection((host, int(port)), timeout=30)
        else:
            connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            connection.settimeout(30)
            connection.connect(address)
        with connection:
            connection.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), 65536):
                chunk = data[start : start + 65536]
                connection.sendall(struct.pack("!L", len(chunk)) + chunk)
            connection.sendall(struct.pack("!L", 0))
            reply = b""
            while not reply.endswith(b"\0"):
                part = connection.recv(4096)
                if not part:
                    break
                reply += part
    except OSError:
        return Scan.HELD
    answer = reply.rstrip(b"\0").decode(errors="replace")
    if answer.endswith("OK"):
        return Scan.CLEAN
    if answer.endswith("FOUND"):
        return Scan.INFECTED
    return Scan.HELD


def safe_name(name: str, extension: str) -> str:
    """A name to offer on download: no path, no control characters, the real extension."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C" and ch not in '<>:"|?*')
    stem = base.rsplit(".", 1)[0].strip(" .")[:100] or "document"
    return f"{stem}{extension}"


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
        handle.write(cipher().encrypt(data))
    return key, hashlib.sha256(data).hexdigest()


def read(key: str) -> bytes:
    return cipher().decrypt(path_of(key).read_bytes())


def path_of(key: str) -> Path:
    if not key.isalnum():
        raise ValueError("not a storage key")
    return storage_root() / key[:2] / key


def remove(key: str) -> None:
    path_of(key).unlink(missing_ok=True)
