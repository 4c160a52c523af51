"""Real files built for the upload tests: PDFs written object by object (so a test can
say exactly what a hostile one holds), images made with Pillow, and a zip bomb."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

CATALOG = b"<< /Type /Catalog /Pages 2 0 R %s >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"


def build_pdf(
    catalog_extra: bytes = b"", objects: list[bytes] = (), compressed: list[bytes] = ()
) -> bytes:
    """A PDF 1.7 with a cross-reference stream. `objects` are numbered from 4 and written
    plainly; `compressed` follow them, inside one Flate-compressed object stream."""
    body = [CATALOG % catalog_extra, PAGES, PAGE, *objects]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    entries: list[tuple[int, int, int]] = [(0, 0, 0xFFFF)]
    for number, content in enumerate(body, start=1):
        entries.append((1, out.tell(), 0))
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, content))
    if compressed:
        stream_number = len(body) + 1 + len(compressed)
        first = len(body) + 1
        header, parts, offset = [], [], 0
        for index, content in enumerate(compressed):
            header.append(b"%d %d" % (first + index, offset))
            parts.append(content)
            offset += len(content) + 1
            entries.append((2, stream_number, index))
        head = b" ".join(header) + b" "
        packed = zlib.compress(head + b"\n".join(parts))
        entries.append((1, out.tell(), 0))
        out.write(
            b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\n"
            b"stream\n%s\nendstream\nendobj\n"
            % (stream_number, len(compressed), len(head), len(packed), packed)
        )
    xref_number = len(entries)
    entries.append((1, out.tell(), 0))
    table = b"".join(struct.pack(">BIH", *entry) for entry in entries)
    xref_at = entries[-1][1]
    out.write(
        b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\n"
        b"stream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n"
        % (xref_number, xref_number + 1, len(table), table, xref_at)
    )
    return out.getvalue()


def image(kind: str, size: tuple[int, int] = (40, 30), **save: object) -> bytes:
    from PIL import Image

    picture = Image.new("RGB", size, (200, 80, 40))
    if kind == "GIF":
        picture = picture.convert("P")
    out = io.BytesIO()
    picture.save(out, kind, **save)
    return out.getvalue()


# A small valid PNG and PDF, for the tests that need any file a family may upload.
PNG = image("PNG")
PDF = build_pdf()


def jpeg_with_location() -> bytes:
    """A photo as a phone takes it at home: EXIF with GPS latitude and longitude."""
    from PIL import ExifTags, Image

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 39.0, 12.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (0.0, 12.0, 3.25)
    return image("JPEG", exif=exif)


def docx_declaring(declared: int, real: int) -> bytes:
    """A .docx whose document.xml says it is `declared` bytes but inflates to `real`."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=False) as member:
            chunk = b"0" * (1024 * 1024)
            for _ in range(real // len(chunk)):
                member.write(chunk)
    data = bytearray(out.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        entry = archive.getinfo("word/document.xml")
    struct.pack_into("<I", data, entry.header_offset + 22, declared)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == b"word/document.xml":
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)
