"""Connects the portal to its case system: the council's, or the embedded reference one."""

from __future__ import annotations

from flask import Flask

from portal.case_api.client import CaseApiClient, CaseApiConfig
from portal.platform.settings import Settings


def init_app(app: Flask, settings: Settings) -> None:
    case_api = settings.config.case_api
    if case_api.embedded:
        # Optional: devtools is not installed in production, which refuses `embedded: true`.
        from devtools import case_system

        base, secret, reference = case_system.start(settings.instance_path, case_api.client_id)
        app.extensions["case_system"] = reference
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
    app.extensions["case_api"] = CaseApiClient(config)
