"""Secrets a development set-up makes for itself and keeps in instance/, so sessions, data
and sign-ins survive a restart. Production never uses these: it refuses to start
without the real ones."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from joserfc.jwk import RSAKey

from portal.platform.crypto import new_key


def secret_key(instance_path: Path) -> str:
    """A random key kept in instance/, so development sessions survive a restart."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def data_keys(instance_path: Path) -> list[str]:
    """A data key kept in instance/, so development data stays readable across runs."""
    key_file = instance_path / "data_keys"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key_file.write_text(new_key())
        key_file.chmod(0o600)
    return key_file.read_text().strip().split(",")


def family_client_key(instance_path: Path) -> str:
    """A JWK kept in instance/ for the embedded families' provider, which, as GOV.UK One
    Login does, accepts only `private_key_jwt`."""
    key_file = instance_path / "family_oidc_key.json"
    if not key_file.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        key = RSAKey.generate_key(2048, private=True, auto_kid=True)
        key_file.write_text(json.dumps(key.as_dict(private=True)))
        key_file.chmod(0o600)
    return key_file.read_text()
