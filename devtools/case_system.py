"""The reference case system served from the portal's own process, over real HTTP."""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

from werkzeug.serving import make_server

from devtools.reference_case_system import demo
from devtools.reference_case_system.app import create_reference_app

_started: dict[str, tuple[str, str, object]] = {}
_lock = threading.Lock()


def start(instance_path: Path, client_id: str, port: int | None = None) -> tuple[str, str, object]:
    """Start it once per process (the first caller's instance folder holds its database),
    on the port the caller's settings name (PORTAL_EMBEDDED_CASE_SYSTEM_PORT) or a free
    one; returns its base URL, the client secret and the application."""
    with _lock:
        if client_id not in _started:
            _started[client_id] = _start(instance_path, client_id, port or 0)
        return _started[client_id]


def _secret(instance_path: Path) -> str:
    """Kept in instance/ like the secret key: every process using this folder (`make run`,
    `flask --app portal.app outbox run`, any other command) shares one case-system database,
    so they must share its client secret too."""
    secret_file = instance_path / "case_system_secret"
    if not secret_file.exists():
        secret_file.write_text(secrets.token_urlsafe(24))
        secret_file.chmod(0o600)
    return secret_file.read_text().strip()


def _start(instance_path: Path, client_id: str, port: int = 0) -> tuple[str, str, object]:
    instance_path.mkdir(parents=True, exist_ok=True)
    secret = _secret(instance_path)
    url = f"sqlite:///{instance_path / 'case-system.db'}"
    app = create_reference_app(url, {client_id: secret})
    with app.extensions["case_system"]["sessions"]() as db:
        demo.seed(db)
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True, name="case-system").start()
    return f"http://127.0.0.1:{server.server_port}", secret, app
