"""The reference case system keeps its own contract, checked by schemathesis over HTTP."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from flask import Flask
from werkzeug.serving import make_server

from devtools.reference_case_system.app import create_reference_app
from portal.case_api import contract
from tests.conftest import build_app, make_settings, sqlite_copy


def test_flask_case_api_verify_passes_against_the_reference_case_system(
    app: Flask, tmp_path: Path
) -> None:
    result = app.test_cli_runner().invoke(args=["case-api", "verify", "--max-examples", "10"])
    assert result.exit_code == 0, result.output
    assert "passed" in result.output
    operations = [
        operation["operationId"]
        for path in contract.spec()["paths"].values()
        for operation in path.values()
    ]
    assert "addDraftPlanResponse" in operations
    assert f"{len(operations)} selected / {len(operations)} total" in result.output, (
        "every operation, the draft plan responses with them, is verified"
    )


def test_verify_reports_an_implementation_that_breaks_the_contract(
    tmp_path: Path, migrated_sqlite: Path
) -> None:
    """An implementation that answers plans with the wrong shape is caught and reported.
    The secret is in the environment the portal starts with, as an operator runs
    `CASE_API_CLIENT_SECRET=... flask case-api verify URL`."""
    app = build_app(
        make_settings(
            tmp_path, sqlite_copy(migrated_sqlite, tmp_path), CASE_API_CLIENT_SECRET="secret-1"
        )
    )
    broken = create_reference_app(f"sqlite:///{tmp_path / 'broken.db'}", {"portal": "secret-1"})

    @broken.after_request
    def drop_sections(response):  # type: ignore[no-untyped-def]
        if response.status_code == 404 and response.mimetype == "application/problem+json":
            response.set_data(json.dumps({"oops": True}))
        return response

    server = make_server("127.0.0.1", 0, broken, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        result = app.test_cli_runner().invoke(
            args=[
                "case-api",
                "verify",
                f"{base}/v1",
                "--token-url",
                f"{base}/oauth/token",
                "--client-id",
                "portal",
                "--max-examples",
                "5",
            ],
        )
    finally:
        server.shutdown()
    assert result.exit_code != 0
    assert "Response violates schema" in result.output or "ST1" in result.output
