"""Fingerprinted static assets: URLs carry a content digest, so they can be cached a year.

Set-up copies govuk-frontend's assets and the compiled stylesheet into portal/static/
(`make assets`). A URL made by `asset_url` changes whenever the file does; a request
with the current digest is cached for a year, anything else must be revalidated.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from flask import Flask, request, url_for
from werkzeug.wrappers import Response

from portal.platform.access import public

YEAR = 365 * 24 * 60 * 60


@cache
def _digest(path: Path, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def digest(app: Flask, filename: str) -> str | None:
    path = Path(app.static_folder or "") / filename
    try:
        return _digest(path, path.stat().st_mtime_ns)
    except FileNotFoundError:
        return None


def init_app(app: Flask) -> None:
    public(app.view_functions["static"])

    def asset_url(filename: str) -> str:
        return url_for("static", filename=filename, v=digest(app, filename))

    def cache_assets(response: Response) -> Response:
        if request.endpoint == "static" and response.status_code in (200, 304):
            filename = (request.view_args or {}).get("filename", "")
            if request.args.get("v") and request.args.get("v") == digest(app, filename):
                response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
            else:
                response.headers["Cache-Control"] = "no-cache"
        return response

    app.jinja_env.globals["asset_url"] = asset_url
    app.after_request(cache_assets)
