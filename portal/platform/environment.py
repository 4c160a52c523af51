"""The environment variables the portal reads: the only place that reads them.

Secrets and everything that differs from one machine to the next come from here; the
council's choices come from app.yaml (portal.platform.council_config). Each variable is
kept as given: `None` when it is not set at all, which production tells apart from an
empty value. portal.platform.settings turns them into the application's settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from portal.platform.council_config import PROJECT_ROOT, SettingsError


class EnvironmentVariables(BaseSettings):
    """Each field is the variable its alias names, spelt exactly so."""

    model_config = SettingsConfigDict(case_sensitive=True, extra="ignore", frozen=True)

    env: str = Field("development", alias="PORTAL_ENV")
    config_path: Path = Field(PROJECT_ROOT / "app.yaml", alias="PORTAL_CONFIG")
    instance_path: Path = Field(PROJECT_ROOT / "instance", alias="PORTAL_INSTANCE_PATH")
    secret_key: str = Field("", alias="SECRET_KEY")
    database_url: str | None = Field(None, alias="DATABASE_URL")
    # Comma-separated Fernet keys, the first encrypting (portal.platform.crypto).
    data_keys: str = Field("", alias="PORTAL_DATA_KEYS")
    family_client_private_key: str | None = Field(None, alias="FAMILY_OIDC_PRIVATE_KEY")
    staff_client_secret: str | None = Field(None, alias="STAFF_OIDC_CLIENT_SECRET")
    case_api_client_secret: str | None = Field(None, alias="CASE_API_CLIENT_SECRET")
    notify_api_key: str | None = Field(None, alias="NOTIFY_API_KEY")
    clamd_address: str | None = Field(None, alias="CLAMD_ADDRESS")
    metrics_token: str | None = Field(None, alias="METRICS_TOKEN")
    # Checked by the settings, which name the variable when it is not a whole number.
    trusted_proxies: str | None = Field(None, alias="PORTAL_TRUSTED_PROXIES")
    # Comma-separated host names.
    allowed_hosts: str = Field("", alias="PORTAL_ALLOWED_HOSTS")
    ratelimit_storage_uri: str | None = Field(None, alias="RATELIMIT_STORAGE_URI")
    # Fixed ports for the embedded development parts (devtools); unset, free ports.
    embedded_idp_port: int | None = Field(None, alias="PORTAL_EMBEDDED_IDP_PORT")
    embedded_case_system_port: int | None = Field(None, alias="PORTAL_EMBEDDED_CASE_SYSTEM_PORT")

    @classmethod
    def read(cls, environ: Mapping[str, str] | None = None) -> EnvironmentVariables:
        """The process's environment, or the mapping given in its place (tests)."""
        try:
            if environ is None:
                return cls()
            # Validating the mapping itself reads nothing from the process's environment.
            return cls.model_validate(dict(environ))
        except ValidationError as error:
            problems = [
                f"  {problem['loc'][0]} is {problem['input']!r}: {problem['msg']}"
                for problem in error.errors()
            ]
            raise SettingsError("The environment cannot be used:\n" + "\n".join(problems)) from None
