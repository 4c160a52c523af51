"""gzip for text responses, so pages and assets cross the network small.

Pages are compressed as they leave; static assets once per version of the file and
kept in memory. Downloads of families' files are never touched.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from flask import Flask, request
from werkzeug.wrappers import Response

TYPES = {
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/problem+json",
    "image/svg+xml",
    "text/csv",
    "text/plain",
}
SMALLEST = 512  # below this, gzip's own overhead is not worth it


@cache
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


def init_app(app: Flask) -> None:
    static = Path(app.static_folder or "")

    def compress(response: Response) -> Response:
        if (
            response.status_code != 200
            or "gzip" not in request.accept_encodings
            or response.headers.get("Content-Encoding")
            or response.mimetype not in TYPES
        ):
            return response
        if response.direct_passthrough:
            if request.endpoint != "static":
                return response
            path = static / (request.view_args or {}).get("filename", "")
            data = _gzipped(path, path.stat().st_mtime_ns)
            response.direct_passthrough = False
        else:
            body = response.get_data()
            if len(body) < SMALLEST:
                return response
            data = gzip.compress(body, compresslevel=6)
        response.set_data(data)
        response.headers["Content-Encoding"] = "gzip"
        response.vary.add("Accept-Encoding")
        return response

    app.after_request(compress)
