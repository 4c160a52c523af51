"""Connects the portal to its case system: the council's, or the embedded reference one."""

from __future__ import annotations

from typing import cast

from flask import Flask, current_app

from portal.case_api.client import CaseApiClient, CaseApiConfig
from portal.platform.settings import Settings

CASE_API = "case_api"
# The embedded reference case system's own application, where app.yaml asks for it.
CASE_SYSTEM = "case_system"


def case_api_client(app: Flask | None = None) -> CaseApiClient:
    """The case system's client, of the application given or the current one."""
    return cast(CaseApiClient, (current_app if app is None else app).extensions[CASE_API])


def init_app(app: Flask, settings: Settings) -> None:
    case_api = settings.config.case_api
    if case_api.embedded:
        # Optional: devtools is not installed in production, which refuses `embedded: true`.
        from devtools import case_system

        base, secret, reference = case_system.start(
            settings.instance_path, case_api.client_id, settings.embedded_case_system_port
        )
        app.extensions[CASE_SYSTEM] = reference
        config = CaseApiConfig(
            f"{base}/v1",
            f"{base}/oauth/token",
            case_api.client_id,
            secret,
            case_api.timeout_seconds,
        )
    else:
        config = CaseApiConfig(
            str(case_api.base_url),
            str(case_api.token_url),
            case_api.client_id,
            settings.case_api_client_secret or "",
            case_api.timeout_seconds,
        )
    app.extensions[CASE_API] = CaseApiClient(config)
