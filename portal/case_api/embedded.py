"""The reference case system served from the portal's own process, over real HTTP."""

from __future__ import annotations

import os
import secrets
import threading
from pathlib import Path

from werkzeug.serving import make_server

from portal.case_api.reference import demo
from portal.case_api.reference.app import create_reference_app

_started: dict[str, tuple[str, str, object]] = {}
_lock = threading.Lock()


def start(instance_path: Path, client_id: str) -> tuple[str, str, object]:
    """Start it once per process (the first caller's instance folder holds its database);
    returns its base URL, the client secret and the application."""
    with _lock:
        if client_id not in _started:
            _started[client_id] = _start(instance_path, client_id)
        return _started[client_id]


def _start(instance_path: Path, client_id: str) -> tuple[str, str, object]:
    secret = secrets.token_urlsafe(24)
    url = f"sqlite:///{instance_path / 'case-system.db'}"
    instance_path.mkdir(parents=True, exist_ok=True)
    app = create_reference_app(url, {client_id: secret})
    with app.extensions["case_system"]["sessions"]() as db:
        demo.seed(db)
    port = int(os.environ.get("PORTAL_EMBEDDED_CASE_SYSTEM_PORT", "0"))
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True, name="case-system").start()
    return f"http://127.0.0.1:{server.server_port}", secret, app
