"""Files families upload: checked by their content, stored outside the web root, scanned.

- The type comes from the file's first bytes, never from its name or the browser.
- Each file is stored under a random name in instance/uploads/, which is never served
  as static content; only an access-checked route can read it.
- With CLAMD_ADDRESS set, every file is scanned with ClamAV before it is released: a
  clean result releases it, a virus refuses it, and a scanner error holds it. Without
  it (development), files are marked as not scanned, and production refuses to start.
"""

from __future__ import annotations

import io
import socket
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from forms.kit.validators import unseen


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
MAX_PIXELS = 40_000_000
MARKUP = (b"<script", b"<html", b"<?php", b"<svg", b"<iframe", b"javascript:")


class Refused(Exception):
    """The file cannot be accepted; `reason` says why: "active" (it carries code, other
    files or more than it says), "unreadable" or "encrypted"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def prepare(data: bytes, kind: FileType) -> bytes:
    """The bytes to keep, after parsing the file as what it says it is: images are
    re-encoded (nothing else in the file survives, EXIF and location included), PDFs and
    Office files are refused if they hold active content or inflate beyond the cap."""
    if any(marker in data[:4096].lower() for marker in MARKUP):
        raise Refused("active")
    if kind.image:
        return _reencode(data, kind)
    if kind.extension == ".pdf":
        _check_pdf(data)
    elif data.startswith(b"PK\x03\x04"):
        _check_zip(data)
    return data


# PDF: names are compared after pypdf has decoded them (/J#61vaScript is /JavaScript),
# and every object is looked at, including those inside compressed object streams.
PDF_ACTIONS = {"/JavaScript", "/Launch", "/RichMediaExecute", "/ImportData", "/GoToE"}
PDF_KEYS = {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/EF", "/XFA"}
PDF_KEYS |= {"/RichMediaContent", "/RichMediaSettings"}
PDF_TYPES = {"/EmbeddedFile", "/RichMedia"}


def _check_pdf(data: bytes) -> None:
    # Loaded where it is used, not at the top (as Pillow is below): most requests never
    # see a file, and pypdf is about 17 MB of each web worker's memory.
    # Optional: for requests without a PDF.
    from pypdf import PdfReader, errors, generic

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise Refused("encrypted")
        numbers = {
            (number, generation)
            for generation, objects in reader.xref.items()
            for number in objects
        }
        numbers |= {(number, 0) for number in reader.xref_objStm}
        for number, generation in sorted(numbers):
            found = reader.get_object(generic.IndirectObject(number, generation, reader))
            _refuse_active(found)
        _refuse_active(reader.trailer)
    except Refused:
        raise
    except (
        errors.PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
    ) as error:
        raise Refused("unreadable") from error


def _refuse_active(value: object, depth: int = 0) -> None:
    # Optional: as in _check_pdf, which has loaded it before this is called.
    from pypdf import generic

    if depth > 50:
        raise Refused("unreadable")
    if isinstance(value, generic.DictionaryObject):
        if PDF_KEYS & set(value.keys()):
            raise Refused("active")
        for key in ("/S", "/Type", "/Subtype"):
            named = value.get(key)
            if named is not None and hasattr(named, "idnum"):
                named = named.get_object()
            if named is not None and str(named) in PDF_ACTIONS | PDF_TYPES:
                raise Refused("active")
        for item in value.values():
            _refuse_active(item, depth + 1)
    elif isinstance(value, generic.ArrayObject):
        for item in value:
            _refuse_active(item, depth + 1)


def _check_zip(data: bytes) -> None:
    """Inflate every entry, counting what comes out, instead of trusting the sizes the
    archive declares; stop as soon as the total passes the cap."""

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            cap = min(MAX_UNPACKED, MAX_RATIO * len(data))
            total = 0
            for entry in entries:
                if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise Refused("active")
                raw = _raw_entry(data, entry)
                if entry.compress_type == zipfile.ZIP_STORED:
                    total += len(raw)
                else:
                    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    pending = raw
                    while pending and not inflater.eof:
                        total += len(inflater.decompress(pending, 1024 * 1024))
                        pending = inflater.unconsumed_tail
                        if total > cap:
                            break
                if total > cap:
                    raise Refused("active")
    except (zipfile.BadZipFile, zlib.error, ValueError, struct.error) as error:
        raise Refused("unreadable") from error


def _raw_entry(data: bytes, entry: zipfile.ZipInfo) -> bytes:
    """An entry's compressed bytes, found from its local header."""
    offset = entry.header_offset
    if data[offset : offset + 4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("no local header")
    name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
    start = offset + 30 + name_length + extra_length
    return data[start : start + entry.compress_size]


PILLOW_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".gif": "GIF", ".webp": "WEBP"}


def _reencode(data: bytes, kind: FileType) -> bytes:
    """Decode the pixels and write a new file of the same type from them alone."""
    # Optional: loaded where it is used, as pypdf is in _check_pdf.
    from PIL import Image, ImageOps, ImageSequence

    expected = PILLOW_FORMATS[kind.extension]
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != expected:
                raise Refused("unreadable")
            if image.width * image.height > MAX_PIXELS:
                raise Refused("unreadable")
            output = io.BytesIO()
            if expected == "JPEG":
                upright = ImageOps.exif_transpose(image)
                if upright.mode not in ("RGB", "L", "CMYK"):
                    upright = upright.convert("RGB")
                upright.save(output, "JPEG", quality=92)
            elif expected == "GIF":
                frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
                for frame in frames:
                    frame.info.pop("comment", None)
                    frame.info.pop("extension", None)
                options: dict[str, object] = {}
                for key in ("duration", "loop", "transparency", "disposal"):
                    if key in image.info:
                        options[key] = image.info[key]
                frames[0].save(
                    output, "GIF", save_all=len(frames) > 1, append_images=frames[1:], **options
                )
            else:
                pixels = image.copy()
                pixels.info = {}
                if pixels.mode == "P" and "transparency" in image.info:
                    pixels = pixels.convert("RGBA")
                pixels.save(output, expected)
            return output.getvalue()
    except Refused:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise Refused("unreadable") from error


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


def shown_name(name: str) -> str:
    """A file's name as its sender chose it, safe to show: no path, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if not unseen(ch) and ch not in '<>:"|?*')


def safe_name(name: str, extension: str) -> str:
    """A name to offer on download: no path, no control characters, the real extension."""
    base = shown_name(name)
    stem = base.rsplit(".", 1)[0].strip(" .")[:100] or "document"
    return f"{stem}{extension}"
