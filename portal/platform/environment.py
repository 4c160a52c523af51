"""The environment variables the portal reads: the only place that reads them.

Secrets and everything that differs from one machine to the next come from here; the
council's choices come from app.yaml (portal.platform.council_config). Each variable is
kept as given: `None` when it is not set at all, which production tells apart from an
empty value. portal.platform.settings turns them into the application's settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from portal.platform import council_config
from portal.platform.council_config import PROJECT_ROOT, SettingsError, project_path

# The mapping read in place of the process's environment, while `read` is given one.
_given: ContextVar[Mapping[str, str] | None] = ContextVar("given_environment", default=None)


class EnvironmentVariables(BaseSettings):
    """Each field is the variable its alias names, spelt exactly so."""

    model_config = SettingsConfigDict(case_sensitive=True, extra="ignore", frozen=True)

    env: str = Field(default="development", validation_alias="PORTAL_ENV")
    config_path: Path = Field(default=project_path("app.yaml"), validation_alias="PORTAL_CONFIG")
    # Installed from the wheel there is no checkout to keep instance/ in: production must
    # name it (settings.py refuses to start otherwise).
    instance_path: Path = Field(
        default_factory=lambda: (
            (Path.cwd() if council_config.INSTALLED else PROJECT_ROOT) / "instance"
        ),
        validation_alias="PORTAL_INSTANCE_PATH",
    )
    secret_key: str = Field(default="", validation_alias="SECRET_KEY")
    database_url: str | None = Field(default=None, validation_alias="DATABASE_URL")
    # Comma-separated Fernet keys, the first encrypting (portal.platform.crypto).
    data_keys: str = Field(default="", validation_alias="PORTAL_DATA_KEYS")
    family_client_private_key: str | None = Field(
        default=None, validation_alias="FAMILY_OIDC_PRIVATE_KEY"
    )
    staff_client_secret: str | None = Field(
        default=None, validation_alias="STAFF_OIDC_CLIENT_SECRET"
    )
    case_api_client_secret: str | None = Field(
        default=None, validation_alias="CASE_API_CLIENT_SECRET"
    )
    notify_api_key: str | None = Field(default=None, validation_alias="NOTIFY_API_KEY")
    clamd_address: str | None = Field(default=None, validation_alias="CLAMD_ADDRESS")
    metrics_token: str | None = Field(default=None, validation_alias="METRICS_TOKEN")
    # Checked by the settings, which name the variable when it is not a whole number.
    trusted_proxies: str | None = Field(default=None, validation_alias="PORTAL_TRUSTED_PROXIES")
    # Comma-separated host names.
    allowed_hosts: str = Field(default="", validation_alias="PORTAL_ALLOWED_HOSTS")
    ratelimit_storage_uri: str | None = Field(
        default=None, validation_alias="RATELIMIT_STORAGE_URI"
    )
    # Fixed ports for the embedded development parts (devtools); unset, free ports.
    embedded_idp_port: int | None = Field(default=None, validation_alias="PORTAL_EMBEDDED_IDP_PORT")
    embedded_case_system_port: int | None = Field(
        default=None, validation_alias="PORTAL_EMBEDDED_CASE_SYSTEM_PORT"
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The environment alone (no .env file, no secrets folder), or the mapping `read`
        was given in its place."""
        given = _given.get()
        if given is not None:
            return (InitSettingsSource(settings_cls, dict(given)),)
        return (env_settings,)

    @classmethod
    def read(cls, environ: Mapping[str, str] | None = None) -> EnvironmentVariables:
        """The process's environment, or the mapping given in its place (tests)."""
        token = _given.set(environ)
        try:
            return cls()
        except ValidationError as error:
            problems = [
                f"  {problem['loc'][0]} is {problem['input']!r}: {problem['msg']}"
                for problem in error.errors()
            ]
            raise SettingsError("The environment cannot be used:\n" + "\n".join(problems)) from None
        finally:
            _given.reset(token)
