"""`flask case-api verify URL`: does an implementation keep the contract?

Runs schemathesis with every check against any implementation of openapi.yaml and
reports what does not conform. One check is left out: "positive data acceptance"
expects every schema-valid write to succeed, but the contract refuses an
Idempotency-Key reused with a different body (422), a rule that depends on what was
sent before and that a generator cannot know; the hooks module gives each write a fresh
key, and the idempotency rules have tests of their own.

schemathesis is optional: production installs the portal without it, and only this
command needs it (`pip install 'send-family-portal[verify]'`). It runs in a subprocess
and is never imported here, so the portal starts without it.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import requests

from portal.case_api.contract import SPEC_PATH


def schemathesis_missing() -> bool:
    """True when the `verify` extra is not installed."""
    return importlib.util.find_spec("schemathesis") is None


def bearer_token(token_url: str, client_id: str, secret: str) -> str:
    response = requests.post(
        token_url, data={"grant_type": "client_credentials"}, auth=(client_id, secret), timeout=10
    )
    response.raise_for_status()
    return response.json()["access_token"]


def verify(base_url: str, token: str, max_examples: int = 25) -> subprocess.CompletedProcess:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(SPEC_PATH),
        "--url",
        base_url,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance",
        "--max-examples",
        str(max_examples),
        "--no-color",
    ]
    environment = {**os.environ, "SCHEMATHESIS_HOOKS": "portal.case_api.verify_hooks"}
    return subprocess.run(  # noqa: S603 (our own interpreter and arguments)
        command, env=environment, capture_output=True, text=True, timeout=900, check=False
    )
