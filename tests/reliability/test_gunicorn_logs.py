"""Gunicorn's own logs are JSON lines like the portal's, the access line with the request id."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from portal.platform.settings import PROJECT_ROOT
from tests.conftest import migrate


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_error_and_access_logs_are_json_with_the_request_id(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    migrate(url)
    port = free_port()
    env = {
        **os.environ,
        "PORTAL_ENV": "test",
        "PORTAL_INSTANCE_PATH": str(tmp_path),
        "DATABASE_URL": url,
        "SECRET_KEY": "test-secret-key-that-is-long-enough-for-tests",
    }
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "python:portal.gunicorn_config",
                "-w",
                "1",
                "-b",
                f"127.0.0.1:{port}",
                "portal.wsgi:app",
            ],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=stderr,  # gunicorn's access log goes to stdout
            stderr=stderr,
        )
        try:
            response = None
            for _ in range(300):
                try:
                    response = requests.get(
                        f"http://127.0.0.1:{port}/feedback/?secret=personal",
                        headers={"X-Request-Id": "gunicorn-log-test-01"},
                        timeout=60,  # the worker loads the app first
                    )
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            assert response is not None and response.status_code == 200
            time.sleep(0.5)
        finally:
            process.terminate()
            process.wait(timeout=20)
    lines = [line for line in log.read_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # every line is JSON
    assert any(e["logger"] == "gunicorn.error" for e in entries), "gunicorn's own messages"
    access = [e for e in entries if e["logger"] == "gunicorn.access"]
    assert access and access[-1]["request_id"] == "gunicorn-log-test-01"
    assert access[-1]["status"] == 200 and access[-1]["method"] == "GET"
    assert "personal" not in log.read_text(), "no query strings in the logs"
    portal_lines = [e for e in entries if e["logger"] == "portal.request"]
    assert portal_lines[-1]["request_id"] == "gunicorn-log-test-01"
