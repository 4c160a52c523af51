"""The environment variables the development tools read of their own; the portal's own
(PORTAL_EMBEDDED_IDP_PORT and the rest) are read by portal.platform.environment."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServerSettings(BaseSettings):
    """`make run` (devtools.server)."""

    model_config = SettingsConfigDict(case_sensitive=True, extra="ignore", frozen=True)

    port: int = Field(default=5000, validation_alias="PORT")


class ReferenceCaseSystemSettings(BaseSettings):
    """The reference case system in a process of its own (devtools.reference_case_system.wsgi)."""

    model_config = SettingsConfigDict(case_sensitive=True, extra="ignore", frozen=True)

    database_url: str = Field(validation_alias="CASE_SYSTEM_DATABASE_URL")
    # "client_id:secret" pairs, comma-separated.
    clients: str = Field(validation_alias="CASE_SYSTEM_CLIENTS")

    @property
    def client_secrets(self) -> dict[str, str]:
        return dict(pair.split(":", 1) for pair in self.clients.split(","))
